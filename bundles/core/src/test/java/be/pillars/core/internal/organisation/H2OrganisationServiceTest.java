package be.pillars.core.internal.organisation;

import javax.sql.DataSource;

import be.pillars.core.internal.storage.TestDatabases;

class H2OrganisationServiceTest extends OrganisationServiceContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2();
    }
}
