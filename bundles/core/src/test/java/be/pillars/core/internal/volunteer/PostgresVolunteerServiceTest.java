package be.pillars.core.internal.volunteer;

import javax.sql.DataSource;

import be.pillars.core.internal.storage.TestDatabases;

class PostgresVolunteerServiceTest extends VolunteerServiceContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres();
    }
}
