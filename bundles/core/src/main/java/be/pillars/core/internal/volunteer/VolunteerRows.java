package be.pillars.core.internal.volunteer;

import static be.pillars.api.storage.Jdbc.likeEscaped;
import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.api.volunteer.WeeklySlot;

/**
 * The rows of a volunteer in core's tables, in SQL: the volunteer row and its child rows (languages, skills,
 * interests, availability, unavailable dates, consents), read a page at a time and written in batches, and the
 * search criteria as a WHERE clause. {@link JdbcVolunteerService} decides what is written and when.
 */
final class VolunteerRows {

    private VolunteerRows() {
    }

    /**
     * New volunteers written in JDBC batches: the volunteer rows and their child rows, with each statement
     * prepared once. {@link #flush()} sends what was added.
     */
    static final class NewVolunteers implements AutoCloseable {

        private final PreparedStatement volunteer;
        private final List<PreparedStatement> children = new ArrayList<>();
        private final PreparedStatement language;
        private final PreparedStatement skill;
        private final PreparedStatement interest;
        private final PreparedStatement availability;
        private final PreparedStatement unavailable;
        private final PreparedStatement consent;

        NewVolunteers(Connection connection) throws SQLException {
            volunteer = connection.prepareStatement("INSERT INTO volunteer (first_name, last_name, email, phone, "
                    + "birth_date, postal_code, district, preference, status, gender, name_fold, id, version, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            language = child(connection, "INSERT INTO volunteer_language (volunteer_id, language) VALUES (?, ?)");
            skill = child(connection, "INSERT INTO volunteer_skill (volunteer_id, skill_code) VALUES (?, ?)");
            interest = child(connection, "INSERT INTO volunteer_interest (volunteer_id, interest) VALUES (?, ?)");
            availability = child(connection, "INSERT INTO volunteer_availability (volunteer_id, day_of_week, "
                    + "start_time, end_time) VALUES (?, ?, ?, ?)");
            unavailable = child(connection, "INSERT INTO volunteer_unavailable_date (volunteer_id, unavailable_on) "
                    + "VALUES (?, ?)");
            consent = child(connection, "INSERT INTO volunteer_consent (volunteer_id, purpose, given_at) "
                    + "VALUES (?, ?, ?)");
        }

        private PreparedStatement child(Connection connection, String sql) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            children.add(statement);
            return statement;
        }

        void add(Volunteer added) throws SQLException {
            VolunteerData data = added.data();
            UUID id = added.id();
            int next = bindColumns(volunteer, data);
            volunteer.setObject(next++, id);
            volunteer.setLong(next++, added.version());
            volunteer.setObject(next++, utc(added.createdAt()));
            volunteer.setObject(next, utc(added.updatedAt()));
            volunteer.addBatch();
            insertChildren(id, data);
        }

        /** The child rows of one volunteer; also used when an update replaces them. */
        void insertChildren(UUID id, VolunteerData data) throws SQLException {
            for (String value : data.languages()) {
                batch(language, id, value);
            }
            for (String value : data.skills()) {
                batch(skill, id, value);
            }
            for (String value : data.interests()) {
                batch(interest, id, value);
            }
            for (WeeklySlot slot : data.availability()) {
                batch(availability, id, slot.day().getValue(), Time.valueOf(slot.from()), Time.valueOf(slot.to()));
            }
            for (LocalDate day : data.unavailableDates()) {
                batch(unavailable, id, Date.valueOf(day));
            }
            for (Consent given : data.consents()) {
                batch(consent, id, given.purpose(), utc(given.givenAt()));
            }
        }

        private static void batch(PreparedStatement statement, UUID id, Object... values) throws SQLException {
            statement.setObject(1, id);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 2, values[i]);
            }
            statement.addBatch();
        }

        /** Sends the volunteer rows before their children, which refer to them. */
        void flush() throws SQLException {
            volunteer.executeBatch();
            for (PreparedStatement statement : children) {
                statement.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            volunteer.close();
            for (PreparedStatement statement : children) {
                statement.close();
            }
        }
    }

    /** The WHERE clause of a query's criteria and its parameters, in order. */
    record Criteria(String where, List<Object> parameters) {

        static Criteria of(VolunteerQuery query) {
            StringBuilder where = new StringBuilder("WHERE 1 = 1");
            List<Object> parameters = new ArrayList<>();
            if (query.name() != null) {
                // one folded column holds "first last": a part of either name, or of both, is found in it
                where.append(" AND name_fold LIKE ? ESCAPE '\\'");
                parameters.add("%" + likeEscaped(SearchFold.fold(query.name())) + "%");
            }
            if (query.skill() != null) {
                where.append(" AND EXISTS (SELECT 1 FROM volunteer_skill s WHERE s.volunteer_id = volunteer.id "
                        + "AND s.skill_code = ?)");
                parameters.add(query.skill());
            }
            if (query.postalCode() != null) {
                where.append(" AND postal_code = ?");
                parameters.add(query.postalCode());
            }
            if (query.district() != null) {
                where.append(" AND LOWER(district) = ?");
                parameters.add(query.district().strip().toLowerCase(Locale.ROOT));
            }
            if (query.status() != null) {
                where.append(" AND status = ?");
                parameters.add(query.status().name());
            }
            if (query.preference() != null) {
                where.append(" AND preference = ?");
                parameters.add(query.preference().name());
            }
            return new Criteria(where.toString(), parameters);
        }
    }

    /**
     * Binds the ten data columns of the volunteer row and its folded name, in insert order; returns the next
     * parameter index.
     */
    static int bindColumns(PreparedStatement statement, VolunteerData data) throws SQLException {
        statement.setString(1, data.firstName());
        statement.setString(2, data.lastName());
        statement.setString(3, data.email());
        statement.setString(4, data.phone());
        statement.setObject(5, data.birthDate());
        statement.setString(6, data.postalCode());
        statement.setString(7, data.district());
        statement.setString(8, data.preference().name());
        statement.setString(9, data.status().name());
        statement.setString(10, data.gender());
        statement.setString(11, nameFold(data.firstName(), data.lastName()));
        return 12;
    }

    /** What the name search looks in: first and last name, folded (SearchFold). */
    static String nameFold(String firstName, String lastName) {
        return SearchFold.fold(firstName + " " + lastName);
    }

    static final List<String> CHILD_TABLES = List.of("volunteer_language", "volunteer_skill",
            "volunteer_interest", "volunteer_availability", "volunteer_unavailable_date", "volunteer_consent");

    /** Mutable child collections of the volunteers being loaded, by id. */
    private static final class Children {
        final Set<String> languages = new TreeSet<>();
        final Set<String> skills = new TreeSet<>();
        final Set<String> interests = new LinkedHashSet<>();
        final List<WeeklySlot> availability = new ArrayList<>();
        final Set<LocalDate> unavailable = new TreeSet<>();
        final List<Consent> consents = new ArrayList<>();
    }

    /** The columns of one volunteer row. */
    private record VolunteerRow(UUID id, long version, String firstName, String lastName, String email, String phone,
            LocalDate birthDate, String postalCode, String district, Preference preference, VolunteerStatus status,
            String gender, Instant createdAt, Instant updatedAt) {
    }

    /** The volunteers matching the where clause, a page of them, with all their child rows. */
    static List<Volunteer> load(Connection connection, String where, List<?> parameters, int limit,
            int offset) throws SQLException {
        Map<UUID, VolunteerRow> rows = new LinkedHashMap<>();
        List<Object> page = new ArrayList<>(parameters);
        page.add(limit);
        page.add(offset);
        try (PreparedStatement select = prepared(connection, "SELECT id, version, first_name, last_name, email, "
                + "phone, birth_date, postal_code, district, preference, status, gender, created_at, updated_at "
                + "FROM volunteer " + where + " ORDER BY last_name, first_name, id LIMIT ? OFFSET ?", page);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                VolunteerRow read = new VolunteerRow(row.getObject("id", UUID.class), row.getLong("version"),
                        row.getString("first_name"), row.getString("last_name"), row.getString("email"),
                        row.getString("phone"), row.getObject("birth_date", LocalDate.class),
                        row.getString("postal_code"), row.getString("district"),
                        Preference.valueOf(row.getString("preference")), VolunteerStatus.valueOf(row.getString("status")),
                        row.getString("gender"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
                        row.getObject("updated_at", OffsetDateTime.class).toInstant());
                rows.put(read.id(), read);
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Children> children = new HashMap<>();
        rows.keySet().forEach(id -> children.put(id, new Children()));
        String ids = String.join(", ", rows.keySet().stream().map(id -> "?").toList());
        List<UUID> idList = List.copyOf(rows.keySet());
        readChildren(connection, "SELECT volunteer_id, language FROM volunteer_language WHERE volunteer_id IN ("
                + ids + ")", idList, children, (row, into) -> into.languages.add(row.getString(2)));
        readChildren(connection, "SELECT volunteer_id, skill_code FROM volunteer_skill WHERE volunteer_id IN ("
                + ids + ")", idList, children, (row, into) -> into.skills.add(row.getString(2)));
        readChildren(connection, "SELECT volunteer_id, interest FROM volunteer_interest WHERE volunteer_id IN ("
                + ids + ")", idList, children, (row, into) -> into.interests.add(row.getString(2)));
        readChildren(connection, "SELECT volunteer_id, day_of_week, start_time, end_time FROM volunteer_availability "
                + "WHERE volunteer_id IN (" + ids + ") ORDER BY day_of_week, start_time", idList, children,
                (row, into) -> into.availability.add(new WeeklySlot(DayOfWeek.of(row.getInt(2)),
                        row.getTime(3).toLocalTime(), row.getTime(4).toLocalTime())));
        readChildren(connection, "SELECT volunteer_id, unavailable_on FROM volunteer_unavailable_date "
                + "WHERE volunteer_id IN (" + ids + ")", idList, children,
                (row, into) -> into.unavailable.add(row.getDate(2).toLocalDate()));
        readChildren(connection, "SELECT volunteer_id, purpose, given_at FROM volunteer_consent WHERE volunteer_id IN ("
                + ids + ") ORDER BY purpose", idList, children, (row, into) -> into.consents.add(
                        new Consent(row.getString(2), row.getObject(3, OffsetDateTime.class).toInstant())));
        List<Volunteer> volunteers = new ArrayList<>();
        rows.forEach((id, row) -> {
            Children child = children.get(id);
            // unmodifiable: a volunteer read may be handed to many callers (see RecentVolunteers)
            VolunteerData data = new VolunteerData(row.firstName(), row.lastName(), row.email(), row.phone(),
                    row.birthDate(), row.postalCode(), row.district(), Collections.unmodifiableSet(child.languages),
                    Collections.unmodifiableSet(child.skills), Collections.unmodifiableSet(child.interests),
                    Collections.unmodifiableList(child.availability), Collections.unmodifiableSet(child.unavailable),
                    row.preference(), row.status(), Collections.unmodifiableList(child.consents), row.gender());
            volunteers.add(new Volunteer(id, row.version(), data, row.createdAt(), row.updatedAt()));
        });
        return volunteers;
    }

    @FunctionalInterface
    private interface ChildReader {
        void read(ResultSet row, Children into) throws SQLException;
    }

    private static void readChildren(Connection connection, String sql, List<UUID> ids, Map<UUID, Children> children,
            ChildReader reader) throws SQLException {
        try (PreparedStatement select = prepared(connection, sql, ids); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                reader.read(row, children.get(row.getObject(1, UUID.class)));
            }
        }
    }
}
