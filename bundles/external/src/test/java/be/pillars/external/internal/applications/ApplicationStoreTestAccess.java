package be.pillars.external.internal.applications;

import java.time.Clock;

import javax.sql.DataSource;

import be.pillars.api.engagement.EngagementService;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.external.internal.vacancies.VacancyStore;

/** Lets the tests of other packages build an application store with their own clock. */
public record ApplicationStoreTestAccess(DataSource dataSource, VacancyStore vacancies, VolunteerService volunteers,
        EngagementService engagements, Clock clock) {

    public ApplicationStore store() {
        return new ApplicationStore(dataSource, vacancies, volunteers, engagements, clock);
    }
}
