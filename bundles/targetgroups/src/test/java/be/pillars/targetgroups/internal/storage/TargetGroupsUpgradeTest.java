package be.pillars.targetgroups.internal.storage;

import static be.pillars.testing.TestDatabases.changelogRecords;
import static be.pillars.testing.TestDatabases.rowCount;
import static be.pillars.testing.Upgrades.assertRanOnlyTheNewChangeSet;
import static be.pillars.testing.Upgrades.assertTablesRenamed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import be.pillars.targetgroups.internal.catalogue.TargetGroup;
import be.pillars.targetgroups.internal.catalogue.TargetGroupCatalogue;
import be.pillars.testing.TestDatabases;

/**
 * A database made by the build before the bundle had one name (tables {@code tg_*}) starts on this one: the
 * changesets that ran are not run again, the tables are renamed with their rows, and a second start changes nothing.
 */
class TargetGroupsUpgradeTest {

    /** The changelog as the build before the rename shipped it. */
    private static final String BEFORE_RENAME = "db/before-rename/targetgroups-changelog.xml";
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("tg_target_group", "targetgroups_target_group"),
            Map.entry("tg_project", "targetgroups_project"),
            Map.entry("tg_project_target_group", "targetgroups_project_target_group"),
            Map.entry("tg_project_partner", "targetgroups_project_partner"),
            Map.entry("tg_project_engagement", "targetgroups_project_engagement"),
            Map.entry("tg_participant", "targetgroups_participant"),
            Map.entry("tg_participant_proposal", "targetgroups_participant_proposal"),
            Map.entry("tg_person", "targetgroups_person"),
            Map.entry("tg_person_tag", "targetgroups_person_tag"),
            Map.entry("tg_person_slot", "targetgroups_person_slot"),
            Map.entry("tg_pair", "targetgroups_pair"),
            Map.entry("tg_visit", "targetgroups_visit"),
            Map.entry("tg_population", "targetgroups_population"),
            Map.entry("tg_population_import", "targetgroups_population_import"));

    @Test
    void aDatabaseOnH2MadeBeforeTheRenameStartsMigratesAndServes() throws Exception {
        upgrades(TestDatabases.migratedH2(BEFORE_RENAME));
    }

    @Test
    void aDatabaseOnPostgreSqlMadeBeforeTheRenameStartsMigratesAndServes() throws Exception {
        upgrades(TestDatabases.migratedPostgres(BEFORE_RENAME));
    }

    private static void upgrades(DataSource database) throws Exception {
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("INSERT INTO tg_target_group (code, label_nl, label_en) "
                    + "VALUES ('language-buddies', 'Taalbuddy''s', 'Language buddies')");
            statement.executeUpdate("INSERT INTO tg_population (ref_year, refnis, age, sex, district, people) "
                    + "VALUES (2025, '44021', 34, 'F', 'Ledeberg', 412)");
        }
        List<String> before = changelogRecords(database);

        migrate(database);
        List<String> after = changelogRecords(database);

        assertRanOnlyTheNewChangeSet(before, after, "be.pillars.targetgroups", "be.pillars.targetgroups",
                "targetgroups-1-one-name");
        assertTablesRenamed(database, RENAMED);
        assertEquals(1, rowCount(database, "targetgroups_population"));
        List<TargetGroup> groups = new TargetGroupCatalogue(() -> "be.pillars.targetgroups", database).list();
        assertEquals(List.of("language-buddies", "loneliness", "poverty"),
                groups.stream().map(TargetGroup::code).toList());

        migrate(database);
        assertEquals(after, changelogRecords(database), "a second start changes nothing");
    }

    private static void migrate(DataSource database) throws Exception {
        try (Connection connection = database.getConnection()) {
            TestDatabases.migrate(connection, TargetGroupsSchemaMigration.CHANGELOG);
        }
    }
}
