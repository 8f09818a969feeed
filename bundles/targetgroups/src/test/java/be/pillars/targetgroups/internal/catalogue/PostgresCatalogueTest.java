package be.pillars.targetgroups.internal.catalogue;

import javax.sql.DataSource;

import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresCatalogueTest extends CatalogueContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(TargetGroupsSchemaMigration.CHANGELOG);
    }
}
