package be.pillars.targetgroups.internal.participants;

import javax.sql.DataSource;

import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresProposalsTest extends ProposalsContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(TargetGroupsSchemaMigration.CHANGELOG);
    }
}
