package be.pillars.core.internal.organisation;

import java.time.Clock;

import javax.sql.DataSource;

/** Lets tests of other core packages use the real organisation store. */
public final class OrganisationTestAccess {

    private OrganisationTestAccess() {
    }

    public static JdbcOrganisationService service(DataSource dataSource) {
        return new JdbcOrganisationService(dataSource, Clock.systemUTC());
    }
}
