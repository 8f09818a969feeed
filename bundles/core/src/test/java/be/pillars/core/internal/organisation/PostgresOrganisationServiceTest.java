package be.pillars.core.internal.organisation;

import be.pillars.core.internal.storage.CoreSchemaMigration;
import be.pillars.testing.TestDatabases;
import javax.sql.DataSource;


class PostgresOrganisationServiceTest extends OrganisationServiceContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(CoreSchemaMigration.CHANGELOG);
    }
}
