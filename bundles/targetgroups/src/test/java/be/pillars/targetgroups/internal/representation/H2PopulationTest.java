package be.pillars.targetgroups.internal.representation;

import javax.sql.DataSource;

import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2PopulationTest extends PopulationContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(TargetGroupsSchemaMigration.CHANGELOG);
    }
}
