package be.pillars.targetgroups.internal.projects;

import javax.sql.DataSource;

import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresProjectsTest extends ProjectsContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(TargetGroupsSchemaMigration.CHANGELOG);
    }
}
