package be.pillars.targetgroups.internal.participants;

import javax.sql.DataSource;

import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2ProposalsTest extends ProposalsContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2(TargetGroupsSchemaMigration.CHANGELOG);
    }
}
