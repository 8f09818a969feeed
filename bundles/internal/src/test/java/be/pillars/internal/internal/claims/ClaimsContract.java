package be.pillars.internal.internal.claims;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.http.Caller;
import be.pillars.api.DomainException;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.internal.internal.Policy.CompensationSystem;
import be.pillars.internal.internal.figures.Figures;
import be.pillars.internal.internal.figures.Vehicle;

/** What every database must do for claims: the rules under the volunteer-year lock. One subclass per database. */
abstract class ClaimsContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final String LIES = "lies";

    private final Map<UUID, Volunteer> known = new HashMap<>();
    private final Map<UUID, Organisation> organisationsKnown = new HashMap<>();
    private JdbcClaims claims;
    private CompensationSystem policyDefault = CompensationSystem.NONE;
    /** The services with their own default compensation system (a service override). */
    private final Map<UUID, CompensationSystem> serviceDefaults = new HashMap<>();

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        VolunteerService volunteers = mock(VolunteerService.class);
        when(volunteers.find(any())).thenAnswer(call -> Optional.ofNullable(
                known.get(call.getArgument(0, UUID.class))));
        OrganisationService organisations = mock(OrganisationService.class);
        when(organisations.find(any())).thenAnswer(call -> Optional.ofNullable(
                organisationsKnown.get(call.getArgument(0, UUID.class))));
        claims = new JdbcClaims(database(), volunteers, organisations, () -> Figures.DEFAULTS,
                service -> serviceDefaults.getOrDefault(service, policyDefault), CLOCK);
    }

    private UUID volunteer(String first, String last) {
        UUID id = UUID.randomUUID();
        known.put(id, new Volunteer(id, 1, new VolunteerData(first, last, first + "@example.be", null, null, "3500",
                null, Set.of(), Set.of(), Set.of(), List.of(), Set.of(), Preference.BOTH, VolunteerStatus.ACTIVE,
                List.of(), null), CLOCK.instant(), CLOCK.instant()));
        return id;
    }

    private UUID lumpSumVolunteer(int year) {
        UUID id = volunteer("An", "Peeters");
        claims.choose(id, year, new CompensationChoice(CompensationSystem.LUMP_SUM, false), LIES);
        return id;
    }

    private static ClaimData day(UUID volunteer, LocalDate date, String amount, WorkCategory category) {
        return new ClaimData(volunteer, null, ClaimKind.LUMP_SUM_DAY, date, category,
                amount == null ? null : new BigDecimal(amount), null, null, null, null, null);
    }

    private static ClaimData realCost(UUID volunteer, LocalDate date, String amount) {
        return new ClaimData(volunteer, null, ClaimKind.REAL_COST, date, null, new BigDecimal(amount), "Treinticket",
                "bon 17", null, null, null);
    }

    private static ClaimData kilometres(UUID volunteer, LocalDate date, String distance, Vehicle vehicle,
            boolean passengers) {
        return new ClaimData(volunteer, null, ClaimKind.KILOMETRES, date, null, null, null, null, new BigDecimal(distance),
                vehicle, passengers);
    }

    /** Fills the year with whole days at the daily ceiling until {@code total} is reached, then the rest. */
    private void claimApproved(UUID volunteer, int year, BigDecimal total, BigDecimal perDay, WorkCategory category) {
        LocalDate date = LocalDate.of(year, 1, 1);
        BigDecimal left = total;
        while (left.signum() > 0) {
            BigDecimal amount = left.min(perDay);
            Claim claim = claims.submit(day(volunteer, date, amount.toPlainString(), category), LIES).claim();
            claims.approve(claim.id(), "coordinator");
            left = left.subtract(amount);
            date = date.plusDays(1);
        }
    }

    private static DomainException refused(Runnable action) {
        return assertThrows(DomainException.class, action::run);
    }

    private UUID organisation(OrganisationKind kind, String name) {
        UUID id = UUID.randomUUID();
        organisationsKnown.put(id, new Organisation(id, 1, new OrganisationData(kind, name, null, null, null, null,
                null, null, null), true, CLOCK.instant(), CLOCK.instant()));
        return id;
    }

    private static ClaimData forService(ClaimData claim, UUID service) {
        return new ClaimData(claim.volunteerId(), service, claim.kind(), claim.date(), claim.category(),
                claim.amount(), claim.description(), claim.proofReference(), claim.distanceKm(), claim.vehicle(),
                claim.passengerTransport());
    }

    @Test
    void aServiceReportCountsTheApprovedAllowancesForWorkAtThatService() {
        UUID library = organisation(OrganisationKind.MUNICIPAL_SERVICE, "Bibliotheek");
        UUID museum = organisation(OrganisationKind.MUNICIPAL_SERVICE, "Museum");
        UUID volunteer = lumpSumVolunteer(2024);
        Claim first = claims.submit(forService(day(volunteer, LocalDate.of(2024, 3, 1), "20.00", null), library),
                LIES).claim();
        claims.approve(first.id(), "coordinator");
        Claim second = claims.submit(forService(day(volunteer, LocalDate.of(2024, 3, 2), "15.50", null), library),
                LIES).claim();
        claims.approve(second.id(), "coordinator");
        claims.submit(forService(day(volunteer, LocalDate.of(2024, 3, 3), "10.00", null), library), LIES);
        claims.submit(forService(day(volunteer, LocalDate.of(2024, 3, 4), "5.00", null), museum), LIES);
        claims.approve(claims.submit(day(volunteer, LocalDate.of(2024, 3, 5), "7.00", null), LIES).claim().id(),
                "coordinator");

        assertEquals(new BigDecimal("35.50"), claims.paid(library, 2024), "approved only, not pending");
        assertEquals(new BigDecimal("0.00"), claims.paid(museum, 2024), "its claim is still pending");
        assertEquals(new BigDecimal("0.00"), claims.paid(library, 2025));
        assertEquals(library, claims.find(first.id()).orElseThrow().data().serviceId());
    }

    @Test
    void aClaimNamesOnlyOneOfTheCitysOwnServices() {
        UUID club = organisation(OrganisationKind.EXTERNAL, "Voetbalclub");
        UUID volunteer = lumpSumVolunteer(2024);
        ClaimData day = day(volunteer, LocalDate.of(2024, 3, 1), null, null);
        assertEquals("serviceId", refused(() -> claims.submit(forService(day, club), LIES)).field());
        assertEquals("serviceId", refused(() -> claims.submit(forService(day, UUID.randomUUID()), LIES)).field());
        assertEquals(0, claims.search(null, volunteer, null, 50, 0).total(), "nothing stored");
    }

    @Test
    void aClaimIsSubmittedApprovedAndFoundWithWhoAndWhen() {
        UUID volunteer = lumpSumVolunteer(2024);
        ClaimOutcome submitted = claims.submit(day(volunteer, LocalDate.of(2024, 3, 1), null, null), LIES);
        Claim claim = submitted.claim();
        assertEquals(new BigDecimal("41.48"), claim.data().amount(), "the day's ceiling unless an amount is given");
        assertEquals(WorkCategory.ORDINARY, claim.data().category());
        assertEquals(ClaimStatus.PENDING, claim.status());
        assertEquals(List.of(), submitted.warnings());
        assertEquals(claim, claims.find(claim.id()).orElseThrow());
        assertEquals(1, claims.search(ClaimStatus.PENDING, null, null, 50, 0).total());

        Claim approved = claims.approve(claim.id(), "coordinator").claim();
        assertEquals(ClaimStatus.APPROVED, approved.status());
        assertEquals("coordinator", approved.decidedBy());
        assertEquals(CLOCK.instant(), approved.decidedAt());
        assertEquals(approved, claims.find(claim.id()).orElseThrow());
        assertEquals(0, claims.search(ClaimStatus.PENDING, null, null, 50, 0).total());
        assertEquals("already_decided", refused(() -> claims.approve(claim.id(), "coordinator")).code());
        assertEquals(DomainException.Kind.NOT_FOUND, refused(() -> claims.approve(UUID.randomUUID(), "x")).kind());
    }

    @Test
    void anUnknownVolunteerIsRefusedNamingTheField() {
        DomainException refusal = refused(() -> claims.submit(day(UUID.randomUUID(), LocalDate.of(2024, 3, 1), null,
                null), LIES));
        assertEquals("volunteerId", refusal.field());
        assertEquals(DomainException.Kind.NOT_FOUND, refused(() -> claims.summary(UUID.randomUUID(), 2024)).kind());
    }

    @Test
    void theYearlyCeilingCanBeReachedExactlyButNotCrossedByOneCent() {
        UUID volunteer = lumpSumVolunteer(2024);
        claimApproved(volunteer, 2024, new BigDecimal("1659.28"), new BigDecimal("41.48"), WorkCategory.ORDINARY);
        DomainException over = refused(() -> claims.submit(day(volunteer, LocalDate.of(2024, 12, 1), "0.02", null),
                LIES));
        assertEquals("ceiling_exceeded", over.code());
        assertEquals("amount", over.field());
        assertEquals("This claim would cross the ordinary lump-sum ceiling per year of 2024 (EUR 1659.29): "
                + "EUR 0.01 is left in 2024", over.text().en());
        assertTrue(over.text().nl().contains("EUR 0.01"), over.text().nl());

        ClaimOutcome exact = claims.submit(day(volunteer, LocalDate.of(2024, 12, 1), "0.01", null), LIES);
        assertEquals(1, exact.warnings().size());
        assertEquals(BigDecimal.ZERO.setScale(2), exact.warnings().get(0).left().setScale(2));
        assertEquals(new BigDecimal("1659.29"), claims.summary(volunteer, 2024).ordinaryLumpSum());
    }

    @Test
    void aRejectedClaimNoLongerCounts() {
        UUID volunteer = lumpSumVolunteer(2024);
        claimApproved(volunteer, 2024, new BigDecimal("1618.00"), new BigDecimal("41.48"), WorkCategory.ORDINARY);
        Claim pending = claims.submit(day(volunteer, LocalDate.of(2024, 11, 4), "41.29", null), LIES).claim();
        assertEquals("ceiling_exceeded", refused(() -> claims.submit(day(volunteer, LocalDate.of(2024, 11, 5),
                "0.01", null), LIES)).code(), "a pending claim counts");
        Claim rejected = claims.reject(pending.id(), "Dubbel ingediend", "coordinator");
        assertEquals(ClaimStatus.REJECTED, rejected.status());
        assertEquals("Dubbel ingediend", claims.find(pending.id()).orElseThrow().reason());
        claims.submit(day(volunteer, LocalDate.of(2024, 11, 5), "41.29", null), LIES);
    }

    @Test
    void theYearBoundarySeparatesTheCeilings() {
        UUID volunteer = lumpSumVolunteer(2024);
        claims.choose(volunteer, 2025, new CompensationChoice(CompensationSystem.LUMP_SUM, false), LIES);
        claimApproved(volunteer, 2024, new BigDecimal("1659.29"), new BigDecimal("41.48"), WorkCategory.ORDINARY);
        assertEquals("ceiling_exceeded", refused(() -> claims.submit(day(volunteer, LocalDate.of(2024, 12, 31),
                "1.00", null), LIES)).code(), "31 December still counts towards 2024");
        Claim newYear = claims.submit(day(volunteer, LocalDate.of(2025, 1, 1), null, null), LIES).claim();
        assertEquals(new BigDecimal("42.31"), newYear.data().amount(), "1 January takes 2025's figure");
        assertEquals(new BigDecimal("42.31"), claims.summary(volunteer, 2025).ordinaryLumpSum());
    }

    @Test
    void theDailyCeilingCountsEveryClaimOfTheDay() {
        UUID volunteer = lumpSumVolunteer(2024);
        claims.submit(day(volunteer, LocalDate.of(2024, 5, 2), "30.00", null), LIES);
        DomainException over = refused(() -> claims.submit(day(volunteer, LocalDate.of(2024, 5, 2), "11.49",
                WorkCategory.HIGHER), LIES));
        assertEquals("This claim would cross the lump-sum ceiling per day of 2024 (EUR 41.48): EUR 11.48 is left on "
                + "2024-05-02", over.text().en());
        claims.submit(day(volunteer, LocalDate.of(2024, 5, 2), "11.48", WorkCategory.HIGHER), LIES);
    }

    @Test
    void aVolunteerInBothCategoriesKeepsTheOrdinaryWorkUnderTheOrdinaryCeiling() {
        UUID volunteer = lumpSumVolunteer(2024);
        claimApproved(volunteer, 2024, new BigDecimal("1659.29"), new BigDecimal("41.48"), WorkCategory.ORDINARY);
        assertEquals("ceiling_exceeded", refused(() -> claims.submit(day(volunteer, LocalDate.of(2024, 6, 3),
                "10.00", WorkCategory.ORDINARY), LIES)).code());
        // higher-category work may go on up to the higher ceiling, counting everything: 3047.43 - 1659.29 = 1388.14
        LocalDate date = LocalDate.of(2024, 6, 3);
        BigDecimal left = new BigDecimal("1388.14");
        while (left.signum() > 0) {
            BigDecimal amount = left.min(new BigDecimal("41.48"));
            claims.approve(claims.submit(day(volunteer, date, amount.toPlainString(), WorkCategory.HIGHER), LIES)
                    .claim().id(), "coordinator");
            left = left.subtract(amount);
            date = date.plusDays(1);
        }
        LocalDate next = date;
        DomainException over = refused(() -> claims.submit(day(volunteer, next, "0.01", WorkCategory.HIGHER), LIES));
        assertTrue(over.text().en().contains("the higher lump-sum ceiling per year of 2024 (EUR 3047.43)"),
                over.text().en());
        YearSummary summary = claims.summary(volunteer, 2024);
        assertEquals(new BigDecimal("1388.14"), summary.higherLumpSum());
        assertEquals(List.of(Ceiling.ORDINARY_YEARLY, Ceiling.HIGHER_YEARLY, Ceiling.KILOMETRES),
                summary.ceilings().stream().map(YearSummary.CeilingUse::ceiling).toList());
        assertEquals(List.of(Ceiling.ORDINARY_YEARLY, Ceiling.HIGHER_YEARLY),
                summary.warnings().stream().map(Warning::ceiling).toList());
    }

    @Test
    void declarationsFromOtherOrganisationsCountAndAreCheckedAgainAtApproval() {
        UUID volunteer = lumpSumVolunteer(2024);
        claims.declare(volunteer, 2024, new DeclarationData("Sportclub Kiewit", null, new BigDecimal("1600.00")),
                LIES);
        Claim pending = claims.submit(day(volunteer, LocalDate.of(2024, 2, 1), "41.48", null), LIES).claim();
        YearSummary summary = claims.declare(volunteer, 2024, new DeclarationData("Jeugdhuis", WorkCategory.ORDINARY,
                new BigDecimal("17.82")), LIES);
        assertEquals(new BigDecimal("1617.82"), summary.declaredOrdinary());
        assertEquals(2, summary.declarations().size());
        assertEquals(1, summary.warnings().size(), "above 80% of the ordinary ceiling");
        DomainException atApproval = refused(() -> claims.approve(pending.id(), "coordinator"));
        assertEquals("ceiling_exceeded", atApproval.code());
        assertTrue(atApproval.text().en().contains("EUR 41.47 is left in 2024"), atApproval.text().en());
        assertEquals(ClaimStatus.PENDING, claims.find(pending.id()).orElseThrow().status(), "nothing changed");

        UUID mistake = summary.declarations().stream().filter(declaration -> declaration.data().organisation()
                .equals("Jeugdhuis")).findFirst().orElseThrow().id();
        YearSummary corrected = claims.withdraw(volunteer, 2024, mistake);
        assertEquals(new BigDecimal("1600.00"), corrected.declaredOrdinary());
        claims.approve(pending.id(), "coordinator");
        assertEquals(DomainException.Kind.NOT_FOUND, refused(() -> claims.withdraw(volunteer, 2025,
                corrected.declarations().get(0).id())).kind(), "a declaration belongs to its year");
    }

    @Test
    void theKilometreCapHoldsOnTopOfTheLumpSumButNotForPassengerTransport() {
        UUID volunteer = lumpSumVolunteer(2024);
        Claim first = claims.submit(kilometres(volunteer, LocalDate.of(2024, 2, 1), "1999.9", Vehicle.CAR, false),
                LIES).claim();
        assertEquals(new BigDecimal("853.76"), first.data().amount(), "1999.9 km x 0.4269, rounded to the cent");
        claims.submit(kilometres(volunteer, LocalDate.of(2024, 2, 2), "0.1", Vehicle.CAR, false), LIES);
        DomainException over = refused(() -> claims.submit(kilometres(volunteer, LocalDate.of(2024, 2, 3), "0.1",
                Vehicle.BICYCLE, false), LIES));
        assertEquals("distanceKm", over.field());
        assertEquals("This claim would cross the kilometre cap on top of the lump sum of 2024 (2000 km): 0 km is left "
                + "in 2024", over.text().en());
        Claim transport = claims.submit(kilometres(volunteer, LocalDate.of(2024, 2, 3), "120", Vehicle.CAR, true),
                LIES).claim();
        assertEquals(Boolean.TRUE, transport.data().passengerTransport());
        assertEquals(new BigDecimal("2000.0"), claims.summary(volunteer, 2024).cappedKilometres());
    }

    @Test
    void theCarRateChangesWithTheQuarter() {
        UUID volunteer = lumpSumVolunteer(2024);
        Claim march = claims.submit(kilometres(volunteer, LocalDate.of(2024, 3, 31), "100", Vehicle.CAR, false), LIES)
                .claim();
        Claim april = claims.submit(kilometres(volunteer, LocalDate.of(2024, 4, 1), "100", Vehicle.CAR, false), LIES)
                .claim();
        assertEquals(new BigDecimal("0.4269"), march.ratePerKm());
        assertEquals(new BigDecimal("42.69"), march.data().amount());
        assertEquals(new BigDecimal("0.4265"), april.ratePerKm());
        assertEquals(new BigDecimal("42.65"), april.data().amount());
        DomainException july = refused(() -> claims.submit(kilometres(volunteer, LocalDate.of(2024, 7, 1), "10",
                Vehicle.CAR, false), LIES));
        assertEquals("missing_figure", july.code());
        assertTrue(july.text().en().contains("2024-Q3") && july.text().en().contains("carRatePerKm"),
                july.text().en());
    }

    @Test
    void aYearWithoutFiguresIsRefusedNamingTheFigure() {
        UUID volunteer = volunteer("Jo", "Janssens");
        claims.choose(volunteer, 2022, new CompensationChoice(CompensationSystem.LUMP_SUM, false), LIES);
        DomainException refusal = refused(() -> claims.submit(day(volunteer, LocalDate.of(2022, 12, 31), null, null),
                LIES));
        assertEquals("missing_figure", refusal.code());
        assertEquals("date", refusal.field());
        assertTrue(refusal.text().en().contains("lumpSumPerDay"), refusal.text().en());
        claims.choose(volunteer, 2025, new CompensationChoice(CompensationSystem.LUMP_SUM, false), LIES);
        claims.submit(day(volunteer, LocalDate.of(2025, 3, 3), null, WorkCategory.ORDINARY), LIES);
        DomainException higher = refused(() -> claims.submit(day(volunteer, LocalDate.of(2025, 3, 4), null,
                WorkCategory.HIGHER), LIES));
        assertTrue(higher.text().en().contains("higherLumpSumPerYear"), "2025's higher ceiling is not verified");
    }

    @Test
    void switchingSystemsWithinAYearIsRefusedOnceAClaimCounts() {
        UUID volunteer = volunteer("Mo", "Maes");
        assertEquals("no_allowance_system", refused(() -> claims.submit(realCost(volunteer, LocalDate.of(2024, 4, 2),
                "12.50"), LIES)).code(), "the policy's default is no allowance");
        claims.choose(volunteer, 2024, new CompensationChoice(CompensationSystem.LUMP_SUM, false), LIES);
        claims.choose(volunteer, 2024, new CompensationChoice(CompensationSystem.REAL_COSTS, false), LIES);
        Claim cost = claims.submit(realCost(volunteer, LocalDate.of(2024, 4, 2), "12.50"), LIES).claim();
        DomainException mixed = refused(() -> claims.submit(day(volunteer, LocalDate.of(2024, 4, 3), null, null),
                LIES));
        assertEquals("system_mismatch", mixed.code());
        DomainException switched = refused(() -> claims.choose(volunteer, 2024,
                new CompensationChoice(CompensationSystem.LUMP_SUM, false), LIES));
        assertEquals("system_locked", switched.code());
        assertEquals("system", switched.field());
        assertTrue(switched.text().en().contains("allows no switch"), switched.text().en());
        claims.choose(volunteer, 2025, new CompensationChoice(CompensationSystem.LUMP_SUM, false), LIES);
        claims.reject(cost.id(), null, "coordinator");
        claims.choose(volunteer, 2024, new CompensationChoice(CompensationSystem.LUMP_SUM, false), LIES);
    }

    @Test
    void theFirstClaimFixesThePolicyDefaultForTheYear() {
        policyDefault = CompensationSystem.LUMP_SUM;
        UUID volunteer = volunteer("Lu", "Lenaerts");
        assertFalse(claims.summary(volunteer, 2024).systemFixed());
        claims.submit(day(volunteer, LocalDate.of(2024, 4, 2), null, null), LIES);
        policyDefault = CompensationSystem.REAL_COSTS;
        YearSummary summary = claims.summary(volunteer, 2024);
        assertTrue(summary.systemFixed());
        assertEquals(CompensationSystem.LUMP_SUM, summary.system());
        assertEquals("system_mismatch", refused(() -> claims.submit(realCost(volunteer, LocalDate.of(2024, 4, 3),
                "5.00"), LIES)).code());
    }

    @Test
    void aClaimForAServiceFollowsTheServicesOwnCompensationSystem() {
        UUID festival = organisation(OrganisationKind.MUNICIPAL_SERVICE, "Evenementen");
        UUID library = organisation(OrganisationKind.MUNICIPAL_SERVICE, "Bibliotheek");
        serviceDefaults.put(festival, CompensationSystem.LUMP_SUM);
        UUID steward = volunteer("Sam", "Steward");
        UUID reader = volunteer("Rita", "Reader");
        // the central policy gives no allowance; the festival service's own policy gives a lump sum
        ClaimOutcome outcome = claims.submit(forService(day(steward, LocalDate.of(2026, 8, 14), null, null), festival),
                LIES);
        assertEquals(new BigDecimal("44.02"), outcome.claim().data().amount());
        YearSummary summary = claims.summary(steward, 2026);
        assertTrue(summary.systemFixed());
        assertEquals(CompensationSystem.LUMP_SUM, summary.system());
        claims.approve(outcome.claim().id(), "coordinator");
        // a service without an override still follows the central policy
        assertEquals("no_allowance_system", refused(() -> claims.submit(forService(day(reader,
                LocalDate.of(2026, 8, 14), null, null), library), LIES)).code());
        assertEquals("no_allowance_system", refused(() -> claims.submit(day(reader, LocalDate.of(2026, 8, 14), null,
                null), LIES)).code());
    }

    @Test
    void aDeclarationThatCrossesTheCeilingSaysPlainlyByHowMuch() {
        UUID volunteer = lumpSumVolunteer(2026);
        Claim day = claims.submit(day(volunteer, LocalDate.of(2026, 3, 2), null, null), LIES).claim();
        claims.approve(day.id(), "coordinator");
        YearSummary summary = claims.declare(volunteer, 2026, new DeclarationData("Sportclub Kiewit",
                WorkCategory.ORDINARY, new BigDecimal("1720.00")), LIES);
        assertTrue(summary.exceeded());
        assertEquals(new BigDecimal("3.19"), summary.exceededBy(), "1764.02 - 1760.83");
        YearSummary.CeilingUse ordinary = summary.ceilings().get(0);
        assertEquals(Ceiling.ORDINARY_YEARLY, ordinary.ceiling());
        assertTrue(ordinary.exceeded());
        assertEquals(new BigDecimal("1764.02"), ordinary.used());
        assertEquals(new BigDecimal("3.19"), ordinary.exceededBy());
        Warning warning = summary.warnings().get(0);
        assertEquals("ceiling_exceeded", warning.code());
        assertEquals("The ordinary lump-sum ceiling per year of 2026 (EUR 1760.83) is exceeded by EUR 3.19 (EUR "
                + "1764.02 in all): the whole allowance of 2026 becomes taxable pay, subject to social security, "
                + "unless the volunteer proves the real costs", warning.message().en());
        assertTrue(warning.message().nl().contains("is overschreden met EUR 3.19"), warning.message().nl());
        assertFalse(warning.message().en().contains("100%"), warning.message().en());

        Statement statement = claims.statement(volunteer, 2026);
        assertEquals(1, statement.exceeded().size());
        assertEquals(new BigDecimal("3.19"), statement.exceeded().get(0).exceededBy());
        String english = ClaimDocuments.statementHtml(statement, java.util.Locale.ENGLISH, LocalDate.of(2026, 11, 23));
        assertTrue(english.contains("EXCEEDED: the ordinary lump-sum ceiling per year of 2026 (EUR 1760.83) is "
                + "exceeded by EUR 3.19"), english);
        assertTrue(english.contains("becomes taxable pay"), english);
        String dutch = ClaimDocuments.statementHtml(statement, java.util.Locale.forLanguageTag("nl-BE"),
                LocalDate.of(2026, 11, 23));
        assertTrue(dutch.contains("OVERSCHREDEN: het gewone forfaitaire jaarplafond van 2026 (EUR 1760.83) is "
                + "overschreden met EUR 3.19"), dutch);

        UUID within = lumpSumVolunteer(2026);
        YearSummary fine = claims.declare(within, 2026, new DeclarationData("Jeugdhuis", WorkCategory.ORDINARY,
                new BigDecimal("1760.83")), LIES);
        assertFalse(fine.exceeded(), "reaching the ceiling is not crossing it");
        assertEquals(new BigDecimal("0.00"), fine.exceededBy());
        assertEquals(List.of(), claims.statement(within, 2026).exceeded());
    }

    @Test
    void aVolunteerOnABenefitGetsNoHigherCeiling() {
        UUID volunteer = volunteer("Ria", "Wouters");
        claims.choose(volunteer, 2024, new CompensationChoice(CompensationSystem.LUMP_SUM, true), LIES);
        assertEquals("category", refused(() -> claims.submit(day(volunteer, LocalDate.of(2024, 4, 2), null,
                WorkCategory.HIGHER), LIES)).field());
        claims.choose(volunteer, 2024, new CompensationChoice(CompensationSystem.LUMP_SUM, false), LIES);
        claims.submit(day(volunteer, LocalDate.of(2024, 4, 2), null, WorkCategory.HIGHER), LIES);
        assertEquals("receivesBenefit", refused(() -> claims.choose(volunteer, 2024,
                new CompensationChoice(CompensationSystem.LUMP_SUM, true), LIES)).field());
        assertTrue(claims.summary(volunteer, 2024).ceilings().stream()
                .anyMatch(use -> use.ceiling() == Ceiling.HIGHER_YEARLY));
    }

    @Test
    void concurrentSubmissionsThatTogetherCrossACeilingLetOnlyOnePass() throws Exception {
        UUID volunteer = lumpSumVolunteer(2024);
        claimApproved(volunteer, 2024, new BigDecimal("1618.00"), new BigDecimal("41.48"), WorkCategory.ORDINARY);
        int threads = 8;
        ExecutorService pool = Executors.newFixedThreadPool(threads);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Boolean>> results = new ArrayList<>();
        for (int i = 0; i < threads; i++) {
            LocalDate date = LocalDate.of(2024, 12, 1 + i);
            results.add(pool.submit(() -> {
                start.await();
                try {
                    claims.submit(day(volunteer, date, "41.29", null), LIES);
                    return true;
                } catch (DomainException e) {
                    assertEquals("ceiling_exceeded", e.code());
                    return false;
                }
            }));
        }
        start.countDown();
        int passed = 0;
        for (Future<Boolean> result : results) {
            passed += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
        }
        pool.shutdown();
        assertEquals(1, passed);
        assertEquals(new BigDecimal("1659.29"), claims.summary(volunteer, 2024).ordinaryLumpSum());
    }

    @Test
    void concurrentFirstClaimsOfANewVolunteerYearLetOnlyOnePass() throws Exception {
        policyDefault = CompensationSystem.LUMP_SUM;
        for (int round = 0; round < 5; round++) {
            UUID volunteer = volunteer("Kim", "Claes" + round);
            claims.declare(volunteer, 2026, new DeclarationData("Sportclub", null, new BigDecimal("1700.00")), LIES);
            UUID other = volunteer("Els", "Vos" + round);
            ExecutorService pool = Executors.newFixedThreadPool(4);
            CountDownLatch start = new CountDownLatch(1);
            List<Future<Boolean>> results = new ArrayList<>();
            for (int i = 0; i < 4; i++) {
                LocalDate date = LocalDate.of(2026, 3, 2 + i);
                results.add(pool.submit(() -> {
                    start.await();
                    try {
                        claims.submit(day(other, date, "40.00", null), LIES);
                        claims.submit(day(volunteer, date, "40.00", null), LIES);
                        return true;
                    } catch (DomainException e) {
                        return false;
                    }
                }));
            }
            start.countDown();
            int passed = 0;
            for (Future<Boolean> result : results) {
                passed += result.get(60, TimeUnit.SECONDS) ? 1 : 0;
            }
            pool.shutdown();
            assertEquals(1, passed, "1700 declared + 40 fits under 1760.83 once, not twice");
            assertEquals(4, claims.search(ClaimStatus.PENDING, other, 2026, 50, 0).total());
        }
    }

    @Test
    void theStatementAndTheNamedListShowWhatWasPaid() {
        UUID an = lumpSumVolunteer(2024);
        UUID bo = volunteer("Bo", "Aerts");
        claims.choose(bo, 2024, new CompensationChoice(CompensationSystem.REAL_COSTS, false), LIES);
        claims.choose(bo, 2025, new CompensationChoice(CompensationSystem.REAL_COSTS, false), LIES);
        claims.approve(claims.submit(day(an, LocalDate.of(2024, 3, 1), null, null), LIES).claim().id(), "c");
        claims.approve(claims.submit(kilometres(an, LocalDate.of(2024, 3, 1), "10", Vehicle.BICYCLE, false), LIES)
                .claim().id(), "c");
        claims.submit(day(an, LocalDate.of(2024, 3, 2), null, null), LIES);
        claims.approve(claims.submit(realCost(bo, LocalDate.of(2024, 5, 1), "12.50"), LIES).claim().id(), "c");
        claims.approve(claims.submit(realCost(bo, LocalDate.of(2025, 5, 1), "99.00"), LIES).claim().id(), "c");

        Statement statement = claims.statement(an, 2024);
        assertEquals("An Peeters", statement.name());
        assertEquals(2, statement.paid().size(), "only approved claims are paid");
        assertEquals(new BigDecimal("44.98"), statement.total());
        assertEquals(new BigDecimal("3.50"), statement.totals().get(ClaimKind.KILOMETRES));

        NamedList list = claims.namedList(2024);
        assertEquals(List.of("Aerts Bo", "Peeters An", "Peeters An"),
                list.entries().stream().map(NamedList.Entry::name).toList());
        assertEquals(new BigDecimal("57.48"), list.total());
    }

    @Test
    void erasureKeepsTheAllowancesPaidUnderAnAnonymousKey() {
        UUID volunteer = lumpSumVolunteer(2024);
        Claim paid = claims.approve(claims.submit(day(volunteer, LocalDate.of(2024, 3, 1), null, null), LIES).claim()
                .id(), "coordinator").claim();
        Claim pending = claims.submit(day(volunteer, LocalDate.of(2024, 3, 2), null, null), LIES).claim();
        claims.declare(volunteer, 2024, new DeclarationData("Sportclub", null, new BigDecimal("10.00")), LIES);
        Map<String, Object> export = claims.export(volunteer, new Caller("lies", Set.of("coordinator")));
        assertEquals(Set.of("claims", "compensationYears", "declarations"), export.keySet());
        assertEquals(2, ((List<?>) export.get("claims")).size());

        claims.erase(volunteer);
        assertEquals(Map.of(), claims.export(volunteer, new Caller("lies", Set.of("coordinator"))));
        assertTrue(claims.find(pending.id()).isEmpty(), "a claim never paid need not be kept");
        Claim kept = claims.find(paid.id()).orElseThrow();
        assertTrue(kept.anonymised());
        assertFalse(volunteer.equals(kept.data().volunteerId()));
        assertEquals(paid.data().amount(), kept.data().amount());
        assertEquals(paid.data().date(), kept.data().date());
        NamedList.Entry entry = claims.namedList(2024).entries().get(0);
        assertNull(entry.name());
        assertEquals(kept.data().volunteerId(), entry.volunteerKey());
    }
}
