package be.pillars.core.internal.storage;

import be.pillars.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

import org.junit.jupiter.api.Test;


/** Core's changelog runs on both supported databases, and a second run changes nothing. */
class CoreChangelogTest {

    private static int count(Connection connection, String sql) throws SQLException {
        try (Statement statement = connection.createStatement(); ResultSet rows = statement.executeQuery(sql)) {
            rows.next();
            return rows.getInt(1);
        }
    }

    private static void migratesOnceAndSeedsTheTaxonomy(String url, String user) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            TestDatabases.migrate(connection, CoreSchemaMigration.CHANGELOG);
            int changesets = count(connection, "SELECT COUNT(*) FROM databasechangelog");
            TestDatabases.migrate(connection, CoreSchemaMigration.CHANGELOG);
            assertEquals(changesets, count(connection, "SELECT COUNT(*) FROM databasechangelog"),
                    "a second run must not apply anything");
            assertEquals(25, count(connection, "SELECT COUNT(*) FROM skill"));
            assertEquals(0, count(connection,
                    "SELECT COUNT(*) FROM skill WHERE TRIM(label_nl) = '' OR TRIM(label_en) = ''"));
            try (Statement statement = connection.createStatement();
                    ResultSet rows = statement.executeQuery("SELECT label_nl, label_en FROM skill WHERE code = 'first-aid'")) {
                assertTrue(rows.next());
                assertEquals("EHBO", rows.getString(1));
                assertEquals("First aid", rows.getString(2));
                assertFalse(rows.next());
            }
        }
    }

    @Test
    void onH2() throws Exception {
        migratesOnceAndSeedsTheTaxonomy(TestDatabases.h2Url(), "sa");
    }

    @Test
    void onPostgreSql() throws Exception {
        migratesOnceAndSeedsTheTaxonomy(TestDatabases.postgresUrlWithFreshSchema(), "postgres");
    }
}
