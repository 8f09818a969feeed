package be.pillars.targetgroups.internal.buddies;

import javax.sql.DataSource;

import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2BuddiesTest extends BuddiesContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(TargetGroupsSchemaMigration.CHANGELOG);
    }
}
