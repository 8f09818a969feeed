package be.pillars.targetgroups.internal.buddies;

import javax.sql.DataSource;

import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresBuddiesTest extends BuddiesContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(TargetGroupsSchemaMigration.CHANGELOG);
    }
}
