package be.pillars.external.internal.intakes;

import javax.sql.DataSource;

import be.pillars.external.internal.storage.ExternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2IntakeStoreTest extends IntakeStoreContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(ExternalSchemaMigration.CHANGELOG);
    }
}
