package be.pillars.targetgroups.internal.buddies;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import be.pillars.api.storage.Jdbc;
import be.pillars.api.volunteer.WeeklySlot;

/**
 * The rows of persons helped (with their tags and slots), buddy pairs and visits in the targetgroups tables, in
 * SQL, on the connection of the caller's transaction. {@link BuddyStore} checks what is written and when.
 */
final class BuddyRows {

    private static final String SELECT_PAIR = "SELECT b.id, b.project_id, b.person_id, p.alias, b.volunteer_id, "
            + "b.started_on, b.ended_on, b.end_reason, (SELECT COUNT(*) FROM targetgroups_visit v WHERE v.pair_id = b.id), "
            + "(SELECT MAX(v.visit_date) FROM targetgroups_visit v WHERE v.pair_id = b.id) FROM targetgroups_pair b "
            + "LEFT JOIN targetgroups_person p ON p.id = b.person_id ";

    private BuddyRows() {
    }

    // ---- persons helped

    static void insertPerson(Connection connection, PersonHelped person) throws SQLException {
        try (PreparedStatement insert = prepared(connection, "INSERT INTO targetgroups_person (id, project_id, alias, "
                + "district, needs, contact_route, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                Arrays.asList(person.id(), person.projectId(), person.alias(), person.district(), person.needs(),
                        person.contactRoute(), person.createdBy(), utc(person.createdAt())))) {
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
    }

    static List<PersonHelped> persons(Connection connection, String where, UUID parameter) throws SQLException {
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
     * Removes the person's record; their pairs stay without the person and without visit notes, the running ones
     * ended on {@code today}.
     */
    static void erasePerson(Connection connection, UUID personId, LocalDate today) throws SQLException {
        execute(connection, "UPDATE targetgroups_visit SET note = NULL WHERE pair_id IN (SELECT id FROM targetgroups_pair "
                + "WHERE person_id = ?)", List.of(personId));
        execute(connection, "UPDATE targetgroups_pair SET ended_on = ?, end_reason = 'erased' WHERE person_id = ? "
                + "AND ended_on IS NULL", List.of(today, personId));
        execute(connection, "UPDATE targetgroups_pair SET person_id = NULL WHERE person_id = ?", List.of(personId));
        execute(connection, "DELETE FROM targetgroups_person_tag WHERE person_id = ?", List.of(personId));
        execute(connection, "DELETE FROM targetgroups_person_slot WHERE person_id = ?", List.of(personId));
        execute(connection, "DELETE FROM targetgroups_person WHERE id = ?", List.of(personId));
    }

    // ---- pairs

    /** The core engagements by which the project holds the volunteer. */
    static List<UUID> engagementIds(Connection connection, UUID projectId, UUID volunteerId) throws SQLException {
        List<UUID> found = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT engagement_id FROM targetgroups_project_engagement "
                + "WHERE project_id = ? AND volunteer_id = ?", List.of(projectId, volunteerId));
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                found.add(row.getObject(1, UUID.class));
            }
        }
        return found;
    }

    /** Locks the person's row for the rest of the transaction: it serialises pairings of the same person. */
    static void lockPerson(Connection connection, UUID personId) throws SQLException {
        execute(connection, "UPDATE targetgroups_person SET alias = alias WHERE id = ?", List.of(personId));
    }

    static boolean runningPair(Connection connection, UUID personId) throws SQLException {
        return Jdbc.count(connection, "SELECT COUNT(*) FROM targetgroups_pair WHERE person_id = ? AND ended_on IS NULL",
                List.of(personId)) > 0;
    }

    static void insertPair(Connection connection, UUID id, UUID projectId, UUID personId, UUID volunteerId,
            LocalDate start, String createdBy, Instant createdAt) throws SQLException {
        execute(connection, "INSERT INTO targetgroups_pair (id, project_id, person_id, volunteer_id, started_on, "
                + "created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?)", List.of(id, projectId, personId,
                        volunteerId, start, createdBy, utc(createdAt)));
    }

    /** Ends the pair if it is running; false when it had ended already. */
    static boolean endPair(Connection connection, UUID pairId, LocalDate date, String reason) throws SQLException {
        try (PreparedStatement update = prepared(connection, "UPDATE targetgroups_pair SET ended_on = ?, end_reason = ? "
                + "WHERE id = ? AND ended_on IS NULL", Arrays.asList(date, reason, pairId))) {
            return update.executeUpdate() > 0;
        }
    }

    /** The pairs of {@code where}; a running one is flagged when it had no contact after {@code flagBefore}. */
    static List<Pair> pairs(Connection connection, String where, List<?> parameters, LocalDate flagBefore)
            throws SQLException {
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

    /** The volunteers in a running pair with this person. */
    static Set<UUID> currentBuddies(Connection connection, UUID personId) throws SQLException {
        Set<UUID> buddies = new TreeSet<>();
        try (PreparedStatement select = prepared(connection, "SELECT volunteer_id FROM targetgroups_pair WHERE person_id = ? "
                + "AND ended_on IS NULL AND volunteer_id IS NOT NULL", List.of(personId));
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                buddies.add(row.getObject(1, UUID.class));
            }
        }
        return buddies;
    }

    /** Takes the volunteer out of their pairs, which stay as history; the running ones end on {@code today}. */
    static void forgetVolunteer(Connection connection, UUID volunteerId, LocalDate today) throws SQLException {
        execute(connection, "UPDATE targetgroups_pair SET ended_on = ?, end_reason = 'erased' WHERE volunteer_id = ? "
                + "AND ended_on IS NULL", List.of(today, volunteerId));
        execute(connection, "UPDATE targetgroups_pair SET volunteer_id = NULL WHERE volunteer_id = ?", List.of(volunteerId));
    }

    // ---- visits

    static void insertVisit(Connection connection, Visit visit) throws SQLException {
        execute(connection, "INSERT INTO targetgroups_visit (id, pair_id, visit_date, minutes, note, recorded_by, "
                + "recorded_at) VALUES (?, ?, ?, ?, ?, ?, ?)", Arrays.asList(visit.id(), visit.pairId(), visit.date(),
                        visit.minutes(), visit.note(), visit.recordedBy(), utc(visit.recordedAt())));
    }

    static List<Visit> visits(Connection connection, UUID pairId) throws SQLException {
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

    private static void execute(Connection connection, String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement statement = prepared(connection, sql, parameters)) {
            statement.executeUpdate();
        }
    }
}
