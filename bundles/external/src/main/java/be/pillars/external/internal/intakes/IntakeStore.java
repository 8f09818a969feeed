package be.pillars.external.internal.intakes;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashSet;
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
import be.pillars.api.http.Caller;
import be.pillars.api.privacy.PersonalDataProvider;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.validation.Fields;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.external.internal.applications.ApplicationStore;
import be.pillars.external.internal.storage.ExternalSchemaMigration;
import be.pillars.external.internal.vacancies.VacancyStore;

/** Intake conversations: a coach plans one, then records the outcome, notes and referrals to vacancies. */
@Component(service = {IntakeStore.class, PersonalDataProvider.class})
public class IntakeStore implements PersonalDataProvider {

    static final int MAX_REFERRALS = 20;
    /** The note on a proposal that came from an intake, in the history of the application. */
    static final String REFERRAL_NOTE = "Doorverwezen na intakegesprek / Referred after an intake conversation";
    private static final String COLUMNS = "id, version, volunteer_id, coach, planned_at, outcome, notes, created_at, "
            + "updated_at";

    private final DataSource dataSource;
    private final VolunteerService volunteers;
    private final VacancyStore vacancies;
    /** How the planned time of an intake is named in a refusal: the municipality's time. */
    private static final DateTimeFormatter PLANNED = DateTimeFormatter.ofPattern("dd/MM/yyyy HH:mm")
            .withZone(ZoneId.of("Europe/Brussels"));

    private final Clock clock;

    @Activate
    public IntakeStore(@Reference(target = ExternalSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource, @Reference VolunteerService volunteers,
            @Reference VacancyStore vacancies) {
        this(dataSource, volunteers, vacancies, Clock.systemDefaultZone());
    }

    IntakeStore(DataSource dataSource, VolunteerService volunteers, VacancyStore vacancies, Clock clock) {
        this.dataSource = dataSource;
        this.volunteers = volunteers;
        this.vacancies = vacancies;
        this.clock = clock;
    }

    public Intake plan(Intake.Plan plan, String coach) {
        UUID volunteerId = Fields.present("volunteerId", plan.volunteerId());
        Instant plannedAt = Fields.present("plannedAt", plan.plannedAt());
        if (volunteers.find(volunteerId).isEmpty()) {
            throw Fields.invalid("unknown_volunteer", "volunteerId", "Geen vrijwilliger met dit id",
                    "No volunteer with this id");
        }
        UUID id = TimeOrderedIds.next();
        Instant now = clock.instant();
        return Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement insert = prepared(connection, "INSERT INTO external_intake (id, version, volunteer_id, "
                    + "coach, planned_at, created_at, updated_at) VALUES (?, 1, ?, ?, ?, ?, ?)", List.of(id,
                            volunteerId, coach, utc(plannedAt), utc(now), utc(now)))) {
                insert.executeUpdate();
            }
            return load(connection, id);
        });
    }

    /**
     * Records (or corrects) the outcome, notes and referrals, replacing earlier ones. Each referral to an open
     * vacancy also proposes the volunteer for it (an application {@code PROPOSED} by the intake's coach), unless the
     * volunteer is already on it; a correction that drops a referral leaves its proposal to be withdrawn as usual.
     *
     * @throws DomainException {@code STALE} when the intake changed since {@code expectedVersion}; {@code CONFLICT}
     *                         {@code intake_not_held_yet} (field {@code outcome}) before the intake's planned time
     */
    public Intake record(UUID id, long expectedVersion, Intake.Result result) {
        Intake.Outcome outcome = Fields.present("outcome", result.outcome());
        String notes = Fields.optional("notes", result.notes(), 4000);
        List<UUID> referrals = result.referredTo() == null ? List.of() : result.referredTo();
        if (referrals.size() > MAX_REFERRALS) {
            throw Fields.invalid("too_many", "referredTo", "Hoogstens " + MAX_REFERRALS + " vacatures",
                    "At most " + MAX_REFERRALS + " vacancies");
        }
        Set<UUID> referred = new LinkedHashSet<>();
        for (int i = 0; i < referrals.size(); i++) {
            String field = "referredTo[" + i + "]";
            UUID vacancy = Fields.present(field, referrals.get(i));
            if (vacancies.find(vacancy).isEmpty()) {
                throw Fields.invalid("unknown_vacancy", field, "Geen vacature met dit id", "No vacancy with this id");
            }
            referred.add(vacancy);
        }
        Instant now = clock.instant();
        return Jdbc.inTransaction(dataSource, connection -> {
            Instant plannedAt = load(connection, id).plannedAt();
            if (plannedAt.isAfter(now)) {
                String when = PLANNED.format(plannedAt);
                throw new DomainException(DomainException.Kind.CONFLICT, "intake_not_held_yet", "outcome",
                        LocalizedText.of("Het intakegesprek is gepland op " + when
                                        + "; noteer het resultaat nadat het plaatsvond",
                                "The intake is planned for " + when + "; record its result once it took place"));
            }
            try (PreparedStatement update = prepared(connection, "UPDATE external_intake SET outcome = ?, notes = ?, "
                    + "updated_at = ?, version = version + 1 WHERE id = ? AND version = ?", Arrays.asList(
                            outcome.name(), notes, utc(now), id, expectedVersion))) {
                if (update.executeUpdate() == 0) {
                    load(connection, id);
                    throw new DomainException(DomainException.Kind.STALE, "stale", null, LocalizedText.of(
                            "Het intakegesprek werd gewijzigd na versie " + expectedVersion + "; lees het opnieuw",
                            "The intake changed after version " + expectedVersion + "; read it again"));
                }
            }
            try (PreparedStatement delete = prepared(connection, "DELETE FROM external_intake_referral WHERE intake_id = ?",
                    List.of(id))) {
                delete.executeUpdate();
            }
            try (PreparedStatement insert = connection.prepareStatement(
                    "INSERT INTO external_intake_referral (intake_id, vacancy_id) VALUES (?, ?)")) {
                for (UUID vacancy : referred) {
                    Jdbc.bind(insert, List.of(id, vacancy));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            Intake recorded = load(connection, id);
            for (UUID vacancy : referred) {
                ApplicationStore.proposeWithin(connection, vacancy, recorded.volunteerId(), recorded.coach(),
                        clock.instant(), REFERRAL_NOTE);
            }
            return recorded;
        });
    }

    /** @throws DomainException {@code NOT_FOUND} when there is no such intake */
    public Intake intake(UUID id) {
        return Jdbc.read(dataSource, connection -> load(connection, id));
    }

    /** Intakes of one volunteer and/or one coach (all when null), soonest planned first. */
    public Page<Intake> list(UUID volunteerId, String coach, int limit, int offset) {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (volunteerId != null) {
            where.append(" AND volunteer_id = ?");
            parameters.add(volunteerId);
        }
        if (coach != null) {
            where.append(" AND coach = ?");
            parameters.add(coach);
        }
        return Jdbc.read(dataSource, connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM external_intake" + where, parameters);
            List<Object> paged = new ArrayList<>(parameters);
            paged.addAll(List.of(limit, offset));
            return new Page<>(select(connection, where + " ORDER BY planned_at, id LIMIT ? OFFSET ?", paged), total,
                    limit, offset);
        });
    }

    private static Intake load(Connection connection, UUID id) throws SQLException {
        return select(connection, " WHERE id = ?", List.of(id)).stream().findFirst().orElseThrow(
                () -> new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                        "Geen intakegesprek met id " + id, "No intake with id " + id)));
    }

    private static List<Intake> select(Connection connection, String rest, List<?> parameters) throws SQLException {
        List<Intake> bare = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT " + COLUMNS + " FROM external_intake" + rest,
                parameters); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String outcome = row.getString(6);
                bare.add(new Intake(row.getObject(1, UUID.class), row.getLong(2), row.getObject(3, UUID.class),
                        row.getString(4), row.getObject(5, OffsetDateTime.class).toInstant(),
                        outcome == null ? null : Intake.Outcome.valueOf(outcome), row.getString(7), List.of(),
                        row.getObject(8, OffsetDateTime.class).toInstant(),
                        row.getObject(9, OffsetDateTime.class).toInstant()));
            }
        }
        if (bare.isEmpty()) {
            return bare;
        }
        List<UUID> ids = bare.stream().map(Intake::id).toList();
        Map<UUID, List<UUID>> referrals = new HashMap<>();
        try (PreparedStatement select = prepared(connection, "SELECT intake_id, vacancy_id FROM external_intake_referral "
                + "WHERE intake_id IN (" + String.join(", ", Collections.nCopies(ids.size(), "?")) + ") ORDER BY "
                + "intake_id, vacancy_id", ids); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                referrals.computeIfAbsent(row.getObject(1, UUID.class), key -> new ArrayList<>())
                        .add(row.getObject(2, UUID.class));
            }
        }
        return bare.stream().map(i -> new Intake(i.id(), i.version(), i.volunteerId(), i.coach(), i.plannedAt(),
                i.outcome(), i.notes(), List.copyOf(referrals.getOrDefault(i.id(), List.of())), i.createdAt(),
                i.updatedAt())).toList();
    }


    @Override
    public String name() {
        return "external.intakes";
    }

    /**
     * The volunteer's intakes, with the coach's notes: the volunteer has the right to see them, and every
     * coordinator reads them on the intake routes, so they go to every requester.
     */
    @Override
    public Map<String, Object> export(UUID volunteerId, Caller requester) {
        List<Intake> intakes = Jdbc.read(dataSource, connection -> select(connection,
                " WHERE volunteer_id = ? ORDER BY planned_at, id", List.of(volunteerId)));
        return intakes.isEmpty() ? Map.of() : Map.of("intakes", intakes);
    }

    /** Removes the volunteer's intakes, notes and referrals: nothing of them has to be kept. */
    @Override
    public void erase(UUID volunteerId) {
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement delete = prepared(connection, "DELETE FROM external_intake WHERE volunteer_id = ?",
                    List.of(volunteerId))) {
                return delete.executeUpdate();
            }
        });
    }
}
