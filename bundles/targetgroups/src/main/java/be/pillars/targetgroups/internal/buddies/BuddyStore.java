package be.pillars.targetgroups.internal.buddies;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.validation.Fields;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.api.volunteer.WeeklySlot;
import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;

/**
 * Persons helped, buddy pairs and their visits. Callers check first that the viewer coordinates the project:
 * this store answers whoever asks.
 */
@Component(service = BuddyStore.class)
public class BuddyStore {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final int MAX_TAGS = 20;

    private static final String SELECT_PAIR = "SELECT b.id, b.project_id, b.person_id, p.alias, b.volunteer_id, "
            + "b.started_on, b.ended_on, b.end_reason, (SELECT COUNT(*) FROM targetgroups_visit v WHERE v.pair_id = b.id), "
            + "(SELECT MAX(v.visit_date) FROM targetgroups_visit v WHERE v.pair_id = b.id) FROM targetgroups_pair b "
            + "LEFT JOIN targetgroups_person p ON p.id = b.person_id ";

    private final DataSource dataSource;
    private final VolunteerService volunteers;
    private final EngagementService engagements;
    private final Clock clock;

    @Activate
    public BuddyStore(@Reference(target = TargetGroupsSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource, @Reference VolunteerService volunteers,
            @Reference EngagementService engagements) {
        this(dataSource, volunteers, engagements, Clock.systemDefaultZone());
    }

    BuddyStore(DataSource dataSource, VolunteerService volunteers, EngagementService engagements, Clock clock) {
        this.dataSource = dataSource;
        this.volunteers = volunteers;
        this.engagements = engagements;
        this.clock = clock;
    }

    // ---- persons helped

    public PersonHelped addPerson(UUID projectId, PersonHelped.Input input, String createdBy) {
        PersonHelped person = valid(new PersonHelped(TimeOrderedIds.next(), projectId, input.alias(), input.district(),
                input.languages(), input.interests(), input.availability(), input.needs(), input.contactRoute(),
                createdBy, clock.instant()));
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement insert = prepared(connection, "INSERT INTO targetgroups_person (id, project_id, alias, "
                    + "district, needs, contact_route, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Arrays.asList(person.id(), projectId, person.alias(), person.district(), person.needs(),
                            person.contactRoute(), createdBy, utc(person.createdAt())))) {
                insert.executeUpdate();
            }
            try (PreparedStatement tags = connection.prepareStatement(
                    "INSERT INTO targetgroups_person_tag (person_id, kind, tag) VALUES (?, ?, ?)")) {
                for (String language : person.languages()) {
                    Jdbc.bind(tags, List.of(person.id(), "LANGUAGE", language));
                    tags.addBatch();
                }
                for (String interest : person.interests()) {
                    Jdbc.bind(tags, List.of(person.id(), "INTEREST", interest));
                    tags.addBatch();
                }
                tags.executeBatch();
            }
            try (PreparedStatement slots = connection.prepareStatement(
                    "INSERT INTO targetgroups_person_slot (person_id, weekday, time_from, time_to) VALUES (?, ?, ?, ?)")) {
                for (WeeklySlot slot : person.availability()) {
                    Jdbc.bind(slots, List.of(person.id(), slot.day().name(), slot.from(), slot.to()));
                    slots.addBatch();
                }
                slots.executeBatch();
            }
            return null;
        });
        return person;
    }

    private static PersonHelped valid(PersonHelped person) {
        Set<String> languages = new TreeSet<>();
        List<String> given = person.languages() == null ? List.of() : List.copyOf(person.languages());
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).strip().toLowerCase(Locale.ROOT);
            if (code.length() != 2 || !LANGUAGES.contains(code)) {
                throw Fields.invalid("invalid_language", "languages[" + i + "]", "Geen ISO 639-1-taalcode zoals nl",
                        "Not an ISO 639-1 language code such as nl");
            }
            languages.add(code);
        }
        Set<String> interests = new TreeSet<>();
        List<String> words = person.interests() == null ? List.of() : List.copyOf(person.interests());
        if (words.size() > MAX_TAGS) {
            throw Fields.invalid("too_many", "interests", "Hoogstens " + MAX_TAGS + " interesses",
                    "At most " + MAX_TAGS + " interests");
        }
        for (int i = 0; i < words.size(); i++) {
            interests.add(Fields.required("interests[" + i + "]", words.get(i), 60).toLowerCase(Locale.ROOT));
        }
        List<WeeklySlot> slots = person.availability() == null ? new ArrayList<>()
                : new ArrayList<>(person.availability());
        for (int i = 0; i < slots.size(); i++) {
            String field = "availability[" + i + "]";
            WeeklySlot slot = Fields.present(field, slots.get(i));
            DayOfWeek day = Fields.present(field + ".day", slot.day());
            LocalTime from = Fields.present(field + ".from", slot.from());
            LocalTime to = Fields.present(field + ".to", slot.to());
            if (!from.isBefore(to)) {
                throw Fields.invalid("invalid_slot", field + ".to", "Het einde moet na het begin liggen",
                        "The end must be after the start");
            }
            slots.set(i, new WeeklySlot(day, from, to));
        }
        return new PersonHelped(person.id(), person.projectId(), Fields.required("alias", person.alias(), 60),
                Fields.optional("district", person.district(), 100), languages, interests, slots,
                Fields.optional("needs", person.needs(), 1000),
                Fields.required("contactRoute", person.contactRoute(), 200), person.createdBy(), person.createdAt());
    }

    /** The project's persons helped, by alias. */
    public List<PersonHelped> persons(UUID projectId) {
        return Jdbc.read(dataSource, connection -> persons(connection, "WHERE project_id = ? ORDER BY alias, id",
                projectId));
    }

    public PersonHelped person(UUID projectId, UUID personId) {
        return Jdbc.read(dataSource, connection -> persons(connection, "WHERE id = ?", personId)).stream()
                .filter(person -> person.projectId().equals(projectId)).findFirst()
                .orElseThrow(BuddyStore::unknownPerson);
    }

    private static List<PersonHelped> persons(Connection connection, String where, UUID parameter)
            throws SQLException {
        List<PersonHelped> persons = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT id, project_id, alias, district, needs, "
                + "contact_route, created_by, created_at FROM targetgroups_person " + where, List.of(parameter));
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                UUID id = row.getObject(1, UUID.class);
                persons.add(new PersonHelped(id, row.getObject(2, UUID.class), row.getString(3), row.getString(4),
                        tags(connection, id, "LANGUAGE"), tags(connection, id, "INTEREST"), slots(connection, id),
                        row.getString(5), row.getString(6), row.getString(7),
                        row.getObject(8, OffsetDateTime.class).toInstant()));
            }
        }
        return persons;
    }

    private static Set<String> tags(Connection connection, UUID person, String kind) throws SQLException {
        Set<String> tags = new TreeSet<>();
        try (PreparedStatement select = prepared(connection, "SELECT tag FROM targetgroups_person_tag WHERE person_id = ? "
                + "AND kind = ?", List.of(person, kind)); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                tags.add(row.getString(1));
            }
        }
        return tags;
    }

    private static List<WeeklySlot> slots(Connection connection, UUID person) throws SQLException {
        List<WeeklySlot> slots = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT weekday, time_from, time_to FROM targetgroups_person_slot "
                + "WHERE person_id = ?", List.of(person)); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                slots.add(new WeeklySlot(DayOfWeek.valueOf(row.getString(1)), row.getObject(2, LocalTime.class),
                        row.getObject(3, LocalTime.class)));
            }
        }
        slots.sort((a, b) -> a.day() != b.day() ? a.day().compareTo(b.day()) : a.from().compareTo(b.from()));
        return slots;
    }

    /**
     * Erases a person helped: their record goes; their pairs stay as anonymous history (ended today if running,
     * without the person and without visit notes), so that the project's figures still count.
     */
    public void erasePerson(UUID projectId, UUID personId) {
        person(projectId, personId);
        LocalDate today = LocalDate.now(clock);
        Jdbc.inTransaction(dataSource, connection -> {
            execute(connection, "UPDATE targetgroups_visit SET note = NULL WHERE pair_id IN (SELECT id FROM targetgroups_pair "
                    + "WHERE person_id = ?)", List.of(personId));
            execute(connection, "UPDATE targetgroups_pair SET ended_on = ?, end_reason = 'erased' WHERE person_id = ? "
                    + "AND ended_on IS NULL", List.of(today, personId));
            execute(connection, "UPDATE targetgroups_pair SET person_id = NULL WHERE person_id = ?", List.of(personId));
            execute(connection, "DELETE FROM targetgroups_person_tag WHERE person_id = ?", List.of(personId));
            execute(connection, "DELETE FROM targetgroups_person_slot WHERE person_id = ?", List.of(personId));
            execute(connection, "DELETE FROM targetgroups_person WHERE id = ?", List.of(personId));
            return null;
        });
    }

    // ---- pairs

    /**
     * Pairs a volunteer with a person helped of the project, from the start date on.
     *
     * @throws DomainException {@code CONFLICT} when the person already has a running pair
     */
    public Pair pair(UUID projectId, Pair.Input input, String createdBy, int gapWeeks) {
        UUID personId = Fields.present("personId", input.personId());
        UUID volunteerId = Fields.present("volunteerId", input.volunteerId());
        LocalDate start = Fields.present("startDate", input.startDate());
        Jdbc.read(dataSource, connection -> persons(connection, "WHERE id = ?", personId)).stream()
                .filter(person -> person.projectId().equals(projectId)).findFirst()
                .orElseThrow(() -> Fields.invalid("unknown_person", "personId", "Geen persoon met dit id in dit project",
                        "No person with this id in this project"));
        volunteers.find(volunteerId).filter(volunteer -> volunteer.data().status() != VolunteerStatus.INACTIVE)
                .orElseThrow(() -> Fields.invalid("unknown_volunteer", "volunteerId",
                        "Geen actieve vrijwilliger met dit id", "No active volunteer with this id"));
        if (!engagedIn(projectId, volunteerId, start)) {
            throw Fields.invalid("not_engaged_in_project", "volunteerId", "Deze vrijwilliger is op de startdatum "
                    + "niet in dit project ingezet; zet hem of haar eerst in (POST /projects/{id}/volunteers)",
                    "This volunteer is not engaged in this project on the start date; engage them first "
                            + "(POST /projects/{id}/volunteers)");
        }
        UUID id = TimeOrderedIds.next();
        Jdbc.inTransaction(dataSource, connection -> {
            // the person's row serialises pairings of the same person on every node
            execute(connection, "UPDATE targetgroups_person SET alias = alias WHERE id = ?", List.of(personId));
            if (Jdbc.count(connection, "SELECT COUNT(*) FROM targetgroups_pair WHERE person_id = ? AND ended_on IS NULL",
                    List.of(personId)) > 0) {
                throw new DomainException(DomainException.Kind.CONFLICT, "already_paired", "personId",
                        LocalizedText.of("Deze persoon heeft al een lopend buddypaar",
                                "This person already has a running buddy pair"));
            }
            execute(connection, "INSERT INTO targetgroups_pair (id, project_id, person_id, volunteer_id, started_on, "
                    + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", List.of(id, projectId, personId,
                            volunteerId, start, createdBy, utc(clock.instant())));
            return null;
        });
        return pairOf(projectId, id, gapWeeks);
    }

    /**
     * Whether the volunteer is engaged in the project on that day, as projects hold their volunteers: one of the
     * project's core engagements (in {@code targetgroups_project_engagement}) is planned or active and its period holds the
     * day.
     */
    private boolean engagedIn(UUID projectId, UUID volunteerId, LocalDate day) {
        List<UUID> ids = Jdbc.read(dataSource, connection -> {
            List<UUID> found = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT engagement_id FROM targetgroups_project_engagement "
                    + "WHERE project_id = ? AND volunteer_id = ?", List.of(projectId, volunteerId));
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(row.getObject(1, UUID.class));
                }
            }
            return found;
        });
        return ids.stream().map(engagements::find).flatMap(Optional::stream)
                .map(Engagement::data)
                .anyMatch(data -> engagedOn(data, day));
    }

    private static boolean engagedOn(EngagementData data, LocalDate day) {
        return (data.status() == EngagementStatus.PLANNED || data.status() == EngagementStatus.ACTIVE)
                && !data.startDate().isAfter(day) && (data.endDate() == null || !data.endDate().isBefore(day));
    }

    /** Ends a running pair; its visits stay. */
    public Pair end(UUID projectId, UUID pairId, Pair.End end, int gapWeeks) {
        Pair pair = pairOf(projectId, pairId, gapWeeks);
        LocalDate date = Fields.present("endDate", end.endDate());
        if (date.isBefore(pair.startedOn())) {
            throw Fields.invalid("end_before_start", "endDate", "Het einde valt voor het begin",
                    "The end is before the start");
        }
        String reason = Fields.optional("reason", end.reason(), 500);
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement update = prepared(connection, "UPDATE targetgroups_pair SET ended_on = ?, end_reason = ? "
                    + "WHERE id = ? AND ended_on IS NULL", Arrays.asList(date, reason, pairId))) {
                if (update.executeUpdate() == 0) {
                    throw new DomainException(DomainException.Kind.CONFLICT, "pair_ended", "pairId",
                            LocalizedText.of("Dit paar is al beëindigd", "This pair has already ended"));
                }
            }
            return null;
        });
        return pairOf(projectId, pairId, gapWeeks);
    }

    /** The project's pairs, running ones first, then by start. */
    public List<Pair> pairs(UUID projectId, int gapWeeks) {
        return Jdbc.read(dataSource, connection -> pairs(connection, "WHERE b.project_id = ? ORDER BY "
                + "CASE WHEN b.ended_on IS NULL THEN 0 ELSE 1 END, b.started_on, b.id", List.of(projectId), gapWeeks));
    }

    /**
     * The running pairs that went {@code gapWeeks} weeks without a visit, longest first: of the projects of one
     * coordinator, or of all projects when {@code coordinator} is null.
     */
    public List<Pair> needingAttention(String coordinator, int gapWeeks) {
        String where = "JOIN targetgroups_project j ON j.id = b.project_id WHERE b.ended_on IS NULL"
                + (coordinator == null ? "" : " AND j.coordinator = ?");
        List<Pair> running = Jdbc.read(dataSource, connection -> pairs(connection, where,
                coordinator == null ? List.of() : List.of(coordinator), gapWeeks));
        return running.stream().filter(Pair::needsAttention)
                .sorted((a, b) -> lastContact(a).compareTo(lastContact(b)) != 0
                        ? lastContact(a).compareTo(lastContact(b)) : a.id().compareTo(b.id()))
                .toList();
    }

    private static LocalDate lastContact(Pair pair) {
        return pair.lastVisit() == null ? pair.startedOn() : pair.lastVisit();
    }

    public Pair pairOf(UUID projectId, UUID pairId, int gapWeeks) {
        return Jdbc.read(dataSource, connection -> pairs(connection, "WHERE b.id = ?", List.of(pairId), gapWeeks))
                .stream().filter(pair -> pair.projectId().equals(projectId)).findFirst()
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "unknown_pair", "pairId",
                        LocalizedText.of("Geen buddypaar met dit id in dit project",
                                "No buddy pair with this id in this project")));
    }

    private List<Pair> pairs(Connection connection, String where, List<?> parameters, int gapWeeks)
            throws SQLException {
        LocalDate flagBefore = LocalDate.now(clock).minusWeeks(gapWeeks);
        List<Pair> pairs = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, SELECT_PAIR + where, parameters);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                LocalDate started = row.getObject(6, LocalDate.class);
                LocalDate ended = row.getObject(7, LocalDate.class);
                LocalDate lastVisit = row.getObject(10, LocalDate.class);
                LocalDate lastContact = lastVisit == null ? started : lastVisit;
                pairs.add(new Pair(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class), row.getString(4), row.getObject(5, UUID.class), started, ended,
                        row.getString(8), row.getInt(9), lastVisit, ended == null && !lastContact.isAfter(flagBefore)));
            }
        }
        return pairs;
    }

    // ---- visits

    /** Logs a visit of a pair, on a day within the pair's period that has come. */
    public Visit visit(UUID projectId, UUID pairId, Visit.Input input, String recordedBy, int gapWeeks) {
        Pair pair = pairOf(projectId, pairId, gapWeeks);
        LocalDate date = Fields.present("date", input.date());
        if (date.isAfter(LocalDate.now(clock))) {
            throw Fields.invalid("invalid_date", "date", "Een bezoek wordt na afloop gelogd, niet vooraf",
                    "A visit is logged after it took place, not ahead of it");
        }
        if (date.isBefore(pair.startedOn()) || pair.endedOn() != null && date.isAfter(pair.endedOn())) {
            throw Fields.invalid("outside_pair", "date", "Deze dag valt buiten de periode van het paar",
                    "This day is outside the pair's period");
        }
        int minutes = Fields.present("minutes", input.minutes());
        if (minutes < 1 || minutes > 24 * 60) {
            throw Fields.invalid("invalid_duration", "minutes", "Van 1 tot 1440 minuten", "From 1 to 1440 minutes");
        }
        Visit visit = new Visit(TimeOrderedIds.next(), pairId, date, minutes, Fields.optional("note", input.note(), 500),
                recordedBy, clock.instant());
        Jdbc.inTransaction(dataSource, connection -> {
            execute(connection, "INSERT INTO targetgroups_visit (id, pair_id, visit_date, minutes, note, recorded_by, "
                    + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Arrays.asList(visit.id(), pairId, date, minutes,
                            visit.note(), recordedBy, utc(visit.recordedAt())));
            return null;
        });
        return visit;
    }

    /** The pair's visits, newest first. */
    public List<Visit> visits(UUID projectId, UUID pairId, int gapWeeks) {
        pairOf(projectId, pairId, gapWeeks);
        return Jdbc.read(dataSource, connection -> visits(connection, pairId));
    }

    private static List<Visit> visits(Connection connection, UUID pairId) throws SQLException {
        List<Visit> visits = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT id, visit_date, minutes, note, recorded_by, "
                + "recorded_at FROM targetgroups_visit WHERE pair_id = ? ORDER BY visit_date DESC, recorded_at DESC",
                List.of(pairId)); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                visits.add(new Visit(row.getObject(1, UUID.class), pairId, row.getObject(2, LocalDate.class),
                        row.getInt(3), row.getString(4), row.getString(5),
                        row.getObject(6, OffsetDateTime.class).toInstant()));
            }
        }
        return visits;
    }

    // ---- GDPR

    /** A pair with its visits, as a GDPR export shows it. */
    public record PairHistory(Pair pair, List<Visit> visits) {
    }

    /** Everything about one person helped: their record, and their pairs with every visit. */
    public List<PairHistory> historyOfPerson(UUID personId, int gapWeeks) {
        return history("WHERE b.person_id = ? ORDER BY b.started_on, b.id", personId, gapWeeks);
    }

    /** The pairs in which a volunteer was the buddy, with every visit. */
    public List<PairHistory> historyOfVolunteer(UUID volunteerId, int gapWeeks) {
        return history("WHERE b.volunteer_id = ? ORDER BY b.started_on, b.id", volunteerId, gapWeeks);
    }

    private List<PairHistory> history(String where, UUID parameter, int gapWeeks) {
        return Jdbc.read(dataSource, connection -> {
            List<PairHistory> history = new ArrayList<>();
            for (Pair pair : pairs(connection, where, List.of(parameter), gapWeeks)) {
                history.add(new PairHistory(pair, visits(connection, pair.id())));
            }
            return history;
        });
    }

    /**
     * A volunteer's erasure: the pairs in which they were buddy stay as anonymous history, without the volunteer
     * (running ones end today).
     */
    public void forgetVolunteer(UUID volunteerId) {
        LocalDate today = LocalDate.now(clock);
        Jdbc.inTransaction(dataSource, connection -> {
            execute(connection, "UPDATE targetgroups_pair SET ended_on = ?, end_reason = 'erased' WHERE volunteer_id = ? "
                    + "AND ended_on IS NULL", List.of(today, volunteerId));
            execute(connection, "UPDATE targetgroups_pair SET volunteer_id = NULL WHERE volunteer_id = ?", List.of(volunteerId));
            return null;
        });
    }

    /** The volunteers in a running pair with this person. */
    Set<UUID> currentBuddies(UUID personId) {
        return Jdbc.read(dataSource, connection -> {
            Set<UUID> buddies = new TreeSet<>();
            try (PreparedStatement select = prepared(connection, "SELECT volunteer_id FROM targetgroups_pair WHERE person_id = ? "
                    + "AND ended_on IS NULL AND volunteer_id IS NOT NULL", List.of(personId));
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    buddies.add(row.getObject(1, UUID.class));
                }
            }
            return buddies;
        });
    }

    private static void execute(Connection connection, String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }

    private static DomainException unknownPerson() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "unknown_person", "personId",
                LocalizedText.of("Geen persoon met dit id in dit project", "No person with this id in this project"));
    }
}
