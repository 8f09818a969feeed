package be.pillars.core.internal.volunteer;

import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.event.EventAdmin;

import be.pillars.core.internal.storage.SkillTaxonomy;

/** Lets tests of other core packages store a volunteer through the real store. */
public final class VolunteerTestAccess {

    private VolunteerTestAccess() {
    }

    public static UUID createOne(DataSource dataSource, EventAdmin events) {
        return create(dataSource, events, "An", "an@example.be");
    }

    public static UUID create(DataSource dataSource, EventAdmin events, String firstName, String email) {
        return store(dataSource, events).create(VolunteerServiceContract.an(firstName, "Peeters", email)).id();
    }

    /** The real store of volunteers on this database, at the volunteer tests' clock. */
    public static JdbcVolunteerService store(DataSource dataSource, EventAdmin events) {
        return new JdbcVolunteerService(dataSource, new SkillTaxonomy(null, dataSource), events,
                VolunteerServiceContract.CLOCK, new RecentVolunteers(JdbcVolunteerService.FRESHNESS, System::nanoTime),
                VolunteerServiceContract.MINIMUM_AGE);
    }
}
