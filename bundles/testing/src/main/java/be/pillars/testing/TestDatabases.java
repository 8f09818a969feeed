package be.pillars.testing;

import static org.junit.jupiter.api.Assertions.fail;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Assumptions;
import org.postgresql.ds.PGSimpleDataSource;

import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.ClassLoaderResourceAccessor;

/**
 * The real databases a bundle's stores are tested against: embedded H2 always, PostgreSQL when one answers on
 * 127.0.0.1:5432 (database {@code test}, user {@code postgres}, trust authentication), which CI must provide:
 * with CI=true an unreachable PostgreSQL fails the test instead of skipping it.
 */
public final class TestDatabases {

    static final String POSTGRES_URL = "jdbc:postgresql://127.0.0.1:5432/test";

    private TestDatabases() {
    }

    /** A fresh, empty H2 database in memory, alive until the JVM ends. */
    public static String h2Url() {
        return "jdbc:h2:mem:" + UUID.randomUUID() + ";DB_CLOSE_DELAY=-1";
    }

    /** A fresh schema in the PostgreSQL test database; the test is skipped (or, on CI, fails) without one. */
    public static String postgresUrlWithFreshSchema() {
        String schema = "pillars_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
            Runtime.getRuntime().addShutdownHook(new Thread(() -> dropSchema(schema)));
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must provide PostgreSQL on 127.0.0.1:5432 (database test): " + e.getMessage());
            }
            Assumptions.abort("PostgreSQL tests skipped: no PostgreSQL on 127.0.0.1:5432 (" + e.getMessage() + ")");
        }
        return POSTGRES_URL + "?currentSchema=" + schema;
    }

    private static void dropSchema(String schema) {
        try (Connection connection = DriverManager.getConnection(POSTGRES_URL, "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("DROP SCHEMA " + schema + " CASCADE");
        } catch (SQLException e) {
            System.err.println("Could not drop test schema " + schema + ": " + e.getMessage());
        }
    }

    /** A fresh H2 database with the tables of the given changelogs (class-path resources), in that order. */
    public static DataSource migratedH2(String... changelogs) throws Exception {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(h2Url());
        h2.setUser("sa");
        return migrated(h2, changelogs);
    }

    /** A fresh PostgreSQL schema with the tables of the given changelogs, in that order. */
    public static DataSource migratedPostgres(String... changelogs) throws Exception {
        PGSimpleDataSource postgres = new PGSimpleDataSource();
        postgres.setURL(postgresUrlWithFreshSchema());
        postgres.setUser("postgres");
        return migrated(postgres, changelogs);
    }

    /** Runs the changelogs (class-path resources) on the connection, as the bundles' migrations do. */
    public static void migrate(Connection connection, String... changelogs) throws Exception {
        Database database = DatabaseFactory.getInstance()
                .findCorrectDatabaseImplementation(new JdbcConnection(connection));
        for (String changelog : changelogs) {
            new Liquibase(changelog, new ClassLoaderResourceAccessor(), database)
                    .update(new Contexts(), new LabelExpression());
        }
    }

    /**
     * What Liquibase recorded as run, in the order it ran: id, author, changelog name, order, time and checksum of
     * each changeset, joined by {@code |}. Equal lists before and after a start mean that nothing ran again.
     */
    public static List<String> changelogRecords(DataSource database) throws SQLException {
        List<String> records = new ArrayList<>();
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery("SELECT ID, AUTHOR, FILENAME, ORDEREXECUTED, DATEEXECUTED, "
                        + "MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rows.next()) {
                records.add(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3) + "|"
                        + rows.getInt(4) + "|" + rows.getTimestamp(5) + "|" + rows.getString(6));
            }
        }
        return records;
    }

    /** The number of rows in a table; an {@link SQLException} when there is no such table. */
    public static int rowCount(DataSource database, String table) throws SQLException {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getInt(1);
        }
    }

    private static DataSource migrated(DataSource dataSource, String... changelogs) throws Exception {
        try (Connection connection = dataSource.getConnection()) {
            migrate(connection, changelogs);
        }
        return dataSource;
    }
}
