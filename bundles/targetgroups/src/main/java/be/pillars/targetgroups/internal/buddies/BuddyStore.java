package be.pillars.targetgroups.internal.buddies;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
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
import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;

/**
 * Persons helped, buddy pairs and their visits. Callers check first that the viewer coordinates the project:
 * this store answers whoever asks. The rows in SQL are {@link BuddyRows}' and the check of a person
 * {@link PersonCheck}'s; this component decides what is written, in which transaction.
 */
@Component(service = BuddyStore.class)
public class BuddyStore {

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
        PersonHelped person = PersonCheck.valid(new PersonHelped(TimeOrderedIds.next(), projectId, input.alias(),
                input.district(), input.languages(), input.interests(), input.availability(), input.needs(),
                input.contactRoute(), createdBy, clock.instant()));
        Jdbc.inTransaction(dataSource, connection -> {
            BuddyRows.insertPerson(connection, person);
            return null;
        });
        return person;
    }

    /** The project's persons helped, by alias. */
    public List<PersonHelped> persons(UUID projectId) {
        return Jdbc.read(dataSource, connection -> BuddyRows.persons(connection,
                "WHERE project_id = ? ORDER BY alias, id", projectId));
    }

    public PersonHelped person(UUID projectId, UUID personId) {
        return Jdbc.read(dataSource, connection -> BuddyRows.persons(connection, "WHERE id = ?", personId)).stream()
                .filter(person -> person.projectId().equals(projectId)).findFirst()
                .orElseThrow(BuddyStore::unknownPerson);
    }

    /**
     * Erases a person helped: their record goes; their pairs stay as anonymous history (ended today if running,
     * without the person and without visit notes), so that the project's figures still count.
     */
    public void erasePerson(UUID projectId, UUID personId) {
        person(projectId, personId);
        LocalDate today = LocalDate.now(clock);
        Jdbc.inTransaction(dataSource, connection -> {
            BuddyRows.erasePerson(connection, personId, today);
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
        Jdbc.read(dataSource, connection -> BuddyRows.persons(connection, "WHERE id = ?", personId)).stream()
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
            BuddyRows.lockPerson(connection, personId);
            if (BuddyRows.runningPair(connection, personId)) {
                throw new DomainException(DomainException.Kind.CONFLICT, "already_paired", "personId",
                        LocalizedText.of("Deze persoon heeft al een lopend buddypaar",
                                "This person already has a running buddy pair"));
            }
            BuddyRows.insertPair(connection, id, projectId, personId, volunteerId, start, createdBy, clock.instant());
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
        List<UUID> ids = Jdbc.read(dataSource, connection -> BuddyRows.engagementIds(connection, projectId,
                volunteerId));
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
            if (!BuddyRows.endPair(connection, pairId, date, reason)) {
                throw new DomainException(DomainException.Kind.CONFLICT, "pair_ended", "pairId",
                        LocalizedText.of("Dit paar is al beëindigd", "This pair has already ended"));
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

    /** The pairs of {@code where}, flagged when running without a visit for {@code gapWeeks} weeks. */
    private List<Pair> pairs(Connection connection, String where, List<?> parameters, int gapWeeks)
            throws SQLException {
        return BuddyRows.pairs(connection, where, parameters, LocalDate.now(clock).minusWeeks(gapWeeks));
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
            BuddyRows.insertVisit(connection, visit);
            return null;
        });
        return visit;
    }

    /** The pair's visits, newest first. */
    public List<Visit> visits(UUID projectId, UUID pairId, int gapWeeks) {
        pairOf(projectId, pairId, gapWeeks);
        return Jdbc.read(dataSource, connection -> BuddyRows.visits(connection, pairId));
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
                history.add(new PairHistory(pair, BuddyRows.visits(connection, pair.id())));
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
            BuddyRows.forgetVolunteer(connection, volunteerId, today);
            return null;
        });
    }

    /** The volunteers in a running pair with this person. */
    Set<UUID> currentBuddies(UUID personId) {
        return Jdbc.read(dataSource, connection -> BuddyRows.currentBuddies(connection, personId));
    }

    private static DomainException unknownPerson() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "unknown_person", "personId",
                LocalizedText.of("Geen persoon met dit id in dit project", "No person with this id in this project"));
    }
}
