package be.pillars.external.internal.applications;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.times;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.sql.PreparedStatement;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import be.pillars.api.http.Caller;
import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.skill.Skills;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.external.internal.vacancies.Vacancy;
import be.pillars.external.internal.vacancies.VacancyInput;
import be.pillars.external.internal.vacancies.VacancyStatus;
import be.pillars.external.internal.vacancies.VacancyStore;
import be.pillars.external.internal.vacancies.VacancyStoreContract;
import be.pillars.external.internal.vacancies.VacancyStoreTestAccess;

/** What every database must do for applications; run by one subclass per database. */
abstract class ApplicationStoreContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private final OrganisationService organisations = mock(OrganisationService.class);
    private final VolunteerService volunteers = mock(VolunteerService.class);
    private final EngagementService engagements = mock(EngagementService.class);
    private final UUID foodBank = UUID.randomUUID();
    private final UUID an = UUID.randomUUID();
    private final UUID bert = UUID.randomUUID();
    private VacancyStore vacancies;
    private ApplicationStore applications;
    private DataSource database;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        database = database();
        when(organisations.find(foodBank)).thenReturn(Optional.of(new Organisation(foodBank, 1, new OrganisationData(
                OrganisationKind.EXTERNAL, "Voedselbank", null, null, null, null, null, null, null), true,
                CLOCK.instant(), CLOCK.instant())));
        Skills skills = mock(Skills.class);
        when(skills.unknown(any())).thenAnswer(call -> new LinkedHashSet<>());
        for (UUID volunteer : List.of(an, bert)) {
            when(volunteers.find(volunteer)).thenReturn(Optional.of(new Volunteer(volunteer, 1, new VolunteerData("An",
                    "Peeters", "an@example.be", null, null, "3500", null, Set.of(), Set.of(), Set.of(), List.of(),
                    Set.of(), Preference.BOTH, VolunteerStatus.CANDIDATE, List.of(), null), CLOCK.instant(),
                    CLOCK.instant())));
        }
        when(engagements.create(any())).thenAnswer(call -> {
            // slow enough that a second acceptance arrives while the first holds the vacancy
            Thread.sleep(100);
            return new Engagement(UUID.randomUUID(), 1, call.getArgument(0), CLOCK.instant(), CLOCK.instant());
        });
        vacancies = new VacancyStoreTestAccess(database, organisations, skills, CLOCK).store();
        applications = new ApplicationStore(database, vacancies, volunteers, engagements, CLOCK);
    }

    private Vacancy vacancy(int wanted) {
        VacancyInput input = VacancyStoreContract.input(foodBank);
        return vacancies.create(new VacancyInput(foodBank, input.title(), input.description(), input.mustHaveSkills(),
                input.niceToHaveSkills(), input.languages(), input.place(), input.time(), input.kind(), wanted,
                VacancyStatus.OPEN, null, null), "kim");
    }

    @Test
    void anApplicationMovesThroughItsLifecycleWithWhoAndWhen() {
        Vacancy vacancy = vacancy(2);
        Application proposed = applications.create(new Application.Input(vacancy.id(), an, ApplicationStatus.PROPOSED,
                "Past goed bij haar kookkunst"), "lies");
        assertEquals(ApplicationStatus.PROPOSED, proposed.status());
        Application applied = applications.change(proposed.id(), 1, new Application.StatusChange(
                ApplicationStatus.APPLIED, null), "lies");
        Application intake = applications.change(proposed.id(), 2, new Application.StatusChange(
                ApplicationStatus.INTAKE_PLANNED, "Gesprek op maandag"), "kim");
        assertEquals(3, intake.version());
        assertEquals(List.of(new Application.Change(1, ApplicationStatus.PROPOSED, "lies", CLOCK.instant(),
                "Past goed bij haar kookkunst"), new Application.Change(2, ApplicationStatus.APPLIED, "lies",
                        CLOCK.instant(), null), new Application.Change(3, ApplicationStatus.INTAKE_PLANNED, "kim",
                                CLOCK.instant(), "Gesprek op maandag")), intake.history());
        assertEquals(applied.id(), applications.list(foodBank, null, null, Set.of(ApplicationStatus.INTAKE_PLANNED),
                50, 0).items().get(0).id());
        assertEquals(0, applications.list(UUID.randomUUID(), null, null, Set.of(), 50, 0).total());

        DomainException backwards = assertThrows(DomainException.class, () -> applications.change(proposed.id(), 3,
                new Application.StatusChange(ApplicationStatus.PROPOSED, null), "kim"));
        assertEquals("invalid_transition", backwards.code());
        assertEquals(DomainException.Kind.STALE, assertThrows(DomainException.class, () -> applications.change(
                proposed.id(), 2, new Application.StatusChange(ApplicationStatus.DECLINED, null), "kim")).kind());
        Application withdrawn = applications.change(proposed.id(), 3, new Application.StatusChange(
                ApplicationStatus.WITHDRAWN, null), "lies");
        assertEquals("invalid_transition", assertThrows(DomainException.class, () -> applications.change(
                withdrawn.id(), 4, new Application.StatusChange(ApplicationStatus.ACCEPTED, null), "lies")).code());
        verify(engagements, never()).create(any());
    }

    @Test
    void badApplicationsAreRefusedNamingTheField() {
        Vacancy vacancy = vacancy(1);
        assertEquals("vacancyId", assertThrows(DomainException.class, () -> applications.create(new Application.Input(
                UUID.randomUUID(), an, ApplicationStatus.APPLIED, null), "lies")).field());
        assertEquals("volunteerId", assertThrows(DomainException.class, () -> applications.create(
                new Application.Input(vacancy.id(), UUID.randomUUID(), ApplicationStatus.APPLIED, null), "lies"))
                .field());
        assertEquals("status", assertThrows(DomainException.class, () -> applications.create(new Application.Input(
                vacancy.id(), an, ApplicationStatus.ACCEPTED, null), "lies")).field());
        applications.create(new Application.Input(vacancy.id(), an, ApplicationStatus.APPLIED, null), "lies");
        DomainException twice = assertThrows(DomainException.class, () -> applications.create(new Application.Input(
                vacancy.id(), an, ApplicationStatus.PROPOSED, null), "lies"));
        assertEquals("already_applied", twice.code());
        assertEquals(1, applications.list(null, vacancy.id(), null, Set.of(), 50, 0).total());
    }

    @Test
    void acceptingCreatesTheEngagementAndTheLastPlaceFillsTheVacancy() {
        Vacancy vacancy = vacancy(1);
        Application application = applications.create(new Application.Input(vacancy.id(), an,
                ApplicationStatus.APPLIED, null), "lies");
        Application late = applications.create(new Application.Input(vacancy.id(), bert, ApplicationStatus.APPLIED,
                null), "lies");
        Application accepted = applications.change(application.id(), 1, new Application.StatusChange(
                ApplicationStatus.ACCEPTED, null), "kim");
        assertEquals(ApplicationStatus.ACCEPTED, accepted.status());
        assertNotNull(accepted.engagementId());
        ArgumentCaptor<EngagementData> engagement = ArgumentCaptor.forClass(EngagementData.class);
        verify(engagements).create(engagement.capture());
        assertEquals(new EngagementData(an, foodBank, "Soep koken", EngagementKind.OCCASIONAL, LocalDate.of(2026, 12,
                5), LocalDate.of(2026, 12, 5), null, "external"), engagement.getValue());
        Vacancy filled = vacancies.vacancy(vacancy.id());
        assertEquals(1, filled.filled());
        assertEquals(VacancyStatus.FILLED, filled.status());

        DomainException full = assertThrows(DomainException.class, () -> applications.change(late.id(), 1,
                new Application.StatusChange(ApplicationStatus.ACCEPTED, null), "kim"));
        assertEquals("vacancy_full", full.code());
        assertEquals(ApplicationStatus.APPLIED, applications.application(late.id()).status());
        assertNull(applications.application(late.id()).engagementId());
        verify(engagements, times(1)).create(any());
    }

    @Test
    void twoCoordinatorsAcceptingTheLastPlaceAtOnceOnlyOneSucceeds() throws Exception {
        Vacancy vacancy = vacancy(1);
        List<Application> both = List.of(
                applications.create(new Application.Input(vacancy.id(), an, ApplicationStatus.APPLIED, null), "lies"),
                applications.create(new Application.Input(vacancy.id(), bert, ApplicationStatus.APPLIED, null), "kim"));
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService threads = Executors.newFixedThreadPool(2);
        try {
            List<Future<String>> outcomes = new ArrayList<>();
            for (Application application : both) {
                Callable<String> accept = () -> {
                    start.await();
                    try {
                        return applications.change(application.id(), 1, new Application.StatusChange(
                                ApplicationStatus.ACCEPTED, null), "coordinator").status().name();
                    } catch (DomainException e) {
                        return e.code();
                    }
                };
                outcomes.add(threads.submit(accept));
            }
            start.countDown();
            List<String> results = new ArrayList<>();
            for (Future<String> outcome : outcomes) {
                results.add(outcome.get());
            }
            results.sort(null);
            assertEquals(List.of("ACCEPTED", "vacancy_full"), results);
        } finally {
            threads.shutdownNow();
        }
        Vacancy filled = vacancies.vacancy(vacancy.id());
        assertEquals(1, filled.filled());
        assertEquals(VacancyStatus.FILLED, filled.status());
        assertEquals(1, applications.list(null, vacancy.id(), null, Set.of(ApplicationStatus.ACCEPTED), 50, 0)
                .total());
    }

    @Test
    void anEngagementThatCoreRefusesLeavesThePlaceFree() {
        Vacancy vacancy = vacancy(1);
        Application application = applications.create(new Application.Input(vacancy.id(), an,
                ApplicationStatus.APPLIED, null), "lies");
        when(engagements.create(any())).thenThrow(new DomainException(DomainException.Kind.INVALID, "invalid",
                "role", LocalizedText.of("x", "x")));
        assertThrows(DomainException.class, () -> applications.change(application.id(), 1,
                new Application.StatusChange(ApplicationStatus.ACCEPTED, null), "kim"));
        assertEquals(0, vacancies.vacancy(vacancy.id()).filled());
        assertEquals(VacancyStatus.OPEN, vacancies.vacancy(vacancy.id()).status());
        assertEquals(ApplicationStatus.APPLIED, applications.application(application.id()).status());
        verify(engagements, never()).update(any(), eq(1L), any());
    }

    @Test
    void aFailureAfterCoresEngagementUndoesTheAcceptanceInOneTransactionWithoutACancellationAfterwards() {
        Vacancy vacancy = vacancy(1);
        Application application = applications.create(new Application.Input(vacancy.id(), an,
                ApplicationStatus.APPLIED, null), "lies");
        when(engagements.create(any())).thenAnswer(call -> {
            // someone else changes the application while core's engagement is being written in this transaction
            Jdbc.inOwnTransaction(database, () -> null, other -> {
                try (PreparedStatement note = other.prepareStatement(
                        "UPDATE external_application SET version = version + 1 WHERE id = ?")) {
                    note.setObject(1, application.id());
                    return note.executeUpdate();
                }
            });
            return new Engagement(UUID.randomUUID(), 1, call.getArgument(0), CLOCK.instant(), CLOCK.instant());
        });
        assertEquals(DomainException.Kind.STALE, assertThrows(DomainException.class, () -> applications.change(
                application.id(), 1, new Application.StatusChange(ApplicationStatus.ACCEPTED, null), "kim")).kind());
        assertEquals(0, vacancies.vacancy(vacancy.id()).filled());
        assertEquals(ApplicationStatus.APPLIED, applications.application(application.id()).status());
        assertNull(applications.application(application.id()).engagementId());
        // core's engagement was in the same transaction and is gone with it: nothing to cancel by hand
        verify(engagements, never()).update(any(), anyLong(), any());
    }

    @Test
    void theVolunteersApplicationsAreExportedAndErased() {
        Vacancy vacancy = vacancy(2);
        Application mine = applications.create(new Application.Input(vacancy.id(), an, ApplicationStatus.APPLIED,
                null), "lies");
        applications.create(new Application.Input(vacancy.id(), bert, ApplicationStatus.APPLIED, null), "lies");
        assertEquals(Map.of("applications", List.of(mine)), applications.export(an, new Caller("lies", Set.of("coordinator"))));
        applications.erase(an);
        assertEquals(Map.of(), applications.export(an, new Caller("lies", Set.of("coordinator"))));
        assertEquals(1, applications.list(null, vacancy.id(), null, Set.of(), 50, 0).total());
    }
}
