package be.pillars.internal.internal.appreciation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.DomainException;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.internal.internal.InternalPillar;
import be.pillars.internal.internal.services.ServiceOverrideTestAccess;
import be.pillars.internal.internal.services.ServicePolicies;
import be.pillars.internal.internal.services.TestCore;

/** What every database must do for appreciation budgets; run by one subclass per database. */
abstract class AppreciationBudgetsContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private final TestCore core = new TestCore();
    private ServicePolicies policies;
    private AppreciationBudgets budgets;
    private UUID library;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        policies = new InternalPillar(ServiceOverrideTestAccess.central(true)).servicePolicies();
        budgets = new AppreciationBudgets(database(), core.directory(), policies, CLOCK);
        library = core.service("Bibliotheek");
        volunteers(library, 2, LocalDate.of(2024, 6, 1));
    }

    private void volunteers(UUID service, int count, LocalDate from) {
        for (int i = 0; i < count; i++) {
            core.engage(core.volunteer("V" + i, "Service", VolunteerStatus.ACTIVE), service, from, null,
                    EngagementStatus.ACTIVE);
        }
    }

    private static Spending.Input spending(LocalDate day, String amount) {
        return new Spending.Input(day, "Daguitstap naar Brugge", SpendingKind.DAY_TRIP,
                amount == null ? null : new BigDecimal(amount));
    }

    @Test
    void theBudgetIsTheAmountTimesEveryoneWhoWorkedForTheServiceThatYear() {
        // the summer festival's stewards: a month of work in August 2025, their engagements ended since
        for (int i = 0; i < 3; i++) {
            UUID steward = core.engage(core.volunteer("S" + i, "Steward", VolunteerStatus.ACTIVE), library,
                    LocalDate.of(2025, 8, 1), LocalDate.of(2025, 8, 31), EngagementStatus.ENDED);
            core.hours(steward, LocalDate.of(2025, 8, 15), "7.25");
        }
        UUID twice = core.volunteer("Tine", "Tweemaal", VolunteerStatus.ACTIVE);
        core.engage(twice, library, LocalDate.of(2025, 3, 1), LocalDate.of(2025, 4, 30), EngagementStatus.ENDED);
        core.engage(twice, library, LocalDate.of(2025, 9, 1), LocalDate.of(2025, 9, 30), EngagementStatus.ENDED);
        core.engage(core.volunteer("Piet", "Gepland", VolunteerStatus.CANDIDATE), library, LocalDate.of(2025, 5, 1),
                null, EngagementStatus.CANCELLED);

        Budget past = budgets.budget(library, 2025);
        assertEquals(List.of(LocalDate.of(2025, 1, 1), LocalDate.of(2025, 12, 31)), List.of(past.countedFrom(),
                past.countedTo()));
        assertEquals(false, past.provisional());
        assertEquals(6, past.volunteers(), "2 regulars, 3 stewards, and one volunteer of two engagements once");
        assertEquals(new BigDecimal("210.00"), past.budget());

        core.engage(core.volunteer("Late", "Comer", VolunteerStatus.ACTIVE), library, LocalDate.of(2026, 3, 1), null,
                EngagementStatus.ACTIVE);
        Budget running = budgets.budget(library, 2026);
        assertEquals(List.of(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 11, 22)), List.of(running.countedFrom(),
                running.countedTo()));
        assertEquals(true, running.provisional());
        assertEquals(3, running.volunteers());
        assertEquals(new BigDecimal("105.00"), running.budget());
        assertEquals(new BigDecimal("105.00"), running.left());

        Budget ahead = budgets.budget(library, 2027);
        assertEquals(List.of(LocalDate.of(2025, 11, 23), LocalDate.of(2026, 11, 22)), List.of(ahead.countedFrom(),
                ahead.countedTo()));
        assertEquals(true, ahead.provisional());
        assertEquals(3, ahead.volunteers());
    }

    @Test
    void aVolunteerOfTwoServicesCountsInTheBudgetOfEach() {
        UUID museum = core.service("Museum");
        UUID both = core.volunteer("Bo", "Beide", VolunteerStatus.ACTIVE);
        core.engage(both, library, LocalDate.of(2025, 7, 1), LocalDate.of(2025, 7, 2), EngagementStatus.ENDED);
        core.engage(both, museum, LocalDate.of(2025, 10, 4), LocalDate.of(2025, 10, 4), EngagementStatus.ENDED);
        assertEquals(3, budgets.budget(library, 2025).volunteers());
        assertEquals(1, budgets.budget(museum, 2025).volunteers());
    }

    @Test
    void aServiceOverrideSetsItsOwnAmount() {
        ServiceOverrideTestAccess.override(policies, "be.pillars.internal.service~lib", library, "50.00");
        assertEquals(new BigDecimal("100.00"), budgets.budget(library, 2026).budget());
    }

    @Test
    void spendingUpToTheBudgetPassesAndOneCentMoreIsRefusedNamingBudgetSpentLeftAndYear() {
        budgets.spend(library, spending(LocalDate.of(2026, 5, 10), "69.99"), "kim");
        DomainException refused = assertThrows(DomainException.class,
                () -> budgets.spend(library, spending(LocalDate.of(2026, 6, 1), "0.02"), "kim"));
        assertEquals(DomainException.Kind.CONFLICT, refused.kind());
        assertEquals("over_budget", refused.code());
        assertEquals("amount", refused.field());
        assertTrue(refused.text().en().contains("2026 appreciation budget of Bibliotheek: budget EUR 70.00, spent EUR "
                + "69.99, left EUR 0.01"), refused.text().en());
        assertTrue(refused.text().nl().contains("budget EUR 70.00, besteed EUR 69.99, over EUR 0.01"),
                refused.text().nl());
        Spending last = budgets.spend(library, spending(LocalDate.of(2026, 6, 1), "0.01"), "kim");
        assertEquals(new BigDecimal("0.01"), last.amount());
        assertEquals(2, budgets.spendings(library, 2026).size());
        assertEquals(new BigDecimal("0.00"), budgets.budget(library, 2026).left());
    }

    @Test
    void spendingsCountInTheYearTheyWereMade() {
        budgets.spend(library, spending(LocalDate.of(2025, 12, 31), "70.00"), "kim");
        budgets.spend(library, spending(LocalDate.of(2026, 1, 1), "70.00"), "kim");
        assertEquals(new BigDecimal("70.00"), budgets.budget(library, 2025).spent());
        assertEquals(new BigDecimal("70.00"), budgets.budget(library, 2026).spent());
    }

    @Test
    void anAdminRaiseMakesRoomAndIsRecordedWithWhoWhenAndWhy() {
        budgets.spend(library, spending(LocalDate.of(2026, 5, 10), "70.00"), "kim");
        assertThrows(DomainException.class, () -> budgets.spend(library, spending(LocalDate.of(2026, 9, 1), "20.00"),
                "kim"));
        BudgetRaise raise = budgets.raise(library, 2026, new BudgetRaise.Input(new BigDecimal("25"),
                "Extra vorming voor nieuwe vrijwilligers"), "karaf");
        assertEquals(new BudgetRaise(raise.id(), library, 2026, new BigDecimal("25.00"),
                "Extra vorming voor nieuwe vrijwilligers", "karaf", CLOCK.instant()), budgets.raises(library, 2026)
                        .get(0));
        budgets.spend(library, spending(LocalDate.of(2026, 9, 1), "20.00"), "kim");
        Budget budget = budgets.budget(library, 2026);
        assertEquals(new BigDecimal("95.00"), budget.budget());
        assertEquals(new BigDecimal("25.00"), budget.raised());
        assertEquals(new BigDecimal("5.00"), budget.left());
        assertEquals(new BigDecimal("0.00"), budgets.budget(library, 2027).raised());
    }

    private static SpendingCorrection.Input correction(LocalDate day, String amount, String reason) {
        return new SpendingCorrection.Input(day, "Bloemen voor de vrijwilligers", SpendingKind.GIFT,
                new BigDecimal(amount), reason);
    }

    @Test
    void aMistakeInASpendingIsCorrectedAndKeptWithWhoWhenAndWhy() {
        Spending typo = budgets.spend(library, spending(LocalDate.of(2026, 5, 10), "60.00"), "kim");
        assertEquals(1, typo.version());
        Spending corrected = budgets.correct(library, 2026, typo.id(), 1, correction(LocalDate.of(2026, 5, 11), "6.00",
                "Typfout: 6 in plaats van 60"), "lies");
        assertEquals(new Spending(typo.id(), library, LocalDate.of(2026, 5, 11), "Bloemen voor de vrijwilligers",
                SpendingKind.GIFT, new BigDecimal("6.00"), 2, "kim", CLOCK.instant()), corrected);
        assertEquals(List.of(corrected), budgets.spendings(library, 2026));
        assertEquals(corrected, budgets.spending(library, 2026, typo.id()));
        assertEquals(new BigDecimal("64.00"), budgets.budget(library, 2026).left());
        SpendingCorrection kept = budgets.corrections(library, 2026).get(0);
        assertEquals(new SpendingCorrection(kept.id(), typo.id(), library, 2026, SpendingCorrection.Change.CORRECTED,
                1, new Spending.Input(LocalDate.of(2026, 5, 10), "Daguitstap naar Brugge", SpendingKind.DAY_TRIP,
                        new BigDecimal("60.00")), new Spending.Input(LocalDate.of(2026, 5, 11),
                                "Bloemen voor de vrijwilligers", SpendingKind.GIFT, new BigDecimal("6.00")),
                "Typfout: 6 in plaats van 60", "lies", CLOCK.instant()), kept);

        DomainException stale = assertThrows(DomainException.class, () -> budgets.correct(library, 2026, typo.id(), 1,
                correction(LocalDate.of(2026, 5, 11), "7.00", null), "kim"));
        assertEquals(DomainException.Kind.STALE, stale.kind());
        DomainException over = assertThrows(DomainException.class, () -> budgets.correct(library, 2026, typo.id(), 2,
                correction(LocalDate.of(2026, 5, 11), "70.01", null), "kim"));
        assertEquals("over_budget", over.code());
        assertEquals("amount", over.field());
        assertEquals("spentOn", assertThrows(DomainException.class, () -> budgets.correct(library, 2026, typo.id(), 2,
                correction(LocalDate.of(2025, 12, 31), "6.00", null), "kim")).field());
        assertEquals("amount", assertThrows(DomainException.class, () -> budgets.correct(library, 2026, typo.id(), 2,
                correction(LocalDate.of(2026, 5, 11), "-6.00", null), "kim")).field());
        UUID museum = core.service("Museum");
        DomainException elsewhere = assertThrows(DomainException.class, () -> budgets.correct(museum, 2026, typo.id(),
                2, correction(LocalDate.of(2026, 5, 11), "6.00", null), "kim"));
        assertEquals(DomainException.Kind.NOT_FOUND, elsewhere.kind());
        assertEquals("spendingId", elsewhere.field());
        assertEquals(List.of(corrected), budgets.spendings(library, 2026));
        assertEquals(1, budgets.corrections(library, 2026).size());

        assertEquals(new BigDecimal("70.00"), budgets.correct(library, 2026, typo.id(), 2, correction(
                LocalDate.of(2026, 5, 11), "70.00", null), "kim").amount(), "exactly what is left may be added");
        assertEquals(new BigDecimal("0.00"), budgets.budget(library, 2026).left());
    }

    @Test
    void aSpendingRecordedByMistakeIsWithdrawnAndNoLongerCounts() {
        Spending twice = budgets.spend(library, spending(LocalDate.of(2026, 3, 1), "30.00"), "kim");
        Spending trip = budgets.spend(library, spending(LocalDate.of(2026, 3, 1), "20.00"), "kim");
        SpendingCorrection withdrawn = budgets.withdraw(library, 2026, twice.id(), 1, "Twee keer ingevoerd", "lies");
        assertEquals(new SpendingCorrection(withdrawn.id(), twice.id(), library, 2026,
                SpendingCorrection.Change.WITHDRAWN, 1, new Spending.Input(LocalDate.of(2026, 3, 1),
                        "Daguitstap naar Brugge", SpendingKind.DAY_TRIP, new BigDecimal("30.00")), null,
                "Twee keer ingevoerd", "lies", CLOCK.instant()), withdrawn);
        assertEquals(List.of(trip), budgets.spendings(library, 2026));
        assertEquals(new BigDecimal("20.00"), budgets.budget(library, 2026).spent());
        assertEquals(List.of(withdrawn), budgets.corrections(library, 2026));

        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> budgets.withdraw(library, 2026, twice.id(), 1, null, "lies")).kind());
        assertEquals(DomainException.Kind.STALE, assertThrows(DomainException.class,
                () -> budgets.withdraw(library, 2026, trip.id(), 2, null, "lies")).kind());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> budgets.withdraw(library, 2025, trip.id(), 1, null, "lies")).kind());
        assertEquals(List.of(trip), budgets.spendings(library, 2026));
    }

    @Test
    void twoCorrectionsOfTheSameVersionCannotBothPass() throws Exception {
        Spending spent = budgets.spend(library, spending(LocalDate.of(2026, 4, 1), "10.00"), "kim");
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (String amount : new String[] {"11.00", "12.00"}) {
            Callable<Boolean> correct = () -> {
                start.await();
                try {
                    budgets.correct(library, 2026, spent.id(), 1, correction(LocalDate.of(2026, 4, 1), amount, null),
                            "kim");
                    return true;
                } catch (DomainException e) {
                    return false;
                }
            };
            outcomes.add(pool.submit(correct));
        }
        start.countDown();
        int passed = 0;
        for (Future<Boolean> outcome : outcomes) {
            passed += outcome.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, passed);
        assertEquals(2, budgets.spending(library, 2026, spent.id()).version());
        assertEquals(1, budgets.corrections(library, 2026).size());
    }

    @Test
    void aRaiseGivenByMistakeIsTakenBackButNeverMoreThanWasRaisedNorBelowWhatIsSpent() {
        budgets.raise(library, 2026, new BudgetRaise.Input(new BigDecimal("50"), "Vorming"), "karaf");
        budgets.spend(library, spending(LocalDate.of(2026, 6, 1), "80.00"), "kim");
        DomainException tooLarge = assertThrows(DomainException.class, () -> budgets.raise(library, 2026,
                new BudgetRaise.Input(new BigDecimal("-50.01"), "Te veel verhoogd"), "karaf"));
        assertEquals("lowering_too_large", tooLarge.code());
        assertEquals("amount", tooLarge.field());
        DomainException belowSpent = assertThrows(DomainException.class, () -> budgets.raise(library, 2026,
                new BudgetRaise.Input(new BigDecimal("-40.01"), "Te veel verhoogd"), "karaf"));
        assertEquals("over_budget", belowSpent.code());
        assertEquals("amount", assertThrows(DomainException.class, () -> budgets.raise(library, 2026,
                new BudgetRaise.Input(new BigDecimal("-0.001"), "Te veel verhoogd"), "karaf")).field());
        assertEquals("amount", assertThrows(DomainException.class, () -> budgets.raise(library, 2026,
                new BudgetRaise.Input(BigDecimal.ZERO, "Niets"), "karaf")).field());
        assertEquals(1, budgets.raises(library, 2026).size());

        BudgetRaise lowered = budgets.raise(library, 2026, new BudgetRaise.Input(new BigDecimal("-40"),
                "Verhoging was 10, niet 50"), "karaf");
        assertEquals(new BigDecimal("-40.00"), lowered.amount());
        Budget budget = budgets.budget(library, 2026);
        assertEquals(new BigDecimal("10.00"), budget.raised());
        assertEquals(new BigDecimal("80.00"), budget.budget());
        assertEquals(new BigDecimal("0.00"), budget.left());
        assertEquals(List.of(new BigDecimal("50.00"), new BigDecimal("-40.00")), budgets.raises(library, 2026)
                .stream().map(BudgetRaise::amount).toList());
    }

    @Test
    void badInputIsRefusedNamingTheFieldAndStoresNothing() {
        for (Object[] bad : new Object[][] {
            {spending(LocalDate.of(2026, 5, 1), "0"), "amount"},
            {spending(LocalDate.of(2026, 5, 1), "1.005"), "amount"},
            {spending(LocalDate.of(2026, 5, 1), null), "amount"},
            {spending(null, "5"), "spentOn"},
            {spending(LocalDate.of(1999, 5, 1), "5"), "spentOn"},
            {new Spending.Input(LocalDate.of(2026, 5, 1), " ", SpendingKind.GIFT, BigDecimal.ONE), "description"},
            {new Spending.Input(LocalDate.of(2026, 5, 1), "Bloemen", null, BigDecimal.ONE), "kind"}}) {
            DomainException refused = assertThrows(DomainException.class,
                    () -> budgets.spend(library, (Spending.Input) bad[0], "kim"));
            assertEquals(bad[1], refused.field());
        }
        assertEquals("serviceId", assertThrows(DomainException.class, () -> budgets.spend(UUID.randomUUID(),
                spending(LocalDate.of(2026, 5, 1), "5"), "kim")).field());
        assertEquals("reason", assertThrows(DomainException.class, () -> budgets.raise(library, 2026,
                new BudgetRaise.Input(BigDecimal.TEN, null), "karaf")).field());
        assertEquals(List.of(), budgets.spendings(library, 2026));
        assertEquals(List.of(), budgets.raises(library, 2026));
    }

    @Test
    void concurrentSpendingsThatTogetherCrossTheBudgetCannotBothPass() throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(4);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> outcomes = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            Callable<Boolean> spend = () -> {
                start.await();
                try {
                    budgets.spend(library, spending(LocalDate.of(2026, 4, 1), "30.00"), "kim");
                    return true;
                } catch (DomainException e) {
                    return false;
                }
            };
            outcomes.add(pool.submit(spend));
        }
        start.countDown();
        int passed = 0;
        for (Future<Boolean> outcome : outcomes) {
            passed += outcome.get() ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(2, passed);
        assertEquals(new BigDecimal("60.00"), budgets.budget(library, 2026).spent());
    }

    @Test
    void theReportGivesEveryServiceAndTheTotalAsJsonAndCsv() {
        UUID museum = core.service("Museum");
        volunteers(museum, 1, LocalDate.of(2025, 1, 1));
        budgets.spend(museum, spending(LocalDate.of(2026, 2, 1), "12.50"), "kim");
        BudgetReport report = BudgetReport.of(2026, budgets.budgets(2026));
        assertEquals(List.of("Bibliotheek", "Museum"), report.services().stream().map(Budget::serviceName).toList());
        assertEquals(new BudgetReport.Total(3, new BigDecimal("105.00"), new BigDecimal("12.50"),
                new BigDecimal("92.50")), report.total());
        List<String> lines = report.csv(Locale.forLanguageTag("nl")).lines().toList();
        assertEquals("\uFEFFdienst;dienst-id;jaar;geteld van;geteld tot;vrijwilligers;bedrag per vrijwilliger;"
                + "verhoogd;budget;besteed;over", lines.get(0));
        assertEquals("Museum;" + museum + ";2026;2026-01-01;2026-11-22;1;35,00;0,00;35,00;12,50;22,50",
                lines.get(2));
        assertEquals("totaal;;2026;;;3;;;105,00;12,50;92,50", lines.get(3));
    }
}
