package be.pillars.core.internal.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.Statement;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

import be.pillars.testing.TestDatabases;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.jvm.JdbcConnection;

class StaleLockTest {

    @TempDir
    Path folder;

    @Test
    void theLockThatAKilledProcessLeftInTheEmbeddedDatabaseIsReleased() throws Exception {
        assertEquals(0, lockedAfterRelease("jdbc:h2:" + folder.resolve("pillars") + ";WRITE_DELAY=0", "sa", false));
    }

    @Test
    void aSharedDatabaseKeepsItsLockForWhoeverHoldsIt() throws Exception {
        // an in-memory or server database may be migrating elsewhere: left alone
        assertEquals(1, lockedAfterRelease(TestDatabases.h2Url(), "sa", false));
    }

    @Test
    void onPostgreSqlTheHolderOfTheAdvisoryLockReleasesWhatAKilledNodeLeft() throws Exception {
        assertEquals(0, lockedAfterRelease(TestDatabases.postgresUrlWithFreshSchema(), "postgres", true));
    }

    /** Migrates, takes the lock as a killed migration would leave it, releases stale locks: is it still taken? */
    private static int lockedAfterRelease(String url, String user, boolean holdingAdvisoryLock) throws Exception {
        try (Connection connection = DriverManager.getConnection(url, user, "")) {
            TestDatabases.migrate(connection, CoreSchemaMigration.CHANGELOG);
            try (Statement statement = connection.createStatement()) {
                statement.executeUpdate("UPDATE DATABASECHANGELOGLOCK SET LOCKED = TRUE, "
                        + "LOCKGRANTED = CURRENT_TIMESTAMP, LOCKEDBY = 'killed'");
            }
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            LiquibaseSchemaMigrator.releaseStaleLock(database, holdingAdvisoryLock);
            try (Statement statement = connection.createStatement();
                    ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM DATABASECHANGELOGLOCK WHERE LOCKED")) {
                row.next();
                return row.getInt(1);
            }
        }
    }
}
