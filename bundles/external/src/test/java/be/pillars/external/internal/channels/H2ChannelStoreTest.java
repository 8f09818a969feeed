package be.pillars.external.internal.channels;

import javax.sql.DataSource;

import be.pillars.external.internal.storage.ExternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2ChannelStoreTest extends ChannelStoreContract {

    @Override
    protected DataSource database() throws Exception {
        return TestDatabases.migratedH2(ExternalSchemaMigration.CHANGELOG);
    }
}
