package be.pillars.internal.internal.coaches;

import javax.sql.DataSource;

import be.pillars.internal.internal.storage.InternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresCoachStoreTest extends CoachStoreContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(InternalSchemaMigration.CHANGELOG);
    }
}
