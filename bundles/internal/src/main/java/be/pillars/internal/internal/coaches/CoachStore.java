package be.pillars.internal.internal.coaches;

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
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.Caller;
import be.pillars.api.http.Role;
import be.pillars.api.privacy.PersonalDataProvider;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.validation.Fields;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.internal.internal.storage.InternalSchemaMigration;

/**
 * Volunteer coaches, their caseload and their check-ins. A coach is a staff login (role coordinator) that
 * enrolled itself, so only logins the realm really holds become coaches. Check-in notes are confidential: only
 * the coach who wrote them and admins read them; other coordinators see that, when and by whom a check-in
 * took place.
 */
@Component(service = {CoachStore.class, PersonalDataProvider.class})
public class CoachStore implements PersonalDataProvider {

    private final DataSource dataSource;
    private final VolunteerService volunteers;
    private final Clock clock;

    @Activate
    public CoachStore(@Reference(target = InternalSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource, @Reference VolunteerService volunteers) {
        this(dataSource, volunteers, Clock.systemDefaultZone());
    }

    CoachStore(DataSource dataSource, VolunteerService volunteers, Clock clock) {
        this.dataSource = dataSource;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /** Who reads check-ins: their notes show only to their author and to admins. */
    public record Reader(String username, boolean admin) {

        public static Reader of(Caller caller) {
            return new Reader(caller.name(), caller.roles().contains(Role.ADMIN.realmName()));
        }

        boolean mayRead(String author) {
            return admin || author.equals(username);
        }

        /** The check-in as this reader sees it: without the notes unless they may read them. */
        CheckIn shown(CheckIn checkIn) {
            return mayRead(checkIn.coach()) ? checkIn : new CheckIn(checkIn.id(), checkIn.volunteerId(),
                    checkIn.coach(), checkIn.date(), null, checkIn.recordedAt());
        }
    }

    /** Enrols a login as coach; enrolling again changes nothing. */
    public Coach enrol(String username) {
        String coach = Fields.required("coach", username, 100);
        Instant now = clock.instant();
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_coach (username, enrolled_at) "
                    + "SELECT ?, ? WHERE NOT EXISTS (SELECT 1 FROM internal_coach WHERE username = ?)",
                    List.of(coach, utc(now), coach))) {
                return insert.executeUpdate();
            }
        });
        return coaches().stream().filter(found -> found.username().equals(coach)).findFirst().orElseThrow();
    }

    /** Every coach with the size of their caseload, by login. */
    public List<Coach> coaches() {
        return Jdbc.read(dataSource, connection -> {
            List<Coach> coaches = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT c.username, c.enrolled_at, "
                    + "(SELECT COUNT(*) FROM internal_coach_assignment a WHERE a.coach = c.username) FROM internal_coach c "
                    + "ORDER BY c.username"); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    coaches.add(new Coach(row.getString(1), row.getObject(2, OffsetDateTime.class).toInstant(),
                            row.getInt(3)));
                }
            }
            return coaches;
        });
    }

    /** Adds a volunteer to an enrolled coach's caseload; assigning again changes nothing. */
    public CaseloadEntry assign(String coach, UUID volunteerId, String assignedBy) {
        requireCoach(coach);
        Volunteer volunteer = volunteers.find(volunteerId).orElseThrow(() -> Fields.invalid("unknown_id",
                "volunteerId", "Geen vrijwilliger met dit id", "No volunteer with this id"));
        Instant now = clock.instant();
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_coach_assignment (volunteer_id, "
                    + "coach, assigned_by, assigned_at) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM "
                    + "internal_coach_assignment WHERE volunteer_id = ? AND coach = ?)",
                    List.of(volunteerId, coach, assignedBy, utc(now), volunteerId, coach))) {
                return insert.executeUpdate();
            }
        });
        return caseload(coach).stream().filter(entry -> entry.volunteerId().equals(volunteer.id())).findFirst()
                .orElseThrow();
    }

    public void unassign(String coach, UUID volunteerId) {
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement delete = prepared(connection, "DELETE FROM internal_coach_assignment WHERE coach = ? "
                    + "AND volunteer_id = ?", List.of(coach, volunteerId))) {
                if (delete.executeUpdate() == 0) {
                    throw notInCaseload();
                }
            }
            return null;
        });
    }

    /** The coach's volunteers, by name, each with the day of the coach's latest check-in. */
    public List<CaseloadEntry> caseload(String coach) {
        requireCoach(coach);
        record Assigned(UUID volunteerId, String by, Instant at, LocalDate lastCheckIn) {
        }
        List<Assigned> assigned = Jdbc.read(dataSource, connection -> {
            List<Assigned> rows = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT a.volunteer_id, a.assigned_by, a.assigned_at, "
                    + "(SELECT MAX(k.checkin_date) FROM internal_checkin k WHERE k.volunteer_id = a.volunteer_id "
                    + "AND k.coach = a.coach) FROM internal_coach_assignment a WHERE a.coach = ?", List.of(coach));
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    rows.add(new Assigned(row.getObject(1, UUID.class), row.getString(2),
                            row.getObject(3, OffsetDateTime.class).toInstant(), row.getObject(4, LocalDate.class)));
                }
            }
            return rows;
        });
        List<CaseloadEntry> caseload = new ArrayList<>();
        for (Assigned row : assigned) {
            Optional<Volunteer> volunteer = volunteers.find(row.volunteerId());
            caseload.add(new CaseloadEntry(row.volunteerId(), volunteer.map(found -> found.data().firstName())
                    .orElse(null), volunteer.map(found -> found.data().lastName()).orElse(null), row.by(), row.at(),
                    row.lastCheckIn()));
        }
        caseload.sort(Comparator.comparing((CaseloadEntry entry) -> String.valueOf(entry.lastName()))
                .thenComparing(entry -> String.valueOf(entry.firstName())));
        return caseload;
    }

    /** The coaches a volunteer is assigned to. */
    public List<String> coachesOf(UUID volunteerId) {
        return Jdbc.read(dataSource, connection -> {
            List<String> coaches = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT coach FROM internal_coach_assignment "
                    + "WHERE volunteer_id = ? ORDER BY coach", List.of(volunteerId));
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    coaches.add(row.getString(1));
                }
            }
            return coaches;
        });
    }

    /**
     * Records a check-in of a coach with a volunteer of their caseload, on a day that has come.
     *
     * @throws DomainException {@code INVALID} for a volunteer outside the caseload, a day ahead or missing notes
     */
    public CheckIn checkIn(String coach, UUID volunteerId, CheckIn.Input input) {
        LocalDate date = Fields.present("date", input.date());
        if (date.isAfter(LocalDate.now(clock))) {
            throw Fields.invalid("invalid_date", "date", "Een gesprek wordt na afloop geregistreerd, niet vooraf",
                    "A check-in is recorded after it took place, not ahead of it");
        }
        CheckIn checkIn = new CheckIn(TimeOrderedIds.next(), volunteerId, coach, date,
                Fields.required("notes", input.notes(), 4000), clock.instant());
        return Jdbc.inTransaction(dataSource, connection -> {
            if (Jdbc.count(connection, "SELECT COUNT(*) FROM internal_coach_assignment WHERE coach = ? AND volunteer_id = ?",
                    List.of(coach, volunteerId)) == 0) {
                throw notInCaseload();
            }
            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_checkin (id, volunteer_id, coach, "
                    + "checkin_date, notes, recorded_at) VALUES (?, ?, ?, ?, ?, ?)", List.of(checkIn.id(), volunteerId,
                            coach, date, checkIn.notes(), utc(checkIn.recordedAt())))) {
                insert.executeUpdate();
            }
            return checkIn;
        });
    }

    /** The coach's check-ins with the volunteer, newest first, with the notes the reader may see. */
    public List<CheckIn> checkIns(String coach, UUID volunteerId, Reader reader) {
        requireCoach(coach);
        return Jdbc.read(dataSource, connection -> checkIns(connection, volunteerId)).stream()
                .filter(checkIn -> checkIn.coach().equals(coach)).map(reader::shown).toList();
    }

    private static List<CheckIn> checkIns(Connection connection, UUID volunteerId) throws SQLException {
        List<CheckIn> checkIns = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT id, coach, checkin_date, notes, recorded_at "
                + "FROM internal_checkin WHERE volunteer_id = ? ORDER BY checkin_date DESC, recorded_at DESC",
                List.of(volunteerId)); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                checkIns.add(new CheckIn(row.getObject(1, UUID.class), volunteerId, row.getString(2),
                        row.getObject(3, LocalDate.class), row.getString(4),
                        row.getObject(5, OffsetDateTime.class).toInstant()));
            }
        }
        return checkIns;
    }

    private void requireCoach(String coach) {
        if (Jdbc.read(dataSource, connection -> Jdbc.count(connection, "SELECT COUNT(*) FROM internal_coach "
                + "WHERE username = ?", List.of(coach))) == 0) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "unknown_coach", "coach", LocalizedText.of(
                    "'" + coach + "' is geen coach; een coördinator schrijft zich zelf in als coach",
                    "'" + coach + "' is not a coach; a coordinator enrols as coach themselves"));
        }
    }

    private static DomainException notInCaseload() {
        return Fields.invalid("not_in_caseload", "volunteerId", "Deze vrijwilliger hoort niet bij deze coach",
                "This volunteer is not in this coach's caseload");
    }


    @Override
    public String name() {
        return "internal.coaches";
    }

    /**
     * The volunteer's coaches and every check-in, with the notes the requester may read (their own, or all for an
     * admin, who hands the volunteer the complete export); {@code notesWithheld} counts the notes left out, so an
     * export without them does not pass for complete.
     */
    @Override
    public Map<String, Object> export(UUID volunteerId, Caller requester) {
        List<String> coaches = coachesOf(volunteerId);
        List<CheckIn> checkIns = Jdbc.read(dataSource, connection -> checkIns(connection, volunteerId));
        if (coaches.isEmpty() && checkIns.isEmpty()) {
            return Map.of();
        }
        Reader reader = Reader.of(requester);
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("coaches", coaches);
        export.put("checkIns", checkIns.stream().map(reader::shown).toList());
        long withheld = checkIns.stream().filter(checkIn -> !reader.mayRead(checkIn.coach())).count();
        if (withheld > 0) {
            export.put("notesWithheld", withheld);
        }
        return export;
    }

    /** Removes the volunteer from every caseload, and every check-in with its notes. */
    @Override
    public void erase(UUID volunteerId) {
        Jdbc.inTransaction(dataSource, connection -> {
            for (String table : List.of("internal_coach_assignment", "internal_checkin")) {
                try (PreparedStatement delete = prepared(connection, "DELETE FROM " + table + " WHERE volunteer_id = ?",
                        List.of(volunteerId))) {
                    delete.executeUpdate();
                }
            }
            return null;
        });
    }
}
