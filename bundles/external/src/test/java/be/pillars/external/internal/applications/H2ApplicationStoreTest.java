package be.pillars.external.internal.applications;

import javax.sql.DataSource;

import be.pillars.external.internal.storage.ExternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2ApplicationStoreTest extends ApplicationStoreContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(ExternalSchemaMigration.CHANGELOG);
    }
}
