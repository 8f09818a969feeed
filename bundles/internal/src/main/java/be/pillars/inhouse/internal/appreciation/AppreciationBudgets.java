package be.pillars.inhouse.internal.appreciation;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
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
import be.pillars.inhouse.internal.InternalPillar;
import be.pillars.inhouse.internal.services.ServiceDirectory;
import be.pillars.inhouse.internal.services.ServicePolicies;
import be.pillars.inhouse.internal.services.Years;
import be.pillars.inhouse.internal.storage.InternalSchemaMigration;

/**
 * The yearly appreciation budget of each service: its effective amount per volunteer times the volunteers who
 * worked for it that year (each once, occasional ones as well as regular ones), plus what admins added. Spending
 * past it is refused. A spending is checked
 * and stored while the service's budget row of that year is locked, so two spendings that together cross the
 * budget cannot both pass, also on several nodes.
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

    public Budget budget(UUID serviceId, int year) {
        Base base = base(directory.service("serviceId", serviceId), Years.check("year", year));
        return Jdbc.read(dataSource, connection -> base.with(sum(connection, "care_budget_raise", serviceId, year),
                sum(connection, "care_spending", serviceId, year)));
    }

    /** The budgets of every active service in a year, by service name. */
    public List<Budget> budgets(int year) {
        Years.check("year", year);
        List<Base> bases = directory.services().stream().map(service -> base(service, year)).toList();
        return Jdbc.read(dataSource, connection -> {
            List<Budget> budgets = new ArrayList<>();
            for (Base base : bases) {
                UUID id = base.service().id();
                budgets.add(base.with(sum(connection, "care_budget_raise", id, year),
                        sum(connection, "care_spending", id, year)));
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
        LocalDate spentOn = Fields.present("spentOn", input.spentOn());
        int year = Years.check("spentOn", spentOn.getYear());
        Spending spending = new Spending(TimeOrderedIds.next(), serviceId, spentOn,
                Fields.required("description", input.description(), 200), Fields.present("kind", input.kind()),
                Fields.euros("amount", input.amount(), MAX_AMOUNT, true), recordedBy, clock.instant());
        Base base = base(directory.service("serviceId", serviceId), year);
        return locked(serviceId, year, connection -> {
            Budget before = base.with(sum(connection, "care_budget_raise", serviceId, year),
                    sum(connection, "care_spending", serviceId, year));
            if (spending.amount().compareTo(before.left()) > 0) {
                throw new DomainException(DomainException.Kind.CONFLICT, "over_budget", "amount", LocalizedText.of(
                        "Dit past niet in het waarderingsbudget " + year + " van " + before.serviceName()
                                + ": budget EUR " + before.budget() + ", besteed EUR " + before.spent()
                                + ", over EUR " + before.left() + ". Een beheerder kan het budget verhogen.",
                        "This does not fit the " + year + " appreciation budget of " + before.serviceName()
                                + ": budget EUR " + before.budget() + ", spent EUR " + before.spent() + ", left EUR "
                                + before.left() + ". An admin can raise the budget."));
            }
            try (PreparedStatement insert = prepared(connection, "INSERT INTO care_spending (id, service_id, "
                    + "budget_year, spent_on, description, kind, amount, recorded_by, recorded_at) "
                    + "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)", List.of(spending.id(), serviceId, year, spentOn,
                            spending.description(), spending.kind().name(), spending.amount(), recordedBy,
                            utc(spending.recordedAt())))) {
                insert.executeUpdate();
            }
            return spending;
        });
    }

    /** Adds to one service's budget of one year, recording who did it, when and why. */
    public BudgetRaise raise(UUID serviceId, int year, BudgetRaise.Input input, String raisedBy) {
        directory.service("serviceId", serviceId);
        BudgetRaise raise = new BudgetRaise(TimeOrderedIds.next(), serviceId, Years.check("year", year),
                Fields.euros("amount", input.amount(), MAX_AMOUNT, true), Fields.required("reason", input.reason(), 500), raisedBy,
                clock.instant());
        return locked(serviceId, year, connection -> {
            try (PreparedStatement insert = prepared(connection, "INSERT INTO care_budget_raise (id, service_id, "
                    + "budget_year, amount, reason, raised_by, raised_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    List.of(raise.id(), serviceId, year, raise.amount(), raise.reason(), raisedBy,
                            utc(raise.raisedAt())))) {
                insert.executeUpdate();
            }
            return raise;
        });
    }

    public List<Spending> spendings(UUID serviceId, int year) {
        return Jdbc.read(dataSource, connection -> {
            List<Spending> spendings = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT id, spent_on, description, kind, amount, "
                    + "recorded_by, recorded_at FROM care_spending WHERE service_id = ? AND budget_year = ? "
                    + "ORDER BY spent_on, recorded_at, id", List.of(serviceId, year));
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    spendings.add(new Spending(row.getObject(1, UUID.class), serviceId,
                            row.getObject(2, LocalDate.class), row.getString(3), SpendingKind.valueOf(row.getString(4)),
                            row.getBigDecimal(5).setScale(2), row.getString(6),
                            row.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
            return spendings;
        });
    }

    public List<BudgetRaise> raises(UUID serviceId, int year) {
        return Jdbc.read(dataSource, connection -> {
            List<BudgetRaise> raises = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT id, amount, reason, raised_by, raised_at "
                    + "FROM care_budget_raise WHERE service_id = ? AND budget_year = ? ORDER BY raised_at, id",
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
            try (PreparedStatement insert = prepared(connection, "INSERT INTO care_budget_lock (service_id, "
                    + "budget_year) SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM care_budget_lock WHERE service_id = ? "
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
            try (PreparedStatement lock = prepared(connection, "SELECT service_id FROM care_budget_lock "
                    + "WHERE service_id = ? AND budget_year = ? FOR UPDATE", List.of(serviceId, year))) {
                lock.executeQuery().close();
            }
            return work.run(connection);
        });
    }
}
