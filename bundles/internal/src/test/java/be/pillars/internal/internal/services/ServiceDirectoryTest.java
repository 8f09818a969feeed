package be.pillars.internal.internal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.DomainException;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.volunteer.VolunteerStatus;

class ServiceDirectoryTest {

    private final TestCore core = new TestCore();
    private final ServiceDirectory directory = core.directory();

    @Test
    void servicesAreTheActiveMunicipalServicesOnly() {
        UUID library = core.service("Bibliotheek");
        UUID museum = core.service("Museum");
        UUID sports = core.service("Sportdienst");
        core.organisation(OrganisationKind.EXTERNAL, "Voedselbank", true);
        core.organisation(OrganisationKind.MUNICIPAL_SERVICE, "Oude dienst", false);
        assertEquals(List.of(library, museum, sports), directory.services().stream().map(found -> found.id()).toList());
        UUID external = core.organisation(OrganisationKind.EXTERNAL, "Scouts", true);
        DomainException refused = assertThrows(DomainException.class, () -> directory.service("serviceId", external));
        assertEquals(DomainException.Kind.NOT_FOUND, refused.kind());
        assertEquals("serviceId", refused.field());
    }

    @Test
    void aVolunteerCountsOnADayInsideAnActiveOrEndedEngagement() {
        UUID library = core.service("Bibliotheek");
        LocalDate day = LocalDate.of(2026, 1, 1);
        UUID active = core.volunteer("An", "Active", VolunteerStatus.ACTIVE);
        UUID ended = core.volunteer("Eddy", "Ended", VolunteerStatus.INACTIVE);
        UUID twice = core.volunteer("Tom", "Twice", VolunteerStatus.ACTIVE);
        core.engage(active, library, day, null, EngagementStatus.ACTIVE);
        core.engage(ended, library, LocalDate.of(2025, 3, 1), day, EngagementStatus.ENDED);
        core.engage(twice, library, LocalDate.of(2025, 3, 1), null, EngagementStatus.ACTIVE);
        core.engage(twice, library, LocalDate.of(2025, 6, 1), null, EngagementStatus.ACTIVE);
        core.engage(core.volunteer("Pia", "Planned", VolunteerStatus.CANDIDATE), library, day, null,
                EngagementStatus.PLANNED);
        core.engage(core.volunteer("Cas", "Cancelled", VolunteerStatus.ACTIVE), library, day, null,
                EngagementStatus.CANCELLED);
        core.engage(core.volunteer("Lea", "Later", VolunteerStatus.ACTIVE), library, day.plusDays(1), null,
                EngagementStatus.ACTIVE);
        core.engage(core.volunteer("Vic", "Before", VolunteerStatus.ACTIVE), library, LocalDate.of(2025, 1, 1),
                day.minusDays(1), EngagementStatus.ENDED);
        assertEquals(List.of(active, ended, twice), directory.volunteersOn(library, day));
    }

    @Test
    void aVolunteerOfSeveralServicesIsCountedOnceWithTheFirst() {
        UUID library = core.service("Bibliotheek");
        UUID museum = core.service("Museum");
        LocalDate day = LocalDate.of(2026, 5, 1);
        UUID both = core.volunteer("Bo", "Both", VolunteerStatus.ACTIVE);
        core.engage(both, museum, day, null, EngagementStatus.ACTIVE);
        core.engage(both, library, day, null, EngagementStatus.ACTIVE);
        assertEquals(Map.of(both, museum), directory.volunteersOn(List.of(museum, library), day));
    }

    @Test
    void whoWorkedInAPeriodIncludesOccasionalVolunteersLongAfterTheirEngagementEachOnceWithTheFirstService() {
        UUID library = core.service("Bibliotheek");
        UUID festival = core.service("Feestdienst");
        UUID steward = core.volunteer("Stijn", "Steward", VolunteerStatus.ACTIVE);
        UUID august = core.engage(steward, festival, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31),
                EngagementStatus.ENDED);
        core.hours(august, LocalDate.of(2026, 8, 14), "6");
        core.hours(august, LocalDate.of(2026, 8, 15), "8.5");
        UUID both = core.volunteer("Bo", "Both", VolunteerStatus.ACTIVE);
        core.engage(both, library, LocalDate.of(2025, 1, 1), null, EngagementStatus.ACTIVE);
        core.engage(both, festival, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 2), EngagementStatus.ENDED);
        LocalDate from = LocalDate.of(2026, 1, 1);
        LocalDate to = LocalDate.of(2026, 12, 31);
        assertEquals(Map.of(steward, new BigDecimal("14.50"), both, new BigDecimal("0.00")),
                directory.worked(festival, from, to));
        assertEquals(Map.of(steward, festival, both, library), directory.workedFor(List.of(library, festival), from,
                to));
        assertEquals(Map.of(both, library), directory.workedFor(List.of(library, festival), from,
                LocalDate.of(2026, 7, 31)));
    }

    @Test
    void effortCountsVolunteersAndHoursOfTheYearOnly() {
        UUID library = core.service("Bibliotheek");
        UUID volunteer = core.volunteer("An", "Active", VolunteerStatus.ACTIVE);
        UUID engagement = core.engage(volunteer, library, LocalDate.of(2025, 6, 1), null, EngagementStatus.ACTIVE);
        core.hours(engagement, LocalDate.of(2025, 12, 31), "3");
        core.hours(engagement, LocalDate.of(2026, 1, 2), "2.5");
        core.hours(engagement, LocalDate.of(2026, 3, 2), "1.25");
        assertEquals(new ServiceDirectory.Effort(1, new BigDecimal("3.75")), directory.effort(library, 2026));
        assertEquals(new ServiceDirectory.Effort(0, new BigDecimal("0.00")), directory.effort(library, 2024));
    }
}
