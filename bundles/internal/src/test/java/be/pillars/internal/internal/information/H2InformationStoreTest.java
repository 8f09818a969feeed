package be.pillars.internal.internal.information;

import javax.sql.DataSource;

import be.pillars.internal.internal.storage.InternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2InformationStoreTest extends InformationStoreContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(InternalSchemaMigration.CHANGELOG);
    }
}
