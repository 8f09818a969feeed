package be.pillars.internal.internal.events;

import javax.sql.DataSource;

import be.pillars.internal.internal.storage.InternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresEventStoreTest extends EventStoreContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(InternalSchemaMigration.CHANGELOG);
    }
}
