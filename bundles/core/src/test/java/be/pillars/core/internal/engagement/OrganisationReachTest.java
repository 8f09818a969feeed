package be.pillars.core.internal.engagement;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.LocalDate;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.core.internal.organisation.OrganisationTestAccess;
import be.pillars.core.internal.storage.CoreSchemaMigration;
import be.pillars.core.internal.storage.RecordingEventAdmin;
import be.pillars.core.internal.volunteer.VolunteerTestAccess;
import be.pillars.testing.TestDatabases;

class OrganisationReachTest {

    private DataSource dataSource;
    private JdbcEngagementService engagements;
    private UUID volunteer;
    private UUID organisation;
    private UUID other;

    @BeforeEach
    void freshDatabase() throws Exception {
        dataSource = TestDatabases.migratedH2(CoreSchemaMigration.CHANGELOG);
        RecordingEventAdmin events = new RecordingEventAdmin();
        engagements = new JdbcEngagementService(dataSource, events, VolunteerTestAccess.store(dataSource, events),
                Clock.systemUTC());
        volunteer = VolunteerTestAccess.createOne(dataSource, events);
        organisation = organisation("Sportclub");
        other = organisation("Bibliotheek");
    }

    private UUID organisation(String name) {
        return OrganisationTestAccess.service(dataSource).create(new OrganisationData(OrganisationKind.EXTERNAL, name,
                null, null, null, null, null, null, null)).id();
    }

    private void engage(UUID with, EngagementStatus status) {
        engagements.create(new EngagementData(volunteer, with, "onthaal", EngagementKind.OCCASIONAL,
                LocalDate.of(2026, 11, 1), null, status, "external"));
    }

    @Test
    void aCancelledEngagementOrOneWithAnotherOrganisationGivesNoReach() {
        assertFalse(OrganisationReach.reaches(engagements, organisation, volunteer));
        engage(organisation, EngagementStatus.CANCELLED);
        engage(other, EngagementStatus.ACTIVE);
        assertFalse(OrganisationReach.reaches(engagements, organisation, volunteer));
        assertTrue(OrganisationReach.reaches(engagements, other, volunteer));
    }

    @Test
    void aPlannedRunningOrEndedEngagementGivesReach() {
        for (EngagementStatus status : new EngagementStatus[] {EngagementStatus.PLANNED, EngagementStatus.ACTIVE,
                EngagementStatus.ENDED}) {
            UUID engagedWith = organisation(status.name());
            engage(engagedWith, status);
            assertTrue(OrganisationReach.reaches(engagements, engagedWith, volunteer), status.name());
        }
    }
}
