package be.pillars.api.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import be.pillars.api.DomainException;

/**
 * The JDBC habits every store shares, in core and in the pillars alike: one transaction per change, UTC
 * timestamps, bound parameters.
 */
public final class Jdbc {

    /** SQLSTATE of a unique constraint violation, the same in H2 and PostgreSQL. */
    public static final String UNIQUE_VIOLATION = "23505";

    private Jdbc() {
    }

    /** Work on one connection inside one transaction. */
    @FunctionalInterface
    public interface Work<T> {
        T run(Connection connection) throws SQLException;
    }

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws. A unique
     * constraint violation becomes the conflict that {@code duplicate} describes; any other storage failure an
     * {@link IllegalStateException}.
     */
    public static <T> T inTransaction(DataSource dataSource, Supplier<DomainException> duplicate, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            connection.setAutoCommit(false);
            try {
                T result = work.run(connection);
                connection.commit();
                return result;
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            }
        } catch (SQLException e) {
            if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
                throw duplicate.get();
            }
            throw new IllegalStateException("Storage failed: " + e.getMessage(), e);
        }
    }

    /**
     * One transaction for changes that no caller can make break a unique constraint (their ids are random UUIDs):
     * a violation would be a defect and comes out as an {@link IllegalStateException}, like any storage failure.
     */
    public static <T> T inTransaction(DataSource dataSource, Work<T> work) {
        return inTransaction(dataSource, () -> {
            throw new IllegalStateException("unexpected unique constraint violation");
        }, work);
    }

    /** Reads on one connection, outside any transaction of the caller's. */
    public static <T> T read(DataSource dataSource, Work<T> work) {
        try (Connection connection = dataSource.getConnection()) {
            return work.run(connection);
        } catch (SQLException e) {
            throw new IllegalStateException("Reading failed: " + e.getMessage(), e);
        }
    }

    /** A statement with the parameters bound in order; close it (try-with-resources). */
    public static PreparedStatement prepared(Connection connection, String sql, List<?> parameters)
            throws SQLException {
        PreparedStatement statement = connection.prepareStatement(sql);
        bind(statement, parameters);
        return statement;
    }

    /** Binds the parameters in order, for instance before each {@code addBatch()} of a batch. */
    public static void bind(PreparedStatement statement, List<?> parameters) throws SQLException {
        for (int i = 0; i < parameters.size(); i++) {
            statement.setObject(i + 1, parameters.get(i));
        }
    }

    /** The number a {@code SELECT COUNT(*) ...} query answers. */
    public static long count(Connection connection, String sql, List<?> parameters) throws SQLException {
        try (PreparedStatement count = prepared(connection, sql, parameters); ResultSet row = count.executeQuery()) {
            row.next();
            return row.getLong(1);
        }
    }

    public static OffsetDateTime utc(Instant instant) {
        return instant.atOffset(ZoneOffset.UTC);
    }

    /** Text for {@code LIKE ? ESCAPE '\'} that matches itself only: %, _ and \ lose their meaning. */
    public static String likeEscaped(String text) {
        return text.replace("\\", "\\\\").replace("%", "\\%").replace("_", "\\_");
    }
}
