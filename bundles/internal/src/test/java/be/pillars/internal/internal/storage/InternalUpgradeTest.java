package be.pillars.internal.internal.storage;

import static be.pillars.testing.TestDatabases.changelogRecords;
import static be.pillars.testing.TestDatabases.rowCount;
import static be.pillars.testing.Upgrades.assertRanOnlyTheNewChangeSet;
import static be.pillars.testing.Upgrades.assertTablesRenamed;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.Connection;
import java.sql.Statement;
import java.util.List;
import java.util.Map;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.wiring.BundleWiring;

import be.pillars.api.volunteer.VolunteerService;
import be.pillars.core.internal.storage.LiquibaseSchemaMigrator;
import be.pillars.internal.internal.coaches.Coach;
import be.pillars.internal.internal.coaches.CoachStore;
import be.pillars.testing.TestDatabases;

/**
 * A database made by the build before the bundle had one name (changelog {@code be.pillars.inhouse}, tables
 * {@code care_*} and {@code claims_*}) starts on this one: the changesets that ran are not run again, the tables are
 * renamed with their rows, and a second start changes nothing.
 */
class InternalUpgradeTest {

    /** The changelog as the build before the rename shipped it, its logicalFilePath unchanged. */
    private static final String BEFORE_RENAME = "db/before-rename/internal-changelog.xml";
    private static final Map<String, String> RENAMED = Map.ofEntries(
            Map.entry("claims_volunteer_year", "internal_volunteer_year"),
            Map.entry("claims_claim", "internal_claim"),
            Map.entry("claims_declaration", "internal_declaration"),
            Map.entry("care_spending", "internal_spending"),
            Map.entry("care_budget_raise", "internal_budget_raise"),
            Map.entry("care_budget_lock", "internal_budget_lock"),
            Map.entry("care_event", "internal_event"),
            Map.entry("care_invitation", "internal_invitation"),
            Map.entry("care_coach", "internal_coach"),
            Map.entry("care_coach_assignment", "internal_coach_assignment"),
            Map.entry("care_checkin", "internal_checkin"),
            Map.entry("care_insurance", "internal_insurance"),
            Map.entry("care_note_version", "internal_note_version"),
            Map.entry("care_note_receipt", "internal_note_receipt"),
            Map.entry("care_spending_correction", "internal_spending_correction"));

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
            statement.executeUpdate("INSERT INTO care_coach (username, enrolled_at) "
                    + "VALUES ('coach.an', TIMESTAMP WITH TIME ZONE '2025-03-01 09:00:00+00')");
            statement.executeUpdate("INSERT INTO care_insurance (id, insurer, policy_number, cover, valid_from, "
                    + "recorded_by, recorded_at) VALUES ('0190a4e6-0000-7000-8000-000000000001', 'Ethias', 'P-1', "
                    + "'burgerlijke aansprakelijkheid', DATE '2025-01-01', 'admin', "
                    + "TIMESTAMP WITH TIME ZONE '2025-01-02 10:00:00+00')");
            statement.executeUpdate("INSERT INTO claims_volunteer_year (volunteer_id, claim_year, receives_benefit) "
                    + "VALUES ('0190a4e6-0000-7000-8000-000000000002', 2025, FALSE)");
        }
        List<String> before = changelogRecords(database);

        migrateAsAStartDoes(database);
        List<String> after = changelogRecords(database);

        assertRanOnlyTheNewChangeSet(before, after, "be.pillars.inhouse", "be.pillars.internal", "internal-1-one-name");
        assertTablesRenamed(database, RENAMED);
        assertEquals(1, rowCount(database, "internal_insurance"));
        assertEquals(1, rowCount(database, "internal_volunteer_year"));
        CoachStore coaches = new CoachStore(() -> "be.pillars.internal", database, mock(VolunteerService.class));
        assertEquals(List.of("coach.an"), coaches.coaches().stream().map(Coach::username).toList());

        migrateAsAStartDoes(database);
        assertEquals(after, changelogRecords(database), "a second start changes nothing");
    }

    /** Core's migrator, as the bundle's migration component calls it, with this class path as the bundle's. */
    private static void migrateAsAStartDoes(DataSource database) {
        Bundle bundle = mock(Bundle.class);
        BundleWiring wiring = mock(BundleWiring.class);
        when(bundle.getSymbolicName()).thenReturn("be.pillars.internal");
        when(bundle.adapt(BundleWiring.class)).thenReturn(wiring);
        when(wiring.getClassLoader()).thenReturn(InternalUpgradeTest.class.getClassLoader());
        new LiquibaseSchemaMigrator(database).migrate(bundle, InternalSchemaMigration.CHANGELOG,
                InternalSchemaMigration.FORMER_NAMES);
    }
}
