package be.pillars.external.internal.vacancies;

import javax.sql.DataSource;

import be.pillars.external.internal.storage.ExternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class H2VacancyStoreTest extends VacancyStoreContract {

    @Override
    protected DataSource database() throws Exception {
        return TestDatabases.migratedH2(ExternalSchemaMigration.CHANGELOG);
    }
}
