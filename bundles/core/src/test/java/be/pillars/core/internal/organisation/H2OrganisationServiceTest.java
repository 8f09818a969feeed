package be.pillars.core.internal.organisation;

import be.pillars.core.internal.storage.CoreSchemaMigration;
import be.pillars.testing.TestDatabases;
import javax.sql.DataSource;


class H2OrganisationServiceTest extends OrganisationServiceContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(CoreSchemaMigration.CHANGELOG);
    }
}
