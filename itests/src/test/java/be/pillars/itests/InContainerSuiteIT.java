package be.pillars.itests;

import org.junit.runner.RunWith;
import org.junit.runners.Suite;
import org.junit.runners.Suite.SuiteClasses;

/**
 * Every in-container test class, run as one suite so that Pax Exam's {@code PerSuite} strategy boots the
 * distribution once for all of them (failsafe would otherwise run, and boot, each class on its own).
 */
@RunWith(Suite.class)
@SuiteClasses({PlatformIT.class, VolunteersIT.class, OrganisationsIT.class, InternalClaimsIT.class,
        InternalCareIT.class, ExternalVacanciesIT.class, ExternalMatchingIT.class, ExternalLadderIT.class,
        ExternalChannelsIT.class, TargetGroupsIT.class, SecurityIT.class,
        PrivacyIT.class})
public class InContainerSuiteIT {
}
