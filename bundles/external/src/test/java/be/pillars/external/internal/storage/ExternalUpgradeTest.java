package be.pillars.external.internal.storage;

import static be.pillars.testing.TestDatabases.changelogRecords;
import static be.pillars.testing.TestDatabases.rowCount;
import static be.pillars.testing.Upgrades.assertRanOnlyTheNewChangeSet;
import static be.pillars.testing.Upgrades.assertTablesRenamed;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import be.pillars.external.internal.channels.ChannelStore;
import be.pillars.external.internal.channels.ChannelStore.ChannelStatus;
import be.pillars.testing.TestDatabases;

/**
 * A database made by the build before the bundle had one name (tables {@code ext_*}) starts on this one: the
 * changesets that ran are not run again, the tables are renamed with their rows, and a second start changes nothing.
 */
class ExternalUpgradeTest {

    /** The changelog as the build before the rename shipped it. */
    private static final String BEFORE_RENAME = "db/before-rename/external-changelog.xml";
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("ext_vacancy", "external_vacancy"),
            Map.entry("ext_vacancy_skill", "external_vacancy_skill"),
            Map.entry("ext_vacancy_slot", "external_vacancy_slot"),
            Map.entry("ext_vacancy_language", "external_vacancy_language"),
            Map.entry("ext_application", "external_application"),
            Map.entry("ext_application_change", "external_application_change"),
            Map.entry("ext_intake", "external_intake"),
            Map.entry("ext_intake_referral", "external_intake_referral"),
            Map.entry("ext_channel", "external_channel"),
            Map.entry("ext_channel_vacancy", "external_channel_vacancy"),
            Map.entry("ext_channel_event", "external_channel_event"),
            Map.entry("ext_channel_delivery", "external_channel_delivery"));

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
            statement.executeUpdate("INSERT INTO ext_channel (id, name_nl, name_en, first_seen_at, last_seen_at) "
                    + "VALUES ('giveaday', 'Give A Day', 'Give A Day', TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00+00', "
                    + "TIMESTAMP WITH TIME ZONE '2025-03-02 09:00:00+00')");
            statement.executeUpdate("INSERT INTO ext_channel_event (id, vacancy_id, position, type, occurred_at, payload) "
                    + "VALUES ('0190a4e6-0000-7000-8000-000000000001', '0190a4e6-0000-7000-8000-000000000002', 1, "
                    + "'OPENED', TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00+00', '{}')");
        }
        List<String> before = changelogRecords(database);

        migrate(database);
        List<String> after = changelogRecords(database);

        assertRanOnlyTheNewChangeSet(before, after, "be.pillars.external", "be.pillars.external", "external-1-one-name");
        assertTablesRenamed(database, RENAMED);
        assertEquals(1, rowCount(database, "external_channel_event"));
        List<ChannelStatus> channels = new ChannelStore(database, Clock.systemUTC()).channels(Set.of("giveaday"));
        assertEquals(List.of("giveaday"), channels.stream().map(ChannelStatus::id).toList());

        migrate(database);
        assertEquals(after, changelogRecords(database), "a second start changes nothing");
    }

    private static void migrate(DataSource database) throws Exception {
        try (Connection connection = database.getConnection()) {
            TestDatabases.migrate(connection, ExternalSchemaMigration.CHANGELOG);
        }
    }
}
