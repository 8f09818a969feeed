package be.pillars.external.internal.channels;

import javax.sql.DataSource;

import be.pillars.external.internal.storage.ExternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresChannelStoreTest extends ChannelStoreContract {

    @Override
    protected DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(ExternalSchemaMigration.CHANGELOG);
    }
}
