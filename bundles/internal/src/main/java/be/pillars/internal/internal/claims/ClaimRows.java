package be.pillars.internal.internal.claims;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.EnumMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.internal.internal.Policy.CompensationSystem;
import be.pillars.internal.internal.figures.Vehicle;

/**
 * The rows of claims, volunteer-years and declarations in the internal pillar's tables, in SQL, on the
 * connection of the caller's transaction. {@link JdbcClaims} decides what is written, when, and under which lock.
 */
final class ClaimRows {

    private static final String COLUMNS = "id, volunteer_id, service_id, kind, work_date, category, amount, description, "
            + "proof_reference, distance_km, vehicle, passenger_transport, rate_per_km, status, submitted_by, "
            + "submitted_at, decided_by, decided_at, reason, anonymised";
    private static final String COUNTED = "status IN ('PENDING', 'APPROVED')";

    /** The volunteer-year row: its system (null until chosen or fixed by a first claim) and benefit status. */
    record YearRow(CompensationSystem system, boolean receivesBenefit) {
    }

    private ClaimRows() {
    }

    /**
     * Locks the volunteer-year row for the rest of the transaction, creating it first if need be. Of two
     * transactions creating it at once, the second waits for the first and then finds it.
     */
    static YearRow lockYear(Connection connection, UUID volunteerId, int year) throws SQLException {
        for (int attempt = 1;; attempt++) {
            Optional<YearRow> row = selectYear(connection, volunteerId, year, true);
            if (row.isPresent()) {
                return row.get();
            }
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_volunteer_year (volunteer_id, "
                    + "claim_year, receives_benefit) VALUES (?, ?, FALSE)", List.of(volunteerId, year))) {
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt >= 3) {
                    throw e;
                }
                connection.rollback(beforeInsert);
            }
        }
    }

    /** The volunteer-year as stored, or one without a system and benefit while there is no row yet. */
    static YearRow year(Connection connection, UUID volunteerId, int year) throws SQLException {
        return selectYear(connection, volunteerId, year, false).orElse(new YearRow(null, false));
    }

    private static Optional<YearRow> selectYear(Connection connection, UUID volunteerId, int year, boolean lock)
            throws SQLException {
        try (PreparedStatement query = prepared(connection, "SELECT compensation_system, receives_benefit FROM "
                + "internal_volunteer_year WHERE volunteer_id = ? AND claim_year = ?" + (lock ? " FOR UPDATE" : ""),
                List.of(volunteerId, year)); ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            String system = row.getString(1);
            return Optional.of(new YearRow(system == null ? null : CompensationSystem.valueOf(system),
                    row.getBoolean(2)));
        }
    }

    static void updateYear(Connection connection, UUID volunteerId, int year, CompensationSystem system,
            boolean receivesBenefit, String actor, Instant now) throws SQLException {
        try (PreparedStatement update = prepared(connection, "UPDATE internal_volunteer_year SET "
                + "compensation_system = ?, receives_benefit = ?, chosen_by = ?, chosen_at = ? WHERE volunteer_id = ? AND claim_year = ?",
                List.of(system.name(), receivesBenefit, actor, utc(now), volunteerId, year))) {
            update.executeUpdate();
        }
    }

    /** Every year of the volunteer as stored, for their export. */
    static List<Map<String, Object>> years(Connection connection, UUID volunteerId) throws SQLException {
        List<Map<String, Object>> years = new ArrayList<>();
        try (PreparedStatement query = prepared(connection, "SELECT claim_year, compensation_system, "
                + "receives_benefit, chosen_by, chosen_at FROM internal_volunteer_year WHERE volunteer_id = ? "
                + "ORDER BY claim_year", List.of(volunteerId)); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                Map<String, Object> year = new LinkedHashMap<>();
                year.put("year", row.getInt(1));
                year.put("compensationSystem", row.getString(2));
                year.put("receivesBenefit", row.getBoolean(3));
                year.put("chosenBy", row.getString(4));
                OffsetDateTime chosenAt = row.getObject(5, OffsetDateTime.class);
                year.put("chosenAt", chosenAt == null ? null : chosenAt.toInstant());
                years.add(year);
            }
        }
        return years;
    }

    /** What counts in the year: pending and approved claims (but {@code except}) and the declarations. */
    static Ledger ledger(Connection connection, UUID volunteerId, int year, UUID except) throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(volunteerId, year));
        String where = "WHERE volunteer_id = ? AND claim_year = ? AND " + COUNTED;
        if (except != null) {
            where += " AND id <> ?";
            parameters.add(except);
        }
        List<ClaimData> claims = select(connection, where, parameters).stream().map(Claim::data).toList();
        Map<WorkCategory, BigDecimal> declared = new EnumMap<>(WorkCategory.class);
        declarations(connection, volunteerId, year).forEach(declaration -> declared.merge(
                declaration.data().category(), declaration.data().amount(), BigDecimal::add));
        return new Ledger(claims, declared);
    }

    static List<Claim> paid(Connection connection, UUID volunteerId, int year) throws SQLException {
        return select(connection, "WHERE volunteer_id = ? AND claim_year = ? AND status = 'APPROVED' "
                + "ORDER BY work_date, id", List.of(volunteerId, year));
    }

    /** The approved allowances of a year for work at one service. */
    static BigDecimal paidAtService(Connection connection, UUID serviceId, int year) throws SQLException {
        try (PreparedStatement sum = prepared(connection, "SELECT COALESCE(SUM(amount), 0) FROM internal_claim "
                + "WHERE service_id = ? AND claim_year = ? AND status = 'APPROVED'", List.of(serviceId, year));
                ResultSet row = sum.executeQuery()) {
            row.next();
            return row.getBigDecimal(1).setScale(2);
        }
    }

    static long pendingCount(Connection connection, UUID volunteerId, int year) throws SQLException {
        return Jdbc.count(connection, "SELECT COUNT(*) FROM internal_claim WHERE volunteer_id = ? AND "
                + "claim_year = ? AND status = 'PENDING'", List.of(volunteerId, year));
    }

    /** The claim, locked by its volunteer-year; refused unless it still waits for a decision. */
    static Claim pending(Connection connection, UUID id) throws SQLException {
        Claim claim = select(connection, "WHERE id = ?", List.of(id)).stream().findFirst().orElseThrow(
                () -> new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                        "Geen aanvraag met id " + id, "No claim with id " + id)));
        if (claim.status() != ClaimStatus.PENDING) {
            throw new DomainException(DomainException.Kind.CONFLICT, "already_decided", null, LocalizedText.of(
                    "Deze aanvraag is al " + claim.status().label().nl() + " door " + claim.decidedBy(),
                    "This claim was already " + claim.status().label().en() + " by " + claim.decidedBy()));
        }
        return claim;
    }

    static void insert(Connection connection, Claim claim) throws SQLException {
        ClaimData data = claim.data();
        try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_claim (id, volunteer_id, service_id, "
                + "claim_year, kind, work_date, category, amount, description, proof_reference, distance_km, vehicle, "
                + "passenger_transport, rate_per_km, status, submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(claim.id(), data.volunteerId(), data.serviceId(),
                        data.year(),
                        data.kind().name(), data.date(), data.category() == null ? null : data.category().name(),
                        data.amount(), data.description(), data.proofReference(), data.distanceKm(),
                        data.vehicle() == null ? null : data.vehicle().name(), data.passengerTransport(),
                        claim.ratePerKm(), claim.status().name(), claim.submittedBy(), utc(claim.submittedAt())))) {
            insert.executeUpdate();
        }
    }

    /** Records the decision on a pending claim: approved at its priced amount and rate. */
    static void approve(Connection connection, UUID id, BigDecimal amount, BigDecimal ratePerKm, String actor,
            Instant now) throws SQLException {
        try (PreparedStatement update = prepared(connection, "UPDATE internal_claim SET status = ?, amount = ?, "
                + "rate_per_km = ?, decided_by = ?, decided_at = ? WHERE id = ?", Arrays.asList(
                        ClaimStatus.APPROVED.name(), amount, ratePerKm, actor, utc(now), id))) {
            update.executeUpdate();
        }
    }

    /** Records the decision on a pending claim: rejected, for the reason given. */
    static void reject(Connection connection, UUID id, String reason, String actor, Instant now)
            throws SQLException {
        try (PreparedStatement update = prepared(connection, "UPDATE internal_claim SET status = ?, reason = ?, "
                + "decided_by = ?, decided_at = ? WHERE id = ?", Arrays.asList(ClaimStatus.REJECTED.name(), reason,
                        actor, utc(now), id))) {
            update.executeUpdate();
        }
    }

    /** Claims of {@code where} (a WHERE clause with its order and page, if any). */
    static List<Claim> select(Connection connection, String where, List<?> parameters) throws SQLException {
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement query = prepared(connection, "SELECT " + COLUMNS + " FROM internal_claim " + where,
                parameters); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                String category = row.getString("category");
                String vehicle = row.getString("vehicle");
                boolean passengers = row.getBoolean("passenger_transport");
                Boolean passengerTransport = row.wasNull() ? null : passengers;
                OffsetDateTime decidedAt = row.getObject("decided_at", OffsetDateTime.class);
                claims.add(new Claim(row.getObject("id", UUID.class), new ClaimData(
                        row.getObject("volunteer_id", UUID.class), row.getObject("service_id", UUID.class),
                        ClaimKind.valueOf(row.getString("kind")),
                        row.getObject("work_date", LocalDate.class),
                        category == null ? null : WorkCategory.valueOf(category), row.getBigDecimal("amount"),
                        row.getString("description"), row.getString("proof_reference"),
                        row.getBigDecimal("distance_km"), vehicle == null ? null : Vehicle.valueOf(vehicle),
                        passengerTransport), row.getBigDecimal("rate_per_km"),
                        ClaimStatus.valueOf(row.getString("status")), row.getString("submitted_by"),
                        row.getObject("submitted_at", OffsetDateTime.class).toInstant(), row.getString("decided_by"),
                        decidedAt == null ? null : decidedAt.toInstant(), row.getString("reason"),
                        row.getBoolean("anonymised")));
            }
        }
        return claims;
    }

    /** Volunteers with claims that still name them, at most {@code limit}. */
    static List<UUID> claimants(Connection connection, int limit) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement query = prepared(connection, "SELECT DISTINCT volunteer_id FROM internal_claim "
                + "WHERE anonymised = FALSE ORDER BY volunteer_id LIMIT ?", List.of(limit));
                ResultSet row = query.executeQuery()) {
            while (row.next()) {
                ids.add(row.getObject(1, UUID.class));
            }
        }
        return ids;
    }

    static void insertDeclaration(Connection connection, UUID volunteerId, int year, DeclarationData data,
            String actor, Instant now) throws SQLException {
        try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_declaration (id, volunteer_id, "
                + "claim_year, organisation, category, amount, declared_by, declared_at) VALUES (?, ?, ?, ?, ?, ?, "
                + "?, ?)", List.of(TimeOrderedIds.next(), volunteerId, year, data.organisation(),
                        data.category().name(), data.amount(), actor, utc(now)))) {
            insert.executeUpdate();
        }
    }

    /** Deletes the declaration of the volunteer's year; false when there is none with that id. */
    static boolean deleteDeclaration(Connection connection, UUID volunteerId, int year, UUID declarationId)
            throws SQLException {
        try (PreparedStatement delete = prepared(connection, "DELETE FROM internal_declaration WHERE id = ? AND "
                + "volunteer_id = ? AND claim_year = ?", List.of(declarationId, volunteerId, year))) {
            return delete.executeUpdate() > 0;
        }
    }

    static List<Declaration> declarations(Connection connection, UUID volunteerId, int year)
            throws SQLException {
        return declarations(connection, "WHERE volunteer_id = ? AND claim_year = ?", List.of(volunteerId, year));
    }

    static List<Declaration> declarations(Connection connection, String where, List<?> parameters)
            throws SQLException {
        List<Declaration> declarations = new ArrayList<>();
        try (PreparedStatement query = prepared(connection, "SELECT id, claim_year, organisation, category, amount, "
                + "declared_by, declared_at FROM internal_declaration " + where + " ORDER BY claim_year, declared_at, id",
                parameters); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                declarations.add(new Declaration(row.getObject(1, UUID.class), row.getInt(2), new DeclarationData(
                        row.getString(3), WorkCategory.valueOf(row.getString(4)), row.getBigDecimal(5)),
                        row.getString(6), row.getObject(7, OffsetDateTime.class).toInstant()));
            }
        }
        return declarations;
    }

    /**
     * Removes the volunteer's pending and rejected claims, declarations and yearly choices, and puts the approved
     * claims under {@code anonymousKey} without description, proof or reason.
     */
    static void erase(Connection connection, UUID volunteerId, UUID anonymousKey) throws SQLException {
        for (String sql : List.of("DELETE FROM internal_claim WHERE volunteer_id = ? AND status <> 'APPROVED'",
                "DELETE FROM internal_declaration WHERE volunteer_id = ?",
                "DELETE FROM internal_volunteer_year WHERE volunteer_id = ?")) {
            try (PreparedStatement delete = prepared(connection, sql, List.of(volunteerId))) {
                delete.executeUpdate();
            }
        }
        try (PreparedStatement anonymise = prepared(connection, "UPDATE internal_claim SET volunteer_id = ?, "
                + "description = NULL, proof_reference = NULL, reason = NULL, anonymised = TRUE "
                + "WHERE volunteer_id = ?", List.of(anonymousKey, volunteerId))) {
            anonymise.executeUpdate();
        }
    }
}
