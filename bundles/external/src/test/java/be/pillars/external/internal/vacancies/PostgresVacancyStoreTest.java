package be.pillars.external.internal.vacancies;

import javax.sql.DataSource;

import be.pillars.external.internal.storage.ExternalSchemaMigration;
import be.pillars.testing.TestDatabases;

class PostgresVacancyStoreTest extends VacancyStoreContract {

    @Override
    protected DataSource database() throws Exception {
        return TestDatabases.migratedPostgres(ExternalSchemaMigration.CHANGELOG);
    }
}
