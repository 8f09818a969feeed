package be.pillars.core.internal.engagement;

import javax.sql.DataSource;

import be.pillars.core.internal.storage.TestDatabases;

class H2EngagementServiceTest extends EngagementServiceContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2();
    }
}
