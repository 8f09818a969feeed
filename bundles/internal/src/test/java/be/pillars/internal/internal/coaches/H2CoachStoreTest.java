package be.pillars.internal.internal.coaches;

import javax.sql.DataSource;

import be.pillars.internal.internal.storage.InternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2CoachStoreTest extends CoachStoreContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(InternalSchemaMigration.CHANGELOG);
    }
}
