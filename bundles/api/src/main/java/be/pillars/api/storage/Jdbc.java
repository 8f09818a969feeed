package be.pillars.api.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

import javax.sql.DataSource;

import be.pillars.api.DomainException;

/**
 * The JDBC habits every store shares, in core and in the pillars alike: one transaction per change (a pillar's
 * change and core's changes it calls joined in one), UTC timestamps, bound parameters.
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
     * The transaction the calling thread is in: its connection, and what is to happen once it is committed. A
     * thread is in at most one at a time; work on another data source runs in a transaction of its own.
     */
    private static final class Scope {
        final DataSource dataSource;
        final Connection connection;
        final List<Runnable> afterCommit = new ArrayList<>();

        Scope(DataSource dataSource, Connection connection) {
            this.dataSource = dataSource;
            this.connection = connection;
        }
    }

    private static final ThreadLocal<Scope> CURRENT = new ThreadLocal<>();

    /**
     * Runs the work in one transaction: committed when it returns, rolled back when it throws. A unique
     * constraint violation becomes the conflict that {@code duplicate} describes; any other storage failure an
     * {@link IllegalStateException}.
     * <p>
     * Work started while the thread is already in a transaction on the same data source (a pillar's store calling
     * core's services inside its own transaction) joins it: it runs on the same connection behind a savepoint, so
     * that its failure undoes only its own writes, and everything is committed or rolled back together by the
     * outermost call. Whatever is to happen after a change (events, caches) goes through {@link #afterCommit}.
     */
    public static <T> T inTransaction(DataSource dataSource, Supplier<DomainException> duplicate, Work<T> work) {
        Scope joined = CURRENT.get();
        if (joined != null && joined.dataSource == dataSource) {
            return joining(joined, duplicate, work);
        }
        Scope scope;
        T result;
        try (Connection connection = connect(dataSource)) {
            connection.setAutoCommit(false);
            scope = new Scope(dataSource, connection);
            CURRENT.set(scope);
            try {
                result = work.run(connection);
                connection.commit();
            } catch (SQLException | RuntimeException e) {
                connection.rollback();
                throw e;
            } finally {
                restore(joined);
            }
        } catch (SQLException e) {
            throw translated(e, duplicate);
        }
        scope.afterCommit.forEach(Runnable::run);
        return result;
    }

    private static <T> T joining(Scope scope, Supplier<DomainException> duplicate, Work<T> work) {
        try {
            Savepoint savepoint = scope.connection.setSavepoint();
            int actionsBefore = scope.afterCommit.size();
            try {
                T result = work.run(scope.connection);
                scope.connection.releaseSavepoint(savepoint);
                return result;
            } catch (SQLException | RuntimeException e) {
                scope.connection.rollback(savepoint);
                scope.afterCommit.subList(actionsBefore, scope.afterCommit.size()).clear();
                throw e;
            }
        } catch (SQLException e) {
            throw translated(e, duplicate);
        }
    }

    /** A connection from the pool, or {@link StorageUnavailableException} when none comes in the pool's time. */
    private static Connection connect(DataSource dataSource) {
        try {
            return dataSource.getConnection();
        } catch (SQLException e) {
            throw new StorageUnavailableException("No database connection: " + e.getMessage(), e);
        }
    }

    private static void restore(Scope outer) {
        if (outer == null) {
            CURRENT.remove();
        } else {
            CURRENT.set(outer);
        }
    }

    private static RuntimeException translated(SQLException e, Supplier<DomainException> duplicate) {
        if (UNIQUE_VIOLATION.equals(e.getSQLState())) {
            return duplicate.get();
        }
        return new IllegalStateException("Storage failed: " + e.getMessage(), e);
    }

    /**
     * Runs {@code action} once the transaction the thread is in now is committed, and never when it is rolled
     * back; at once when the thread is in none. For what must not happen for a change that may yet be undone:
     * announcing it, remembering it.
     */
    public static void afterCommit(Runnable action) {
        Scope scope = CURRENT.get();
        if (scope == null) {
            action.run();
        } else {
            scope.afterCommit.add(action);
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

    /**
     * Runs the work in a transaction of its own, committed when it returns, also when the thread is in another one:
     * for what must stay written whatever becomes of the caller's change, such as an entry of the audit log that
     * is written for several threads at once.
     */
    public static <T> T inOwnTransaction(DataSource dataSource, Supplier<DomainException> duplicate, Work<T> work) {
        Scope outer = CURRENT.get();
        CURRENT.remove();
        try {
            return inTransaction(dataSource, duplicate, work);
        } finally {
            restore(outer);
        }
    }

    /**
     * Reads on one connection: the connection of the transaction the thread is in on this data source, so that the
     * reads see its writes; a connection of their own otherwise.
     */
    public static <T> T read(DataSource dataSource, Work<T> work) {
        Scope joined = CURRENT.get();
        try {
            if (joined != null && joined.dataSource == dataSource) {
                return work.run(joined.connection);
            }
            try (Connection connection = connect(dataSource)) {
                return work.run(connection);
            }
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
