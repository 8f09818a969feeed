package be.pillars.targetgroups.internal.projects;

import javax.sql.DataSource;

import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2ProjectsTest extends ProjectsContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(TargetGroupsSchemaMigration.CHANGELOG);
    }
}
