package be.pillars.core.internal.engagement;

import be.pillars.core.internal.storage.CoreSchemaMigration;
import be.pillars.testing.TestDatabases;
import javax.sql.DataSource;


class H2EngagementServiceTest extends EngagementServiceContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(CoreSchemaMigration.CHANGELOG);
    }
}
