package be.pillars.external.internal.applications;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.http.Caller;
import be.pillars.api.privacy.PersonalDataProvider;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.validation.Fields;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.external.internal.ExternalPillar;
import be.pillars.external.internal.storage.ExternalSchemaMigration;
import be.pillars.external.internal.vacancies.Vacancy;
import be.pillars.external.internal.vacancies.VacancyStatus;
import be.pillars.external.internal.vacancies.VacancyStore;

/**
 * Applications of volunteers for vacancies and their history. Accepting one takes a place of the vacancy and
 * creates the core engagement in one step: if either fails, neither stays.
 */
@Component(service = {ApplicationStore.class, PersonalDataProvider.class})
public class ApplicationStore implements PersonalDataProvider {

    /** The code of the refusal of a second application of one volunteer for one vacancy. */
    public static final String ALREADY_APPLIED = "already_applied";
    private static final String COLUMNS = "a.id, a.version, a.vacancy_id, a.volunteer_id, a.status, a.engagement_id, "
            + "a.created_at, a.updated_at";

    private final DataSource dataSource;
    private final VacancyStore vacancies;
    private final VolunteerService volunteers;
    private final EngagementService engagements;
    private final Clock clock;

    @Activate
    public ApplicationStore(@Reference(target = ExternalSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource, @Reference VacancyStore vacancies,
            @Reference VolunteerService volunteers, @Reference EngagementService engagements) {
        this(dataSource, vacancies, volunteers, engagements, Clock.systemDefaultZone());
    }

    ApplicationStore(DataSource dataSource, VacancyStore vacancies, VolunteerService volunteers,
            EngagementService engagements, Clock clock) {
        this.dataSource = dataSource;
        this.vacancies = vacancies;
        this.volunteers = volunteers;
        this.engagements = engagements;
        this.clock = clock;
    }

    /** A coach proposes a volunteer, or applies on the volunteer's behalf; the vacancy must be open. */
    public Application create(Application.Input input, String by) {
        UUID vacancyId = Fields.present("vacancyId", input.vacancyId());
        UUID volunteerId = Fields.present("volunteerId", input.volunteerId());
        ApplicationStatus status = Fields.present("status", input.status());
        if (status != ApplicationStatus.PROPOSED && status != ApplicationStatus.APPLIED) {
            throw Fields.invalid("invalid_status", "status", "Een nieuwe sollicitatie is PROPOSED of APPLIED",
                    "A new application is PROPOSED or APPLIED");
        }
        String note = Fields.optional("note", input.note(), 500);
        Vacancy vacancy = vacancies.find(vacancyId).orElseThrow(() -> Fields.invalid("unknown_vacancy", "vacancyId",
                "Geen vacature met dit id", "No vacancy with this id"));
        if (vacancy.status() != VacancyStatus.OPEN) {
            throw new DomainException(DomainException.Kind.CONFLICT, "vacancy_not_open", "vacancyId", LocalizedText.of(
                    "De vacature is niet open", "The vacancy is not open"));
        }
        if (volunteers.find(volunteerId).isEmpty()) {
            throw Fields.invalid("unknown_volunteer", "volunteerId", "Geen vrijwilliger met dit id",
                    "No volunteer with this id");
        }
        UUID id = TimeOrderedIds.next();
        Instant now = clock.instant();
        return Jdbc.inTransaction(dataSource, () -> new DomainException(DomainException.Kind.CONFLICT,
                ALREADY_APPLIED, "volunteerId", LocalizedText.of("Deze vrijwilliger staat al op deze vacature",
                        "This volunteer is already on this vacancy")), connection -> {
                            try (PreparedStatement insert = prepared(connection, "INSERT INTO external_application (id, "
                                    + "version, vacancy_id, volunteer_id, status, created_at, updated_at) VALUES (?, 1, "
                                    + "?, ?, ?, ?, ?)", List.of(id, vacancyId, volunteerId, status.name(), utc(now),
                                            utc(now)))) {
                                insert.executeUpdate();
                            }
                            recordChange(connection, id, 1, status, by, now, note);
                            return load(connection, id);
                        });
    }

    /**
     * Within the caller's transaction: proposes the volunteer for an open vacancy on behalf of coach {@code by},
     * unless the volunteer is already on it or the vacancy is not open.
     *
     * @return whether a proposal was made
     */
    public static boolean proposeWithin(Connection connection, UUID vacancyId, UUID volunteerId, String by,
            Instant now, String note) throws SQLException {
        UUID id = TimeOrderedIds.next();
        try (PreparedStatement insert = prepared(connection, "INSERT INTO external_application (id, version, vacancy_id, "
                + "volunteer_id, status, created_at, updated_at) SELECT ?, 1, v.id, ?, ?, ?, ? FROM external_vacancy v "
                + "WHERE v.id = ? AND v.status = ? AND NOT EXISTS (SELECT 1 FROM external_application a WHERE "
                + "a.vacancy_id = v.id AND a.volunteer_id = ?)", List.of(id, volunteerId,
                        ApplicationStatus.PROPOSED.name(), utc(now), utc(now), vacancyId, VacancyStatus.OPEN.name(),
                        volunteerId))) {
            if (insert.executeUpdate() == 0) {
                return false;
            }
        }
        recordChange(connection, id, 1, ApplicationStatus.PROPOSED, by, now, note);
        return true;
    }

    private static void recordChange(Connection connection, UUID id, long version, ApplicationStatus status,
            String by, Instant at, String note) throws SQLException {
        try (PreparedStatement insert = prepared(connection, "INSERT INTO external_application_change (application_id, "
                + "version, status, changed_by, changed_at, note) VALUES (?, ?, ?, ?, ?, ?)", Arrays.asList(id, version,
                        status.name(), by, utc(at), note))) {
            insert.executeUpdate();
        }
    }

    /** @throws DomainException {@code NOT_FOUND} when there is no such application */
    public Application application(UUID id) {
        return Jdbc.read(dataSource, connection -> load(connection, id));
    }

    private static Application load(Connection connection, UUID id) throws SQLException {
        return select(connection, "SELECT " + COLUMNS + " FROM external_application a WHERE a.id = ?", List.of(id))
                .stream().findFirst().orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                        "not_found", null, LocalizedText.of("Geen sollicitatie met id " + id,
                                "No application with id " + id)));
    }

    /**
     * Applications, oldest first, filtered by whatever is not null.
     *
     * @param organisationId only for the vacancies of this organisation
     * @param statuses       only in one of these; all when empty
     */
    public Page<Application> list(UUID organisationId, UUID vacancyId, UUID volunteerId,
            Set<ApplicationStatus> statuses, int limit, int offset) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        String[] columns = {"v.organisation_id", "a.vacancy_id", "a.volunteer_id"};
        UUID[] values = {organisationId, vacancyId, volunteerId};
        for (int i = 0; i < columns.length; i++) {
            if (values[i] != null) {
                where.append(" AND ").append(columns[i]).append(" = ?");
                parameters.add(values[i]);
            }
        }
        if (!statuses.isEmpty()) {
            where.append(" AND a.status IN (").append(String.join(", ", Collections.nCopies(statuses.size(), "?")))
                    .append(")");
            statuses.stream().map(Enum::name).sorted().forEach(parameters::add);
        }
        String from = " FROM external_application a JOIN external_vacancy v ON v.id = a.vacancy_id" + where;
        return Jdbc.read(dataSource, connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*)" + from, parameters);
            List<Object> paged = new ArrayList<>(parameters);
            paged.addAll(List.of(limit, offset));
            return new Page<>(select(connection, "SELECT " + COLUMNS + from + " ORDER BY a.created_at, a.id LIMIT ? "
                    + "OFFSET ?", paged), total, limit, offset);
        });
    }

    /**
     * Moves an application to its next status. {@code ACCEPTED} takes a place of the vacancy and creates the core
     * engagement (owned by this pillar, of the vacancy's kind); when the vacancy is full, nothing changes.
     *
     * @throws DomainException {@code CONFLICT} for a move the lifecycle does not allow or a full vacancy;
     *                         {@code STALE} when the application changed since {@code expectedVersion}
     */
    public Application change(UUID id, long expectedVersion, Application.StatusChange change, String by) {
        ApplicationStatus next = Fields.present("status", change.status());
        String note = Fields.optional("note", change.note(), 500);
        Application current = application(id);
        if (current.version() != expectedVersion) {
            throw stale(id, expectedVersion);
        }
        if (!current.status().mayBecome(next)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "invalid_transition", "status", LocalizedText.of(
                    "Van " + current.status() + " kan een sollicitatie niet naar " + next,
                    "An application cannot go from " + current.status() + " to " + next));
        }
        Instant now = clock.instant();
        // core's engagement joins this transaction: the place, the engagement and the status stand or fall together
        return Jdbc.inTransaction(dataSource, connection -> {
            UUID engagementId = null;
            if (next == ApplicationStatus.ACCEPTED) {
                Vacancy vacancy = VacancyStore.takePlace(connection, current.vacancyId(), now);
                engagementId = engagements.create(engagement(vacancy, current.volunteerId(), LocalDate.now(clock))).id();
            }
            try (PreparedStatement update = prepared(connection, "UPDATE external_application SET status = ?, "
                    + "engagement_id = ?, version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                    Arrays.asList(next.name(), engagementId, utc(now), id, expectedVersion))) {
                if (update.executeUpdate() == 0) {
                    throw stale(id, expectedVersion);
                }
            }
            recordChange(connection, id, expectedVersion + 1, next, by, now, note);
            return load(connection, id);
        });
    }

    /**
     * The engagement an accepted application becomes: from today or the first day of work, whichever is later; its
     * status follows from those dates in core.
     */
    static EngagementData engagement(Vacancy vacancy, UUID volunteerId, LocalDate today) {
        LocalDate first = vacancy.time().date() != null ? vacancy.time().date() : vacancy.time().startDate();
        LocalDate start = first.isBefore(today) ? today : first;
        LocalDate end = vacancy.time().date() != null ? vacancy.time().date() : vacancy.time().endDate();
        if (end != null && end.isBefore(start)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "vacancy_over", "status", LocalizedText.of(
                    "De laatste dag van deze vacature is voorbij", "The last day of this vacancy is over"));
        }
        return new EngagementData(volunteerId, vacancy.organisationId(), vacancy.title().nl(), vacancy.kind(), start,
                end, null, ExternalPillar.ID);
    }

    private static DomainException stale(UUID id, long expectedVersion) {
        return new DomainException(DomainException.Kind.STALE, "stale", null, LocalizedText.of(
                "De sollicitatie " + id + " werd gewijzigd na versie " + expectedVersion + "; lees ze opnieuw",
                "Application " + id + " changed after version " + expectedVersion + "; read it again"));
    }

    private static List<Application> select(Connection connection, String sql, List<?> parameters)
            throws SQLException {
        List<Application> bare = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, sql, parameters); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                bare.add(new Application(row.getObject(1, UUID.class), row.getLong(2), row.getObject(3, UUID.class),
                        row.getObject(4, UUID.class), ApplicationStatus.valueOf(row.getString(5)),
                        row.getObject(6, UUID.class), row.getObject(7, OffsetDateTime.class).toInstant(),
                        row.getObject(8, OffsetDateTime.class).toInstant(), List.of()));
            }
        }
        if (bare.isEmpty()) {
            return bare;
        }
        List<UUID> ids = bare.stream().map(Application::id).toList();
        Map<UUID, List<Application.Change>> history = new HashMap<>();
        try (PreparedStatement select = prepared(connection, "SELECT application_id, version, status, changed_by, "
                + "changed_at, note FROM external_application_change WHERE application_id IN (" + String.join(", ",
                        Collections.nCopies(ids.size(), "?")) + ") ORDER BY application_id, version", ids);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                history.computeIfAbsent(row.getObject(1, UUID.class), key -> new ArrayList<>()).add(
                        new Application.Change(row.getLong(2), ApplicationStatus.valueOf(row.getString(3)),
                                row.getString(4), row.getObject(5, OffsetDateTime.class).toInstant(),
                                row.getString(6)));
            }
        }
        return bare.stream().map(a -> new Application(a.id(), a.version(), a.vacancyId(), a.volunteerId(), a.status(),
                a.engagementId(), a.createdAt(), a.updatedAt(), List.copyOf(history.getOrDefault(a.id(), List.of()))))
                .toList();
    }

    @Override
    public String name() {
        return "external.applications";
    }

    /** The volunteer's applications with their history: alike for every requester. */
    @Override
    public Map<String, Object> export(UUID volunteerId, Caller requester) {
        List<Application> applications = Jdbc.read(dataSource, connection -> select(connection, "SELECT " + COLUMNS
                + " FROM external_application a WHERE a.volunteer_id = ? ORDER BY a.created_at, a.id", List.of(volunteerId)));
        return applications.isEmpty() ? Map.of() : Map.of("applications", applications);
    }

    /**
     * Removes the volunteer's applications and their history. A vacancy's filled count stays: it counts places,
     * not people, and the engagement itself is core's to erase.
     */
    @Override
    public void erase(UUID volunteerId) {
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement delete = prepared(connection, "DELETE FROM external_application WHERE volunteer_id = ?",
                    List.of(volunteerId))) {
                return delete.executeUpdate();
            }
        });
    }
}
