package be.pillars.core.internal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

import org.junit.jupiter.api.Test;

import be.pillars.testing.TestDatabases;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

class FormerChangelogNamesTest {

    @Test
    void onH2TheChangesetsOfAFormerNameAreAdoptedOnceAndNoOtherRecordChanges() throws Exception {
        adoptedOnce(TestDatabases.h2Url(), "sa");
    }

    @Test
    void onPostgreSqlTheChangesetsOfAFormerNameAreAdoptedOnceAndNoOtherRecordChanges() throws Exception {
        adoptedOnce(TestDatabases.postgresUrlWithFreshSchema(), "postgres");
    }

    @Test
    void aFreshDatabaseHasNothingToAdopt() throws Exception {
        try (Connection connection = DriverManager.getConnection(TestDatabases.h2Url(), "sa", "")) {
            LiquibaseSchemaMigrator.adoptFormerNames(database(connection), "be.pillars.renamed", Set.of("be.pillars.core"));
        }
    }

    private static void adoptedOnce(String url, String user) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            TestDatabases.migrate(connection, CoreSchemaMigration.CHANGELOG);
            try (Statement statement = connection.createStatement()) {
                // as if another bundle's changelog had run this one
                assertEquals(1, statement.executeUpdate(
                        "UPDATE DATABASECHANGELOG SET FILENAME = 'be.pillars.other' WHERE ID = '1-skill-taxonomy'"));
            }
            List<String> before = records(connection);

            LiquibaseSchemaMigrator.adoptFormerNames(database(connection), "be.pillars.renamed",
                    Set.of("be.pillars.core", "be.pillars.older"));
            List<String> after = records(connection);
            assertEquals(1, after.stream().filter(r -> r.contains("|be.pillars.other|")).count());
            LiquibaseSchemaMigrator.adoptFormerNames(database(connection), "be.pillars.renamed",
                    Set.of("be.pillars.core", "be.pillars.older"));

            assertEquals(before.stream().map(r -> r.replace("|be.pillars.core|", "|be.pillars.renamed|")).toList(),
                    after);
            assertEquals(after, records(connection), "a second start changes nothing");
        }
    }

    private static Database database(Connection connection) throws Exception {
        return DatabaseFactory.getInstance().findCorrectDatabaseImplementation(new JdbcConnection(connection));
    }

    private static List<String> records(Connection connection) throws Exception {
        List<String> records = new ArrayList<>();
        try (Statement statement = connection.createStatement();
                ResultSet rows = statement.executeQuery(
                        "SELECT ID, AUTHOR, FILENAME, MD5SUM FROM DATABASECHANGELOG ORDER BY ORDEREXECUTED")) {
            while (rows.next()) {
                records.add(rows.getString(1) + "|" + rows.getString(2) + "|" + rows.getString(3) + "|"
                        + rows.getString(4));
            }
        }
        return records;
    }
}
