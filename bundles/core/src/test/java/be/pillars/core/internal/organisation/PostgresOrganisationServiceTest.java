package be.pillars.core.internal.organisation;

import javax.sql.DataSource;

import be.pillars.core.internal.storage.TestDatabases;

class PostgresOrganisationServiceTest extends OrganisationServiceContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres();
    }
}
