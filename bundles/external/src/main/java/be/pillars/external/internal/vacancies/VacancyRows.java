package be.pillars.external.internal.vacancies;

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
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import be.pillars.api.Page;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.volunteer.WeeklySlot;

/**
 * The rows of vacancies (with their skills, languages and weekly slots) in the external pillar's tables, in SQL,
 * on the connection of the caller's transaction, and the searches of the public as queries.
 * {@link VacancyStore} checks what is written and when.
 */
final class VacancyRows {

    /** Mean radius of the earth (IUGG), for the haversine distance. */
    private static final double EARTH_RADIUS_KM = 6371.0088;

    private static final String OPEN_NOW = " WHERE " + VacancyStore.PUBLIC_ON;
    private static final String COLUMNS = "v.id, v.version, v.organisation_id, v.title_nl, v.title_en, "
            + "v.description_nl, v.description_en, v.street, v.house_number, v.postal_code, v.latitude, v.longitude, "
            + "v.one_off_date, v.slot_from, v.slot_to, v.period_start, v.period_end, v.kind, v.wanted, v.filled, "
            + "v.status, v.publish_from, v.publish_until, v.created_by, v.created_at, v.updated_at";

    /**
     * Great-circle distance in km from the point bound to the three parameters (latitude, latitude, longitude),
     * by the haversine formula on a sphere; NULL for a vacancy without coordinates (said outright: PostgreSQL's
     * LEAST skips NULLs). LEAST keeps rounding from pushing ASIN's argument above 1 for antipodal points.
     */
    private static final String HAVERSINE = "CASE WHEN v.latitude IS NULL THEN NULL ELSE 2 * " + EARTH_RADIUS_KM
            + " * ASIN(LEAST(1.0, SQRT(POWER(SIN(RADIANS(v.latitude - ?) / 2), 2) + COS(RADIANS(?)) "
            + "* COS(RADIANS(v.latitude)) * POWER(SIN(RADIANS(v.longitude - ?) / 2), 2)))) END";

    private VacancyRows() {
    }

    static void insert(Connection connection, UUID id, VacancyInput valid, String createdBy, Instant now)
            throws SQLException {
        List<Object> values = new ArrayList<>(List.of(id, 1L, valid.organisationId()));
        values.addAll(fields(valid));
        values.addAll(Arrays.asList(0, createdBy, utc(now), utc(now)));
        try (PreparedStatement insert = prepared(connection, "INSERT INTO external_vacancy (id, version, "
                + "organisation_id, title_nl, title_en, description_nl, description_en, street, house_number, "
                + "postal_code, latitude, longitude, one_off_date, slot_from, slot_to, period_start, period_end, "
                + "kind, wanted, status, publish_from, publish_until, filled, created_by, created_at, updated_at) "
                + "VALUES (" + String.join(", ", Collections.nCopies(values.size(), "?")) + ")", values)) {
            insert.executeUpdate();
        }
        insertDetails(connection, id, valid);
    }

    /** The columns a change sets, in the order of the {@code INSERT} above and the {@code UPDATE} below. */
    private static List<Object> fields(VacancyInput valid) {
        Schedule time = valid.time();
        return Arrays.asList(valid.title().nl(), valid.title().en(), valid.description().nl(),
                valid.description().en(), valid.place().street(), valid.place().houseNumber(),
                valid.place().postalCode(), valid.place().latitude(),
                valid.place().longitude(), time.date(), time.from(), time.to(), time.startDate(), time.endDate(),
                valid.kind().name(), valid.wanted(), valid.status().name(), valid.publishFrom(), valid.publishUntil());
    }

    private static void insertDetails(Connection connection, UUID id, VacancyInput valid) throws SQLException {
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO external_vacancy_skill (vacancy_id, skill_code, must_have) VALUES (?, ?, ?)")) {
            for (String skill : valid.mustHaveSkills()) {
                Jdbc.bind(insert, List.of(id, skill, true));
                insert.addBatch();
            }
            for (String skill : valid.niceToHaveSkills()) {
                Jdbc.bind(insert, List.of(id, skill, false));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        try (PreparedStatement insert = connection.prepareStatement(
                "INSERT INTO external_vacancy_language (vacancy_id, language_code) VALUES (?, ?)")) {
            for (String language : valid.languages()) {
                Jdbc.bind(insert, List.of(id, language));
                insert.addBatch();
            }
            insert.executeBatch();
        }
        if (valid.time().weekly() != null) {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO external_vacancy_slot (vacancy_id, "
                    + "position, day_of_week, slot_from, slot_to) VALUES (?, ?, ?, ?, ?)")) {
                List<WeeklySlot> slots = valid.time().weekly();
                for (int i = 0; i < slots.size(); i++) {
                    Jdbc.bind(insert, List.of(id, i, slots.get(i).day().name(), slots.get(i).from(), slots.get(i).to()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
        }
    }

    /**
     * Replaces the vacancy if it is still at {@code expectedVersion} and has no more places filled than it would
     * want; false when it is not.
     */
    static boolean update(Connection connection, UUID id, long expectedVersion, VacancyInput valid, Instant now)
            throws SQLException {
        List<Object> values = new ArrayList<>(fields(valid));
        values.addAll(List.of(utc(now), id, expectedVersion, valid.wanted()));
        try (PreparedStatement update = prepared(connection, "UPDATE external_vacancy SET title_nl = ?, title_en = ?, "
                + "description_nl = ?, description_en = ?, street = ?, house_number = ?, postal_code = ?, "
                + "latitude = ?, longitude = ?, "
                + "one_off_date = ?, slot_from = ?, slot_to = ?, period_start = ?, period_end = ?, kind = ?, "
                + "wanted = ?, status = ?, publish_from = ?, publish_until = ?, updated_at = ?, "
                + "version = version + 1 WHERE id = ? AND version = ? AND filled <= ?", values)) {
            if (update.executeUpdate() == 0) {
                return false;
            }
        }
        for (String table : List.of("external_vacancy_skill", "external_vacancy_language", "external_vacancy_slot")) {
            try (PreparedStatement delete = prepared(connection, "DELETE FROM " + table + " WHERE vacancy_id = ?",
                    List.of(id))) {
                delete.executeUpdate();
            }
        }
        insertDetails(connection, id, valid);
        return true;
    }

    /** Takes one place if the vacancy is open and has one left, the last one filling it; false when not. */
    static boolean takePlace(Connection connection, UUID id, Instant now) throws SQLException {
        try (PreparedStatement update = prepared(connection, "UPDATE external_vacancy SET filled = filled + 1, status = "
                + "CASE WHEN filled + 1 >= wanted THEN 'FILLED' ELSE status END, version = version + 1, "
                + "updated_at = ? WHERE id = ? AND status = 'OPEN' AND filled < wanted", List.of(utc(now), id))) {
            return update.executeUpdate() > 0;
        }
    }

    static Optional<Vacancy> load(Connection connection, UUID id) throws SQLException {
        return select(connection, "SELECT " + COLUMNS + " FROM external_vacancy v WHERE v.id = ?", List.of(id))
                .stream().findFirst();
    }

    /** The vacancies of one organisation (or all when null), in any status (or one), newest first. */
    static Page<Vacancy> list(Connection connection, UUID organisationId, VacancyStatus status, int limit,
            int offset) throws SQLException {
        StringBuilder where = new StringBuilder(" WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (organisationId != null) {
            where.append(" AND v.organisation_id = ?");
            parameters.add(organisationId);
        }
        if (status != null) {
            where.append(" AND v.status = ?");
            parameters.add(status.name());
        }
        long total = Jdbc.count(connection, "SELECT COUNT(*) FROM external_vacancy v" + where, parameters);
        List<Object> paged = new ArrayList<>(parameters);
        paged.addAll(List.of(limit, offset));
        return new Page<>(select(connection, "SELECT " + COLUMNS + " FROM external_vacancy v" + where
                + " ORDER BY v.created_at DESC, v.id LIMIT ? OFFSET ?", paged), total, limit, offset);
    }

    /** Every vacancy public on {@code today}. */
    static List<Vacancy> allOpen(Connection connection, LocalDate today) throws SQLException {
        return select(connection, "SELECT " + COLUMNS + " FROM external_vacancy v" + OPEN_NOW + " ORDER BY v.id",
                List.of(today, today, today, today));
    }

    /** How many vacancies there are and the sum of their versions: either changes with every write. */
    static String revision(Connection connection) throws SQLException {
        try (PreparedStatement query = connection.prepareStatement(
                "SELECT COUNT(*), COALESCE(SUM(version), 0) FROM external_vacancy");
                ResultSet row = query.executeQuery()) {
            row.next();
            return row.getLong(1) + "/" + row.getLong(2);
        }
    }

    /**
     * The vacancies public on {@code today} that match the query, nearest first when it gives a place, else
     * soonest; puts each one's distance in km (null without a place) in {@code distances}.
     */
    static Page<Vacancy> open(Connection connection, OpenQuery query, LocalDate today, Map<UUID, Double> distances)
            throws SQLException {
        StringBuilder where = new StringBuilder(OPEN_NOW);
        List<Object> parameters = new ArrayList<>(List.of(today, today, today, today));
        if (query.text() != null) {
            String like = "%" + Jdbc.likeEscaped(query.text().toLowerCase(Locale.ROOT)) + "%";
            where.append(" AND (LOWER(v.title_nl) LIKE ? ESCAPE '\\' OR LOWER(v.title_en) LIKE ? ESCAPE '\\' OR "
                    + "LOWER(v.description_nl) LIKE ? ESCAPE '\\' OR LOWER(v.description_en) LIKE ? ESCAPE '\\')");
            parameters.addAll(Collections.nCopies(4, like));
        }
        if (query.skill() != null) {
            where.append(" AND EXISTS (SELECT 1 FROM external_vacancy_skill s WHERE s.vacancy_id = v.id AND s.skill_code = ?)");
            parameters.add(query.skill());
        }
        if (query.postalCode() != null) {
            where.append(" AND v.postal_code = ?");
            parameters.add(query.postalCode());
        }
        if (query.kind() != null) {
            where.append(" AND v.kind = ?");
            parameters.add(query.kind().name());
        }
        if (query.date() != null) {
            where.append(" AND (v.one_off_date = ? OR (v.one_off_date IS NULL AND v.period_start <= ? AND "
                    + "(v.period_end IS NULL OR v.period_end >= ?) AND EXISTS (SELECT 1 FROM external_vacancy_slot s WHERE "
                    + "s.vacancy_id = v.id AND s.day_of_week = ?)))");
            parameters.addAll(List.of(query.date(), query.date(), query.date(), query.date().getDayOfWeek().name()));
        }
        boolean located = query.latitude() != null;
        List<Object> distanceParameters = located
                ? List.of(query.latitude(), query.latitude(), query.longitude()) : List.of();
        String distance = located ? HAVERSINE : "CAST(NULL AS DOUBLE PRECISION)";
        String inner = "SELECT " + COLUMNS + ", " + distance + " AS distance_km FROM external_vacancy v" + where;
        String outerWhere = query.withinKm() != null ? " WHERE x.distance_km <= ?" : "";
        List<Object> all = new ArrayList<>(distanceParameters);
        all.addAll(parameters);
        if (query.withinKm() != null) {
            all.add(query.withinKm());
        }
        String order = located ? " ORDER BY x.distance_km NULLS LAST, x.id"
                : " ORDER BY COALESCE(x.one_off_date, x.period_start), x.id";
        long total = Jdbc.count(connection, "SELECT COUNT(*) FROM (" + inner + ") x" + outerWhere, all);
        List<Object> paged = new ArrayList<>(all);
        paged.addAll(List.of(query.limit(), query.offset()));
        return new Page<>(select(connection, "SELECT x.* FROM (" + inner + ") x" + outerWhere + order
                + " LIMIT ? OFFSET ?", paged, distances), total, query.limit(), query.offset());
    }

    private static List<Vacancy> select(Connection connection, String sql, List<?> parameters) throws SQLException {
        return select(connection, sql, parameters, null);
    }

    /** Reads vacancies with their skills and slots; puts each one's {@code distance_km} in {@code distances}. */
    private static List<Vacancy> select(Connection connection, String sql, List<?> parameters,
            Map<UUID, Double> distances) throws SQLException {
        List<Vacancy> bare = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, sql, parameters); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                UUID id = row.getObject("id", UUID.class);
                LocalDate date = row.getObject("one_off_date", LocalDate.class);
                Schedule time = date != null ? Schedule.oneOff(date, row.getObject("slot_from", LocalTime.class),
                        row.getObject("slot_to", LocalTime.class)) : Schedule.weekly(List.of(),
                                row.getObject("period_start", LocalDate.class),
                                row.getObject("period_end", LocalDate.class));
                bare.add(new Vacancy(id, row.getLong("version"), row.getObject("organisation_id", UUID.class),
                        new Text(row.getString("title_nl"), row.getString("title_en")),
                        new Text(row.getString("description_nl"), row.getString("description_en")), Set.of(), Set.of(),
                        Set.of(), new Place(row.getString("street"), row.getString("house_number"),
                                row.getString("postal_code"), nullableDouble(row, "latitude"),
                                nullableDouble(row, "longitude")), time, EngagementKind.valueOf(row.getString("kind")),
                        row.getInt("wanted"), row.getInt("filled"), VacancyStatus.valueOf(row.getString("status")),
                        row.getObject("publish_from", LocalDate.class), row.getObject("publish_until", LocalDate.class),
                        row.getString("created_by"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
                        row.getObject("updated_at", OffsetDateTime.class).toInstant()));
                if (distances != null) {
                    distances.put(id, nullableDouble(row, "distance_km"));
                }
            }
        }
        if (bare.isEmpty()) {
            return List.of();
        }
        List<UUID> ids = bare.stream().map(Vacancy::id).toList();
        Map<UUID, Set<String>> mustHave = new HashMap<>();
        Map<UUID, Set<String>> niceToHave = new HashMap<>();
        Map<UUID, Set<String>> languages = new HashMap<>();
        Map<UUID, List<WeeklySlot>> slots = new HashMap<>();
        String in = String.join(", ", Collections.nCopies(ids.size(), "?"));
        try (PreparedStatement select = prepared(connection, "SELECT vacancy_id, skill_code, must_have FROM "
                + "external_vacancy_skill WHERE vacancy_id IN (" + in + ")", ids); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                (row.getBoolean(3) ? mustHave : niceToHave).computeIfAbsent(row.getObject(1, UUID.class),
                        id -> new TreeSet<>()).add(row.getString(2));
            }
        }
        try (PreparedStatement select = prepared(connection, "SELECT vacancy_id, language_code FROM "
                + "external_vacancy_language WHERE vacancy_id IN (" + in + ")", ids);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                languages.computeIfAbsent(row.getObject(1, UUID.class), id -> new TreeSet<>()).add(row.getString(2));
            }
        }
        try (PreparedStatement select = prepared(connection, "SELECT vacancy_id, day_of_week, slot_from, slot_to "
                + "FROM external_vacancy_slot WHERE vacancy_id IN (" + in + ") ORDER BY vacancy_id, position", ids);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                slots.computeIfAbsent(row.getObject(1, UUID.class), id -> new ArrayList<>()).add(new WeeklySlot(
                        DayOfWeek.valueOf(row.getString(2)), row.getObject(3, LocalTime.class),
                        row.getObject(4, LocalTime.class)));
            }
        }
        return bare.stream().map(v -> new Vacancy(v.id(), v.version(), v.organisationId(), v.title(), v.description(),
                Set.copyOf(mustHave.getOrDefault(v.id(), Set.of())), Set.copyOf(niceToHave.getOrDefault(v.id(),
                        Set.of())), Set.copyOf(languages.getOrDefault(v.id(), Set.of())), v.place(),
                v.time().date() != null ? v.time() : Schedule.weekly(List.copyOf(
                                slots.getOrDefault(v.id(), List.of())), v.time().startDate(), v.time().endDate()),
                v.kind(), v.wanted(), v.filled(), v.status(), v.publishFrom(), v.publishUntil(), v.createdBy(),
                v.createdAt(), v.updatedAt())).toList();
    }

    private static Double nullableDouble(ResultSet row, String column) throws SQLException {
        double value = row.getDouble(column);
        return row.wasNull() ? null : value;
    }
}
