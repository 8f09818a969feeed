package be.pillars.external.internal.command;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyInt;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.matching.Match;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.external.internal.applications.Application;
import be.pillars.external.internal.applications.ApplicationStatus;
import be.pillars.external.internal.applications.ApplicationStore;
import be.pillars.external.internal.matching.Matching;
import be.pillars.external.internal.vacancies.Place;
import be.pillars.external.internal.vacancies.Schedule;
import be.pillars.external.internal.vacancies.Text;
import be.pillars.external.internal.vacancies.Vacancy;
import be.pillars.external.internal.vacancies.VacancyStatus;
import be.pillars.external.internal.vacancies.VacancyStore;
import be.pillars.testing.PrintedBy;

/** The console's lists show names next to ids, escaped as every other value the commands print. */
class ConsoleNamesTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");
    private final UUID foodBank = UUID.randomUUID();
    private final UUID an = UUID.randomUUID();
    private final UUID gone = UUID.randomUUID();
    private final Vacancy soup = new Vacancy(UUID.randomUUID(), 1, foodBank, new Text("Soepbar\u001b[31m", null),
            new Text("Soep", null), Set.of(), Set.of(), Set.of(), new Place(null, null, "3500", null, null),
            Schedule.oneOff(java.time.LocalDate.of(2026, 12, 5), java.time.LocalTime.of(9, 0),
                    java.time.LocalTime.of(12, 0)), EngagementKind.OCCASIONAL, 2, 0, VacancyStatus.OPEN, null, null,
            "kim", NOW, NOW);
    private final VacancyStore vacancies = mock(VacancyStore.class);
    private final VolunteerService volunteers = mock(VolunteerService.class);
    private final OrganisationService organisations = mock(OrganisationService.class);

    ConsoleNamesTest() {
        when(vacancies.find(soup.id())).thenReturn(Optional.of(soup));
        when(volunteers.find(an)).thenReturn(Optional.of(new Volunteer(an, 1, new VolunteerData("An", "Peeters",
                "an@example.be", null, null, "3500", null, Set.of(), Set.of(), Set.of(), List.of(), Set.of(),
                Preference.BOTH, VolunteerStatus.CANDIDATE, List.of(), null), NOW, NOW)));
        when(volunteers.find(gone)).thenReturn(Optional.empty());
        when(organisations.find(foodBank)).thenReturn(Optional.of(new Organisation(foodBank, 1, new OrganisationData(
                OrganisationKind.EXTERNAL, "Voedselbank", null, null, null, null, null, null, null), true, NOW,
                NOW)));
    }

    @Test
    void openVacanciesShowTheOrganisationsName() throws Exception {
        when(vacancies.list(null, VacancyStatus.OPEN, 50, 0)).thenReturn(new Page<>(List.of(soup), 1, 50, 0));
        OpenVacanciesCommand command = new OpenVacanciesCommand();
        command.vacancies = vacancies;
        command.organisations = organisations;
        String shown = PrintedBy.running(command::execute);
        assertTrue(shown.contains(foodBank.toString()) && shown.contains("Voedselbank"), shown);
        assertFalse(shown.contains("\u001b"), shown);
    }

    @Test
    void pendingApplicationsShowTheVacancysTitleAndTheVolunteersName() throws Exception {
        Application.Change change = new Application.Change(1, ApplicationStatus.PROPOSED, "lies", NOW, null);
        Application mine = new Application(UUID.randomUUID(), 1, soup.id(), an, ApplicationStatus.PROPOSED,
                null, NOW, NOW, List.of(change));
        Application erased = new Application(UUID.randomUUID(), 1, soup.id(), gone, ApplicationStatus.APPLIED,
                null, NOW, NOW, List.of(change));
        ApplicationStore applications = mock(ApplicationStore.class);
        when(applications.list(eq(null), eq(null), eq(null), any(), anyInt(), anyInt()))
                .thenReturn(new Page<>(List.of(mine, erased), 2, 50, 0));
        PendingApplicationsCommand command = new PendingApplicationsCommand();
        command.applications = applications;
        command.vacancies = vacancies;
        command.volunteers = volunteers;
        String shown = PrintedBy.running(command::execute);
        assertTrue(shown.contains("An Peeters") && shown.contains(an.toString()), shown);
        assertTrue(shown.contains("Soepbar"), shown);
        assertTrue(shown.contains(gone.toString()), shown);
        assertFalse(shown.contains("\u001b"), shown);
    }

    @Test
    void matchSuggestionsShowTheVolunteersName() throws Exception {
        Matching matching = mock(Matching.class);
        when(matching.candidatesFor(soup.id(), 20)).thenReturn(List.of(new Match(an, soup.id(), 0.9, List.of(
                new Match.Contribution("distance", 1, 0.2, LocalizedText.of("dichtbij", "near"))))));
        MatchVacancyCommand command = new MatchVacancyCommand();
        command.matching = matching;
        command.vacancies = vacancies;
        command.volunteers = volunteers;
        command.vacancyId = soup.id().toString();
        String shown = PrintedBy.running(command::execute);
        assertTrue(shown.contains(an + "  An Peeters  0"), shown);
        assertTrue(shown.contains("Soepbar"), shown);
        assertFalse(shown.contains("\u001b"), shown);
    }
}
