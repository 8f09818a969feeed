package be.pillars.external.internal.vacancies;

import java.time.Clock;

import javax.sql.DataSource;

import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.skill.Skills;

/** Lets the tests of other packages build a vacancy store with their own clock. */
public record VacancyStoreTestAccess(DataSource dataSource, OrganisationService organisations, Skills skills,
        Clock clock) {

    public VacancyStore store() {
        return new VacancyStore(dataSource, organisations, skills, clock);
    }
}
