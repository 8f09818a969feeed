package be.pillars.internal.internal.appreciation;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.validation.Fields;
import be.pillars.internal.internal.InternalPillar;
import be.pillars.internal.internal.services.ServiceDirectory;
import be.pillars.internal.internal.services.ServicePolicies;
import be.pillars.internal.internal.services.Years;
import be.pillars.internal.internal.storage.InternalSchemaMigration;

/**
 * The yearly appreciation budget of each service: its effective amount per volunteer times the volunteers who
 * worked for it that year (each once, occasional ones as well as regular ones), plus what admins added. Spending
 * past it is refused. A spending recorded by mistake is corrected or withdrawn, and the correction is kept with
 * who, when and why. Every change is checked and stored while the service's budget row of that year is locked, so
 * two spendings that together cross the budget cannot both pass, also on several nodes.
 */
@Component(service = AppreciationBudgets.class)
public class AppreciationBudgets {

    /** Far above any appreciation expense or raise: a larger figure is a typing mistake. */
    static final BigDecimal MAX_AMOUNT = new BigDecimal("100000.00");

    private final DataSource dataSource;
    private final ServiceDirectory directory;
    private final ServicePolicies policies;
    private final Clock clock;

    @Activate
    public AppreciationBudgets(@Reference(target = InternalSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource, @Reference ServiceDirectory directory,
            @Reference InternalPillar pillar) {
        this(dataSource, directory, pillar.servicePolicies(), Clock.systemDefaultZone());
    }

    AppreciationBudgets(DataSource dataSource, ServiceDirectory directory, ServicePolicies policies, Clock clock) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.policies = policies;
        this.clock = clock;
    }

    /**
     * The days whose work counts for a budget year: the whole year once it is over; while it runs, the year up to
     * today; for a year still ahead, the twelve months up to today, as an estimate until the year begins.
     */
    private record Counted(LocalDate from, LocalDate to, boolean provisional) {

        static Counted in(int year, LocalDate today) {
            if (year < today.getYear()) {
                return new Counted(LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31), false);
            }
            return new Counted(year == today.getYear() ? LocalDate.of(year, 1, 1) : today.minusYears(1).plusDays(1),
                    today, true);
        }
    }

    /** The part of a budget that comes from the policy and the volunteers, outside the database of this pillar. */
    private record Base(Organisation service, int year, Counted counted, int volunteers,
            BigDecimal amountPerVolunteer) {

        BigDecimal amount() {
            return amountPerVolunteer.multiply(BigDecimal.valueOf(volunteers)).setScale(2);
        }

        Budget with(BigDecimal raised, BigDecimal spent) {
            BigDecimal budget = amount().add(raised);
            return new Budget(service.id(), service.data().name(), year, counted.from(), counted.to(),
                    counted.provisional(), volunteers, amountPerVolunteer, amount(), raised, budget, spent,
                    budget.subtract(spent));
        }
    }

    private Base base(Organisation service, int year) {
        Counted counted = Counted.in(year, LocalDate.now(clock));
        return new Base(service, year, counted, directory.worked(service.id(), counted.from(), counted.to()).size(),
                policies.effective(service.id()).appreciationAmountPerVolunteer());
    }

    /** The budget with what is raised and spent as stored now. */
    private static Budget current(Connection connection, Base base) throws SQLException {
        UUID serviceId = base.service().id();
        return base.with(sum(connection, "internal_budget_raise", serviceId, base.year()),
                sum(connection, "internal_spending", serviceId, base.year()));
    }

    public Budget budget(UUID serviceId, int year) {
        Base base = base(directory.service("serviceId", serviceId), Years.check("year", year));
        return Jdbc.read(dataSource, connection -> current(connection, base));
    }

    /** The budgets of every active service in a year, by service name. */
    public List<Budget> budgets(int year) {
        Years.check("year", year);
        List<Base> bases = directory.services().stream().map(service -> base(service, year)).toList();
        return Jdbc.read(dataSource, connection -> {
            List<Budget> budgets = new ArrayList<>();
            for (Base base : bases) {
                budgets.add(current(connection, base));
            }
            return budgets;
        });
    }

    /**
     * Records an expense in the budget of the year it was made.
     *
     * @throws DomainException {@code CONFLICT} ({@code over_budget}, field {@code amount}) naming the budget,
     *                         what is spent and what is left, when the expense does not fit; nothing is stored
     */
    public Spending spend(UUID serviceId, Spending.Input input, String recordedBy) {
        Spending.Input valid = valid(input);
        int year = valid.spentOn().getYear();
        Spending spending = new Spending(TimeOrderedIds.next(), serviceId, valid.spentOn(), valid.description(),
                valid.kind(), valid.amount(), 1, recordedBy, clock.instant());
        Base base = base(directory.service("serviceId", serviceId), year);
        return locked(serviceId, year, connection -> {
            requireRoom(current(connection, base), spending.amount());
            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_spending (id, service_id, "
                    + "budget_year, spent_on, description, kind, amount, version, recorded_by, recorded_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", List.of(spending.id(), serviceId, year,
                            spending.spentOn(), spending.description(), spending.kind().name(), spending.amount(),
                            spending.version(), recordedBy, utc(spending.recordedAt())))) {
                insert.executeUpdate();
            }
            return spending;
        });
    }

    /** An expense as it may be stored: every field checked, the amount with two decimals. */
    private static Spending.Input valid(Spending.Input input) {
        LocalDate spentOn = Fields.present("spentOn", input.spentOn());
        Years.check("spentOn", spentOn.getYear());
        return new Spending.Input(spentOn, Fields.required("description", input.description(), 200),
                Fields.present("kind", input.kind()), Fields.euros("amount", input.amount(), MAX_AMOUNT, true));
    }

    /**
     * @throws DomainException {@code CONFLICT} ({@code over_budget}, field {@code amount}) naming the budget, what
     *                         is spent and what is left, when spending {@code more} does not fit
     */
    private static void requireRoom(Budget before, BigDecimal more) {
        if (more.signum() > 0 && more.compareTo(before.left()) > 0) {
            throw new DomainException(DomainException.Kind.CONFLICT, "over_budget", "amount", LocalizedText.of(
                    "Dit past niet in het waarderingsbudget " + before.year() + " van " + before.serviceName()
                            + ": budget EUR " + before.budget() + ", besteed EUR " + before.spent() + ", over EUR "
                            + before.left() + ". Een beheerder kan het budget verhogen.",
                    "This does not fit the " + before.year() + " appreciation budget of " + before.serviceName()
                            + ": budget EUR " + before.budget() + ", spent EUR " + before.spent() + ", left EUR "
                            + before.left() + ". An admin can raise the budget."));
        }
    }

    /** @throws DomainException {@code NOT_FOUND} (field {@code spendingId}) when the budget has no such expense */
    public Spending spending(UUID serviceId, int year, UUID spendingId) {
        return Jdbc.read(dataSource, connection -> spending(connection, serviceId, year, spendingId));
    }

    private static Spending spending(Connection connection, UUID serviceId, int year, UUID spendingId)
            throws SQLException {
        return spendings(connection, "AND id = ?", List.of(serviceId, year, spendingId)).stream().findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "not_found", "spendingId",
                        LocalizedText.of("Geen uitgave " + spendingId + " in het waarderingsbudget " + year,
                                "No expense " + spendingId + " in the " + year + " appreciation budget")));
    }

    /** The expense as stored, provided nobody changed it since the version the caller read. */
    private static Spending unchanged(Connection connection, UUID serviceId, int year, UUID spendingId,
            long expectedVersion) throws SQLException {
        Spending stored = spending(connection, serviceId, year, spendingId);
        if (stored.version() != expectedVersion) {
            throw new DomainException(DomainException.Kind.STALE, "stale", null, LocalizedText.of(
                    "De uitgave " + spendingId + " werd gewijzigd na versie " + expectedVersion + "; lees ze opnieuw",
                    "Expense " + spendingId + " changed after version " + expectedVersion + "; read it again"));
        }
        return stored;
    }

    /**
     * Corrects a recorded expense (its day within the same year, description, kind or amount), keeping what it was
     * with who corrected it, when and why.
     *
     * @throws DomainException {@code NOT_FOUND} when the budget has no such expense, {@code STALE} when it changed
     *                         after {@code expectedVersion}, {@code INVALID} as for a new expense or for a day in
     *                         another year, {@code CONFLICT} ({@code over_budget}) when a higher amount does not fit;
     *                         nothing is stored then
     */
    public Spending correct(UUID serviceId, int year, UUID spendingId, long expectedVersion,
            SpendingCorrection.Input input, String correctedBy) {
        Spending.Input after = valid(new Spending.Input(input.spentOn(), input.description(), input.kind(),
                input.amount()));
        if (after.spentOn().getYear() != year) {
            throw DomainException.invalid("wrong_year", "spentOn", LocalizedText.of("Deze uitgave hoort bij het "
                    + "budget van " + year + ": trek ze in en registreer ze opnieuw in het juiste jaar",
                    "This expense belongs to the " + year + " budget: withdraw it and record it again in the right "
                            + "year"));
        }
        String reason = Fields.optional("reason", input.reason(), 500);
        Base base = base(directory.service("serviceId", serviceId), year);
        Instant now = clock.instant();
        return locked(serviceId, year, connection -> {
            Spending before = unchanged(connection, serviceId, year, spendingId, expectedVersion);
            requireRoom(current(connection, base), after.amount().subtract(before.amount()));
            try (PreparedStatement update = prepared(connection, "UPDATE internal_spending SET spent_on = ?, "
                    + "description = ?, kind = ?, amount = ?, version = version + 1 WHERE id = ?", List.of(
                            after.spentOn(), after.description(), after.kind().name(), after.amount(), spendingId))) {
                update.executeUpdate();
            }
            keep(connection, new SpendingCorrection(TimeOrderedIds.next(), spendingId, serviceId, year,
                    SpendingCorrection.Change.CORRECTED, before.version(), values(before), after, reason,
                    correctedBy, now));
            return new Spending(spendingId, serviceId, after.spentOn(), after.description(), after.kind(),
                    after.amount(), before.version() + 1, before.recordedBy(), before.recordedAt());
        });
    }

    /**
     * Withdraws an expense recorded by mistake: it no longer counts, and what it was is kept with who withdrew it,
     * when and why.
     *
     * @throws DomainException {@code NOT_FOUND} when the budget has no such expense, {@code STALE} when it changed
     *                         after {@code expectedVersion}
     */
    public SpendingCorrection withdraw(UUID serviceId, int year, UUID spendingId, long expectedVersion, String reason,
            String withdrawnBy) {
        String why = Fields.optional("reason", reason, 500);
        directory.service("serviceId", serviceId);
        Years.check("year", year);
        Instant now = clock.instant();
        return locked(serviceId, year, connection -> {
            Spending before = unchanged(connection, serviceId, year, spendingId, expectedVersion);
            try (PreparedStatement delete = prepared(connection, "DELETE FROM internal_spending WHERE id = ?",
                    List.of(spendingId))) {
                delete.executeUpdate();
            }
            SpendingCorrection withdrawal = new SpendingCorrection(TimeOrderedIds.next(), spendingId, serviceId, year,
                    SpendingCorrection.Change.WITHDRAWN, before.version(), values(before), null, why, withdrawnBy,
                    now);
            keep(connection, withdrawal);
            return withdrawal;
        });
    }

    private static Spending.Input values(Spending spending) {
        return new Spending.Input(spending.spentOn(), spending.description(), spending.kind(), spending.amount());
    }

    private static void keep(Connection connection, SpendingCorrection correction) throws SQLException {
        Spending.Input after = correction.after();
        try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_spending_correction (id, spending_id, "
                + "service_id, budget_year, change_kind, spending_version, old_spent_on, old_description, old_kind, "
                + "old_amount, new_spent_on, new_description, new_kind, new_amount, reason, corrected_by, "
                + "corrected_at) "
                + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(correction.id(),
                        correction.spendingId(), correction.serviceId(), correction.year(), correction.change().name(),
                        correction.version(), correction.before().spentOn(), correction.before().description(),
                        correction.before().kind().name(), correction.before().amount(),
                        after == null ? null : after.spentOn(), after == null ? null : after.description(),
                        after == null ? null : after.kind().name(), after == null ? null : after.amount(),
                        correction.reason(), correction.correctedBy(), utc(correction.correctedAt())))) {
            insert.executeUpdate();
        }
    }

    /** The corrections of a budget's expenses, oldest first, also of those withdrawn since. */
    public List<SpendingCorrection> corrections(UUID serviceId, int year) {
        return Jdbc.read(dataSource, connection -> {
            List<SpendingCorrection> corrections = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT id, spending_id, change_kind, "
                    + "spending_version, old_spent_on, old_description, old_kind, old_amount, new_spent_on, "
                    + "new_description, new_kind, new_amount, reason, corrected_by, corrected_at FROM "
                    + "internal_spending_correction WHERE service_id = ? AND budget_year = ? ORDER BY corrected_at, id",
                    List.of(serviceId, year)); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String newKind = row.getString(11);
                    corrections.add(new SpendingCorrection(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                            serviceId, year, SpendingCorrection.Change.valueOf(row.getString(3)), row.getLong(4),
                            new Spending.Input(row.getObject(5, LocalDate.class), row.getString(6),
                                    SpendingKind.valueOf(row.getString(7)), row.getBigDecimal(8).setScale(2)),
                            newKind == null ? null : new Spending.Input(row.getObject(9, LocalDate.class),
                                    row.getString(10), SpendingKind.valueOf(newKind),
                                    row.getBigDecimal(12).setScale(2)),
                            row.getString(13), row.getString(14), row.getObject(15, OffsetDateTime.class).toInstant()));
                }
            }
            return corrections;
        });
    }

    /**
     * Adds to one service's budget of one year, or with a negative amount takes back part of what admins added
     * before (a raise given by mistake), recording who did it, when and why.
     *
     * @throws DomainException {@code CONFLICT} naming {@code amount} when more would be taken back than was raised
     *                         that year ({@code lowering_too_large}) or the budget would fall below what is spent
     *                         ({@code over_budget}); nothing is stored then
     */
    public BudgetRaise raise(UUID serviceId, int year, BudgetRaise.Input input, String raisedBy) {
        Base base = base(directory.service("serviceId", serviceId), Years.check("year", year));
        BigDecimal amount = input.amount() != null && input.amount().signum() < 0
                ? Fields.euros("amount", input.amount().negate(), MAX_AMOUNT, true).negate()
                : Fields.euros("amount", input.amount(), MAX_AMOUNT, true);
        BudgetRaise raise = new BudgetRaise(TimeOrderedIds.next(), serviceId, year, amount,
                Fields.required("reason", input.reason(), 500), raisedBy, clock.instant());
        return locked(serviceId, year, connection -> {
            if (amount.signum() < 0) {
                requireLowerable(current(connection, base), amount.negate());
            }
            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_budget_raise (id, service_id, "
                    + "budget_year, amount, reason, raised_by, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    List.of(raise.id(), serviceId, year, raise.amount(), raise.reason(), raisedBy,
                            utc(raise.raisedAt())))) {
                insert.executeUpdate();
            }
            return raise;
        });
    }

    /**
     * @throws DomainException {@code CONFLICT} naming {@code amount} when taking back {@code lowering} would take
     *                         back more than was raised, or leave less than is spent
     */
    private static void requireLowerable(Budget before, BigDecimal lowering) {
        if (lowering.compareTo(before.raised()) > 0) {
            throw new DomainException(DomainException.Kind.CONFLICT, "lowering_too_large", "amount", LocalizedText.of(
                    "Een verlaging neemt enkel eerdere verhogingen terug: het budget " + before.year() + " van "
                            + before.serviceName() + " werd met EUR " + before.raised() + " verhoogd",
                    "A lowering only takes back earlier raises: the " + before.year() + " budget of "
                            + before.serviceName() + " was raised by EUR " + before.raised()));
        }
        if (lowering.compareTo(before.left()) > 0) {
            throw new DomainException(DomainException.Kind.CONFLICT, "over_budget", "amount", LocalizedText.of(
                    "Na deze verlaging zou het budget " + before.year() + " van " + before.serviceName()
                            + " kleiner zijn dan wat besteed is: budget EUR " + before.budget() + ", besteed EUR "
                            + before.spent() + ", over EUR " + before.left(),
                    "After this lowering the " + before.year() + " budget of " + before.serviceName()
                            + " would be less than what is spent: budget EUR " + before.budget() + ", spent EUR "
                            + before.spent() + ", left EUR " + before.left()));
        }
    }

    public List<Spending> spendings(UUID serviceId, int year) {
        return Jdbc.read(dataSource, connection -> spendings(connection, "ORDER BY spent_on, recorded_at, id",
                List.of(serviceId, year)));
    }

    /** The expenses of one service's budget of one year that {@code rest} selects further. */
    private static List<Spending> spendings(Connection connection, String rest, List<?> parameters)
            throws SQLException {
        List<Spending> spendings = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT id, service_id, spent_on, description, kind, "
                + "amount, version, recorded_by, recorded_at FROM internal_spending WHERE service_id = ? "
                + "AND budget_year = ? " + rest, parameters); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                spendings.add(new Spending(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, LocalDate.class), row.getString(4), SpendingKind.valueOf(row.getString(5)),
                        row.getBigDecimal(6).setScale(2), row.getLong(7), row.getString(8),
                        row.getObject(9, OffsetDateTime.class).toInstant()));
            }
        }
        return spendings;
    }

    public List<BudgetRaise> raises(UUID serviceId, int year) {
        return Jdbc.read(dataSource, connection -> {
            List<BudgetRaise> raises = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT id, amount, reason, raised_by, raised_at "
                    + "FROM internal_budget_raise WHERE service_id = ? AND budget_year = ? ORDER BY raised_at, id",
                    List.of(serviceId, year)); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    raises.add(new BudgetRaise(row.getObject(1, UUID.class), serviceId, year,
                            row.getBigDecimal(2).setScale(2), row.getString(3), row.getString(4),
                            row.getObject(5, OffsetDateTime.class).toInstant()));
                }
            }
            return raises;
        });
    }

    private static BigDecimal sum(Connection connection, String table, UUID serviceId, int year) throws SQLException {
        try (PreparedStatement select = prepared(connection, "SELECT COALESCE(SUM(amount), 0) FROM " + table
                + " WHERE service_id = ? AND budget_year = ?", List.of(serviceId, year));
                ResultSet row = select.executeQuery()) {
            row.next();
            return row.getBigDecimal(1).setScale(2);
        }
    }

    /** Runs the work in one transaction holding the lock of the service's budget of that year. */
    private <T> T locked(UUID serviceId, int year, Jdbc.Work<T> work) {
        // the lock row is created on its own first: two first spendings must not both try to insert it
        Jdbc.read(dataSource, connection -> {
            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_budget_lock (service_id, "
                    + "budget_year) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM internal_budget_lock WHERE service_id = ? "
                    + "AND budget_year = ?)", List.of(serviceId, year, serviceId, year))) {
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState())) {
                    throw e;
                }
            }
            return null;
        });
        return Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement lock = prepared(connection, "SELECT service_id FROM internal_budget_lock "
                    + "WHERE service_id = ? AND budget_year = ? FOR UPDATE", List.of(serviceId, year))) {
                lock.executeQuery().close();
            }
            return work.run(connection);
        });
    }
}
