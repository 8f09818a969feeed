package be.pillars.internal.internal.claims;

import javax.sql.DataSource;

import be.pillars.internal.internal.storage.InternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2ClaimsTest extends ClaimsContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(InternalSchemaMigration.CHANGELOG);
    }
}
