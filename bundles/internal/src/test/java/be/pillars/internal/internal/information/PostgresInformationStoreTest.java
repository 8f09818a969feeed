package be.pillars.internal.internal.information;

import javax.sql.DataSource;

import be.pillars.internal.internal.storage.InternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresInformationStoreTest extends InformationStoreContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(InternalSchemaMigration.CHANGELOG);
    }
}
