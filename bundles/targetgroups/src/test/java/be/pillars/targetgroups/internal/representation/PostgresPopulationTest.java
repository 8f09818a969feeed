package be.pillars.targetgroups.internal.representation;

import javax.sql.DataSource;

import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresPopulationTest extends PopulationContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(TargetGroupsSchemaMigration.CHANGELOG);
    }
}
