package be.pillars.core.internal.engagement;

import static be.pillars.api.validation.Fields.invalid;
import static be.pillars.api.validation.Fields.present;
import static be.pillars.api.validation.Fields.required;
import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.Pillar;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementEvents;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.engagement.EngagementQuery;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.engagement.Hours;
import be.pillars.api.http.Caller;
import be.pillars.api.privacy.PersonalDataProvider;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.core.internal.storage.CoreSchemaMigration;
import be.pillars.core.internal.volunteer.JdbcVolunteerService;
import be.pillars.api.storage.Jdbc;

/** Engagements and hours in core's tables, one transaction per change, versioned like volunteers. */
@Component(service = {EngagementService.class, PersonalDataProvider.class})
public class JdbcEngagementService implements EngagementService, PersonalDataProvider {

    private static final String COLUMNS = "id, version, volunteer_id, organisation_id, role, kind, start_date, "
            + "end_date, status, pillar, created_at, updated_at";
    private static final String ORDER = " ORDER BY start_date DESC, id";
    private static final BigDecimal QUARTER = new BigDecimal("0.25");
    private static final BigDecimal DAY = new BigDecimal("24");

    private final DataSource dataSource;
    private final EventAdmin events;
    private final JdbcVolunteerService volunteers;
    private final Clock clock;

    @Activate
    public JdbcEngagementService(@Reference(target = CoreSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource, @Reference EventAdmin events,
            @Reference JdbcVolunteerService volunteers) {
        this(dataSource, events, volunteers, Clock.systemUTC());
    }

    JdbcEngagementService(DataSource dataSource, EventAdmin events, JdbcVolunteerService volunteers, Clock clock) {
        this.dataSource = dataSource;
        this.events = events;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** Tells listeners once the change is committed, also when it joined the caller's transaction. */
    private <T> T announced(String topic, Engagement engagement, T result) {
        Jdbc.afterCommit(() -> events.postEvent(change(topic, engagement.id(), engagement.data().volunteerId(),
                engagement.version())));
        return result;
    }

    static Event change(String topic, UUID id, UUID volunteerId, long version) {
        return new Event(topic, Map.of(EngagementEvents.ID, id.toString(), EngagementEvents.VOLUNTEER_ID,
                volunteerId.toString(), EngagementEvents.VERSION, version));
    }


    private EngagementData validated(EngagementData input) {
        LocalDate start = present("startDate", input.startDate());
        if (input.endDate() != null && input.endDate().isBefore(start)) {
            throw invalid("invalid_date", "endDate", "Het einde ligt voor het begin", "The end lies before the start");
        }
        String pillar = required("pillar", input.pillar(), 32);
        if (!pillar.matches(Pillar.ID_PATTERN)) {
            throw invalid("invalid_pillar", "pillar", "Geen geldige pijler-id (bv. external)",
                    "Not a valid pillar id (e.g. external)");
        }
        return new EngagementData(present("volunteerId", input.volunteerId()),
                present("organisationId", input.organisationId()), required("role", input.role(), 100),
                present("kind", input.kind()), start, input.endDate(),
                input.status() == null ? statusOnTheDates(start, input.endDate(), LocalDate.now(clock))
                        : input.status(), pillar);
    }

    /** Where an engagement on these dates stands today: what {@link EngagementCalendar} keeps true as days pass. */
    static EngagementStatus statusOnTheDates(LocalDate start, LocalDate end, LocalDate today) {
        if (start.isAfter(today)) {
            return EngagementStatus.PLANNED;
        }
        return end != null && end.isBefore(today) ? EngagementStatus.ENDED : EngagementStatus.ACTIVE;
    }

    /** A volunteer who gets an engagement that is not called off is no candidate any more: in the same transaction. */
    private void activateCandidate(Connection connection, EngagementData data, Instant now) throws SQLException {
        if (data.status() != EngagementStatus.CANCELLED) {
            volunteers.activateCandidate(connection, data.volunteerId(), now);
        }
    }

    /** Refuses an engagement whose volunteer or organisation does not exist, naming the field. */
    private static void requireParties(Connection connection, EngagementData data) throws SQLException {
        requireRow(connection, "SELECT 1 FROM volunteer WHERE id = ?", data.volunteerId(), "volunteerId",
                "Geen vrijwilliger met dit id", "No volunteer with this id");
        requireRow(connection, "SELECT 1 FROM organisation WHERE id = ?", data.organisationId(), "organisationId",
                "Geen organisatie met dit id", "No organisation with this id");
    }

    private static void requireRow(Connection connection, String sql, UUID id, String field, String nl, String en)
            throws SQLException {
        try (PreparedStatement query = prepared(connection, sql, List.of(id)); ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                throw invalid("unknown_id", field, nl, en);
            }
        }
    }

    @Override
    public Engagement create(EngagementData data) {
        EngagementData valid = validated(data);
        Instant now = clock.instant();
        Engagement engagement = new Engagement(TimeOrderedIds.next(), 1, valid, now, now);
        Jdbc.inTransaction(dataSource, connection -> {
            requireParties(connection, valid);
            activateCandidate(connection, valid, now);
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO engagement (" + COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, engagement.id());
                insert.setLong(2, 1);
                bindData(insert, 3, valid);
                insert.setObject(11, utc(now));
                insert.setObject(12, utc(now));
                insert.executeUpdate();
            }
            return engagement;
        });
        return announced(EngagementEvents.CREATED, engagement, engagement);
    }

    /** Binds volunteer to pillar, eight columns from {@code first}. */
    private static void bindData(PreparedStatement statement, int first, EngagementData data) throws SQLException {
        statement.setObject(first, data.volunteerId());
        statement.setObject(first + 1, data.organisationId());
        statement.setString(first + 2, data.role());
        statement.setString(first + 3, data.kind().name());
        statement.setObject(first + 4, data.startDate());
        statement.setObject(first + 5, data.endDate());
        statement.setString(first + 6, data.status().name());
        statement.setString(first + 7, data.pillar());
    }

    @Override
    public Optional<Engagement> find(UUID id) {
        return Jdbc.read(dataSource, connection -> select(connection, "WHERE id = ?", List.of(id), 1, 0).stream()
                .findFirst());
    }

    @Override
    public Engagement update(UUID id, long expectedVersion, EngagementData data) {
        EngagementData valid = validated(data);
        Instant now = clock.instant();
        Engagement updated = Jdbc.inTransaction(dataSource, connection -> {
            Engagement before = locked(connection, id);
            if (before.version() != expectedVersion) {
                throw new DomainException(DomainException.Kind.STALE, "stale_version", null, LocalizedText.of(
                        "Iemand anders wijzigde dit engagement intussen (versie " + before.version() + ")",
                        "Someone else changed this engagement meanwhile (version " + before.version() + ")"));
            }
            requireParties(connection, valid);
            activateCandidate(connection, valid, now);
            try (PreparedStatement update = connection.prepareStatement("UPDATE engagement SET volunteer_id = ?, "
                    + "organisation_id = ?, role = ?, kind = ?, start_date = ?, end_date = ?, status = ?, pillar = ?, "
                    + "version = version + 1, updated_at = ? WHERE id = ?")) {
                bindData(update, 1, valid);
                update.setObject(9, utc(now));
                update.setObject(10, id);
                update.executeUpdate();
            }
            return new Engagement(id, expectedVersion + 1, valid, before.createdAt(), now);
        });
        return announced(EngagementEvents.UPDATED, updated, updated);
    }

    private static Engagement locked(Connection connection, UUID id) throws SQLException {
        List<Engagement> found = select(connection, "WHERE id = ? FOR UPDATE", List.of(id), 1, 0);
        if (found.isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                    "Geen engagement met id " + id, "No engagement with id " + id));
        }
        return found.get(0);
    }

    @Override
    public Page<Engagement> search(EngagementQuery query) {
        List<Object> parameters = new ArrayList<>();
        String where = criteria(query, parameters);
        return Jdbc.read(dataSource, connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM engagement " + where, parameters);
            return new Page<>(select(connection, where + ORDER, parameters, query.limit(), query.offset()), total,
                    query.limit(), query.offset());
        });
    }

    @Override
    public void forEachMatching(EngagementQuery query, Consumer<Engagement> each) {
        List<Object> criteria = new ArrayList<>();
        String where = criteria(query, criteria);
        Engagement last = null;
        List<Engagement> page;
        do {
            // keyset paging on the sort order (start date descending, id): each page starts where the last ended
            List<Object> parameters = new ArrayList<>(criteria);
            String after = "";
            if (last != null) {
                after = " AND (start_date < ? OR (start_date = ? AND id > ?))";
                parameters.addAll(List.of(last.data().startDate(), last.data().startDate(), last.id()));
            }
            String pageWhere = where + after + ORDER;
            page = Jdbc.read(dataSource, connection -> select(connection, pageWhere, parameters,
                    EngagementQuery.MAX_LIMIT, 0));
            page.forEach(each);
            last = page.isEmpty() ? null : page.get(page.size() - 1);
        } while (page.size() == EngagementQuery.MAX_LIMIT);
    }

    /** The WHERE clause of a query's criteria; their values are added to {@code parameters}, in order. */
    private static String criteria(EngagementQuery query, List<Object> parameters) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        addCriterion(where, parameters, "volunteer_id", query.volunteerId());
        addCriterion(where, parameters, "organisation_id", query.organisationId());
        addCriterion(where, parameters, "pillar", query.pillar());
        addCriterion(where, parameters, "kind", query.kind() == null ? null : query.kind().name());
        addCriterion(where, parameters, "status", query.status() == null ? null : query.status().name());
        return where.toString();
    }

    private static void addCriterion(StringBuilder where, List<Object> parameters, String column, Object value) {
        if (value != null) {
            where.append(" AND ").append(column).append(" = ?");
            parameters.add(value);
        }
    }

    private static List<Engagement> select(Connection connection, String where, List<?> parameters, int limit,
            int offset) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM engagement " + where;
        List<Object> all = new ArrayList<>(parameters);
        if (!where.endsWith("FOR UPDATE")) {
            sql += " LIMIT ? OFFSET ?";
            all.add(limit);
            all.add(offset);
        }
        List<Engagement> engagements = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, sql, all); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                engagements.add(new Engagement(row.getObject("id", UUID.class), row.getLong("version"),
                        new EngagementData(row.getObject("volunteer_id", UUID.class),
                                row.getObject("organisation_id", UUID.class), row.getString("role"),
                                EngagementKind.valueOf(row.getString("kind")),
                                row.getObject("start_date", LocalDate.class), row.getObject("end_date", LocalDate.class),
                                EngagementStatus.valueOf(row.getString("status")), row.getString("pillar")),
                        row.getObject("created_at", OffsetDateTime.class).toInstant(),
                        row.getObject("updated_at", OffsetDateTime.class).toInstant()));
            }
        }
        return engagements;
    }

    @Override
    public Hours registerHours(UUID engagementId, LocalDate date, BigDecimal hours) {
        present("date", date);
        present("hours", hours);
        if (hours.signum() <= 0 || hours.compareTo(DAY) > 0 || hours.remainder(QUARTER).signum() != 0) {
            throw invalid("invalid_hours", "hours", "Meer dan 0 en hoogstens 24 uur, per kwartier",
                    "More than 0 and at most 24 hours, in quarters of an hour");
        }
        if (date.isAfter(LocalDate.now(clock))) {
            throw invalid("invalid_date", "date", "Uren worden geregistreerd na het werk, niet vooraf",
                    "Hours are registered after the work, not ahead of it");
        }
        Hours registered = new Hours(date, hours.setScale(2));
        Engagement engagement = Jdbc.inTransaction(dataSource, connection -> {
            Engagement current = locked(connection, engagementId);
            EngagementData data = current.data();
            if (date.isBefore(data.startDate()) || (data.endDate() != null && date.isAfter(data.endDate()))) {
                throw invalid("outside_engagement", "date", "Deze dag valt buiten het engagement",
                        "This day lies outside the engagement");
            }
            if (data.status() == EngagementStatus.CANCELLED) {
                throw invalid("cancelled", "date", "Op een geannuleerd engagement worden geen uren geregistreerd",
                        "No hours are registered on a cancelled engagement");
            }
            try (PreparedStatement delete = prepared(connection,
                    "DELETE FROM engagement_hours WHERE engagement_id = ? AND work_date = ?", List.of(engagementId, date))) {
                delete.executeUpdate();
            }
            try (PreparedStatement insert = prepared(connection,
                    "INSERT INTO engagement_hours (engagement_id, work_date, hours) VALUES (?, ?, ?)",
                    List.of(engagementId, date, registered.hours()))) {
                insert.executeUpdate();
            }
            return current;
        });
        return announced(EngagementEvents.HOURS_REGISTERED, engagement, registered);
    }

    @Override
    public String name() {
        return "core.engagements";
    }

    /** The volunteer's engagements, each with its hours: alike for every requester. */
    @Override
    public Map<String, Object> export(UUID volunteerId, Caller requester) {
        List<Map<String, Object>> all = new ArrayList<>();
        forEachMatching(new EngagementQuery(volunteerId, null, null, null, null, EngagementQuery.MAX_LIMIT, 0),
                engagement -> all.add(Map.of("engagement", engagement, "hours", hours(engagement.id()))));
        return all.isEmpty() ? Map.of() : Map.of("engagements", all);
    }

    /**
     * Nothing to remove: an engagement names no one once its volunteer is anonymised, and its hours stay
     * countable as the municipality's volunteer effort.
     */
    @Override
    public void erase(UUID volunteerId) {
        // the volunteer row this engagement points to is anonymised by core.volunteers
    }

    @Override
    public Map<UUID, BigDecimal> hoursWorked(UUID organisationId, LocalDate from, LocalDate to) {
        present("organisationId", organisationId);
        present("from", from);
        present("to", to);
        if (to.isBefore(from)) {
            throw invalid("invalid_period", "to", "Het einde van de periode ligt voor het begin",
                    "The end of the period lies before its start");
        }
        return Jdbc.read(dataSource, connection -> {
            Map<UUID, BigDecimal> worked = new HashMap<>();
            try (PreparedStatement select = prepared(connection, "SELECT e.volunteer_id, "
                    + "COALESCE(SUM(h.hours), 0) FROM engagement e LEFT JOIN engagement_hours h "
                    + "ON h.engagement_id = e.id AND h.work_date BETWEEN ? AND ? "
                    + "WHERE e.organisation_id = ? AND (h.work_date IS NOT NULL OR (e.status IN ('ACTIVE', 'ENDED') "
                    + "AND e.start_date <= ? AND (e.end_date IS NULL OR e.end_date >= ?))) GROUP BY e.volunteer_id",
                    List.of(from, to, organisationId, to, from)); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    worked.put(row.getObject(1, UUID.class), row.getBigDecimal(2).setScale(2));
                }
            }
            return worked;
        });
    }

    @Override
    public List<Hours> hours(UUID engagementId) {
        return Jdbc.read(dataSource, connection -> {
            List<Hours> hours = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT work_date, hours FROM engagement_hours "
                    + "WHERE engagement_id = ? ORDER BY work_date", List.of(engagementId));
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    hours.add(new Hours(row.getObject(1, LocalDate.class), row.getBigDecimal(2).setScale(2)));
                }
            }
            return hours;
        });
    }
}
