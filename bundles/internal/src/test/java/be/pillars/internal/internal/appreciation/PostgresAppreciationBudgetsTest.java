package be.pillars.internal.internal.appreciation;

import javax.sql.DataSource;

import be.pillars.internal.internal.storage.InternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresAppreciationBudgetsTest extends AppreciationBudgetsContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(InternalSchemaMigration.CHANGELOG);
    }
}
