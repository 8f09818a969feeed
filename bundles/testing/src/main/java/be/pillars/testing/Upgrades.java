package be.pillars.testing;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.SQLException;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

/** What an upgrade of a database made by an earlier build must keep, for the bundles' upgrade tests. */
public final class Upgrades {

    private Upgrades() {
    }

    /**
     * The changesets recorded before the upgrade are still recorded, under the changelog's current name, with their
     * order, time and checksum (so none ran again), and then exactly the one given changeset ran.
     *
     * @param before     {@link TestDatabases#changelogRecords} before the upgrade
     * @param after      the same after it
     * @param formerName the changelog's name when the database was made
     * @param name       its name now (the same when it did not change)
     * @param changeSet  the id of the changeset that the upgrade ran
     */
    public static void assertRanOnlyTheNewChangeSet(List<String> before, List<String> after, String formerName,
            String name, String changeSet) {
        assertEquals(List.of(formerName), before.stream().map(record -> record.split("\\|")[2]).distinct().toList());
        assertEquals(before.stream().map(record -> record.replace("|" + formerName + "|", "|" + name + "|")).toList(),
                after.subList(0, Math.min(before.size(), after.size())));
        assertEquals(before.size() + 1, after.size());
        assertTrue(after.get(before.size()).startsWith(changeSet + "|"), after.get(before.size()));
    }

    /** Each table of the map (former name to current name) exists under its current name only. */
    public static void assertTablesRenamed(DataSource database, Map<String, String> renamed) throws SQLException {
        for (Map.Entry<String, String> table : renamed.entrySet()) {
            assertThrows(SQLException.class, () -> TestDatabases.rowCount(database, table.getKey()), table.getKey());
            TestDatabases.rowCount(database, table.getValue());
        }
    }
}
