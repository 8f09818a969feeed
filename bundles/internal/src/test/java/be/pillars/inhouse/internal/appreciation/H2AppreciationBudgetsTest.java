package be.pillars.inhouse.internal.appreciation;

import javax.sql.DataSource;

import be.pillars.inhouse.internal.storage.InternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2AppreciationBudgetsTest extends AppreciationBudgetsContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(InternalSchemaMigration.CHANGELOG);
    }
}
