package be.pillars.core.internal.volunteer;

import javax.sql.DataSource;

import be.pillars.core.internal.storage.TestDatabases;

class H2VolunteerServiceTest extends VolunteerServiceContract {

    @Override
    DataSource database() throws Exception {
        return TestDatabases.migratedH2();
    }
}
