package be.pillars.core.internal.storage;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.UUID;

import org.junit.jupiter.api.Assumptions;

/**
 * The real databases the store is tested against: embedded H2 always, PostgreSQL when one answers on
 * 127.0.0.1:5432 (database {@code test}, trust authentication), which CI must provide: with CI=true an
 * unreachable PostgreSQL fails the test instead of skipping it.
 */
final class TestDatabases {

    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private TestDatabases() {
    }

    /** A fresh, empty H2 database in memory, alive while a connection to it is open. */
    static String h2Url() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** A fresh schema in the PostgreSQL test database; the test is skipped (or, on CI, fails) without one. */
    static String postgresUrlWithFreshSchema() {
        String schema = "pillars_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must provide PostgreSQL on 127.0.0.1:5432 (database test): " + e.getMessage());
            }
            Assumptions.abort("PostgreSQL tests skipped: no PostgreSQL on 127.0.0.1:5432 (" + e.getMessage() + ")");
        }
        return POSTGRES_URL + "?currentSchema=" + schema;
    }
}
