package be.pillars.internal.internal.claims;

import javax.sql.DataSource;

import be.pillars.internal.internal.storage.InternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresClaimsTest extends ClaimsContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(InternalSchemaMigration.CHANGELOG);
    }
}
