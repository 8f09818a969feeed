package be.pillars.external.internal.intakes;

import javax.sql.DataSource;

import be.pillars.external.internal.storage.ExternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresIntakeStoreTest extends IntakeStoreContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(ExternalSchemaMigration.CHANGELOG);
    }
}
