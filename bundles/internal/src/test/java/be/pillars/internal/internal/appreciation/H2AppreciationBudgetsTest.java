package be.pillars.internal.internal.appreciation;

import javax.sql.DataSource;

import be.pillars.internal.internal.storage.InternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2AppreciationBudgetsTest extends AppreciationBudgetsContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(InternalSchemaMigration.CHANGELOG);
    }
}
