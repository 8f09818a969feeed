package be.pillars.targetgroups.internal.catalogue;

import javax.sql.DataSource;

import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2CatalogueTest extends CatalogueContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(TargetGroupsSchemaMigration.CHANGELOG);
    }
}
