package be.pillars.core.internal.volunteer;

import be.pillars.core.internal.storage.CoreSchemaMigration;
import be.pillars.testing.TestDatabases;
import javax.sql.DataSource;


class PostgresVolunteerServiceTest extends VolunteerServiceContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(CoreSchemaMigration.CHANGELOG);
    }
}
