package be.pillars.external.internal.intakes;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.http.Caller;
import be.pillars.api.DomainException;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.skill.Skills;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.external.internal.applications.Application;
import be.pillars.external.internal.applications.ApplicationStatus;
import be.pillars.external.internal.applications.ApplicationStore;
import be.pillars.external.internal.applications.ApplicationStoreTestAccess;
import be.pillars.external.internal.vacancies.Vacancy;
import be.pillars.external.internal.vacancies.VacancyStore;
import be.pillars.external.internal.vacancies.VacancyStoreContract;
import be.pillars.external.internal.vacancies.VacancyStatus;
import be.pillars.external.internal.vacancies.VacancyStoreTestAccess;

/** What every database must do for intake conversations; run by one subclass per database. */
abstract class IntakeStoreContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    // held before the clock's now: a result can be recorded only once the intake took place
    private static final Instant MONDAY = Instant.parse("2026-11-16T09:30:00Z");

    private final VolunteerService volunteers = mock(VolunteerService.class);
    private final UUID foodBank = UUID.randomUUID();
    private final UUID an = UUID.randomUUID();
    private final UUID bert = UUID.randomUUID();
    private DataSource database;
    private VacancyStore vacancies;
    private IntakeStore intakes;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        database = database();
        OrganisationService organisations = mock(OrganisationService.class);
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
        vacancies = new VacancyStoreTestAccess(database, organisations, skills, CLOCK).store();
        intakes = new IntakeStore(database, volunteers, vacancies, CLOCK);
    }

    @Test
    void aCoachPlansAnIntakeAndRecordsOutcomeNotesAndReferrals() {
        Vacancy soup = vacancies.create(VacancyStoreContract.input(foodBank), "kim");
        Vacancy other = vacancies.create(VacancyStoreContract.input(foodBank), "kim");
        Intake planned = intakes.plan(new Intake.Plan(an, MONDAY), "lies");
        assertEquals("lies", planned.coach());
        assertEquals(MONDAY, planned.plannedAt());
        assertNull(planned.outcome());
        Intake recorded = intakes.record(planned.id(), 1, new Intake.Result(Intake.Outcome.READY,
                "Kookt graag, wil weekends", List.of(soup.id(), other.id(), soup.id())));
        assertEquals(2, recorded.version());
        assertEquals(Intake.Outcome.READY, recorded.outcome());
        assertEquals("Kookt graag, wil weekends", recorded.notes());
        assertEquals(Set.of(soup.id(), other.id()), Set.copyOf(recorded.referredTo()));
        Intake corrected = intakes.record(planned.id(), 2, new Intake.Result(Intake.Outcome.NOT_YET, null, null));
        assertEquals(List.of(), corrected.referredTo());
        assertEquals(corrected, intakes.intake(planned.id()));
        assertEquals(DomainException.Kind.STALE, assertThrows(DomainException.class, () -> intakes.record(planned.id(),
                2, new Intake.Result(Intake.Outcome.READY, null, null))).kind());
        intakes.plan(new Intake.Plan(bert, MONDAY.plusSeconds(3600)), "kim");
        assertEquals(List.of(corrected), intakes.list(an, null, 50, 0).items());
        assertEquals(1, intakes.list(null, "kim", 50, 0).total());
        assertEquals(2, intakes.list(null, null, 50, 0).total());
    }

    @Test
    void aResultCannotBeRecordedBeforeTheIntakeTookPlace() {
        Instant nextWeek = CLOCK.instant().plusSeconds(7 * 24 * 3600);
        Intake planned = intakes.plan(new Intake.Plan(an, nextWeek), "lies");
        DomainException refused = assertThrows(DomainException.class, () -> intakes.record(planned.id(), 1,
                new Intake.Result(Intake.Outcome.READY, "Gaat vast goed", null)));
        assertEquals(DomainException.Kind.CONFLICT, refused.kind());
        assertEquals("intake_not_held_yet", refused.code());
        assertEquals("outcome", refused.field());
        assertTrue(refused.text().en().contains("30/11/2026 11:00"), refused.text().en());
        assertEquals(planned, intakes.intake(planned.id()));
        // at the planned time itself it may be recorded
        Intake now = intakes.plan(new Intake.Plan(bert, CLOCK.instant()), "lies");
        assertEquals(Intake.Outcome.NOT_YET, intakes.record(now.id(), 1, new Intake.Result(Intake.Outcome.NOT_YET,
                null, null)).outcome());
    }

    @Test
    void referralsToOpenVacanciesProposeTheVolunteerOnceOnBehalfOfTheCoach() {
        Vacancy soup = vacancies.create(VacancyStoreContract.input(foodBank), "kim");
        Vacancy draft = vacancies.create(VacancyStoreContract.with(VacancyStoreContract.input(foodBank), 2,
                VacancyStatus.DRAFT, null, null), "kim");
        Vacancy applied = vacancies.create(VacancyStoreContract.input(foodBank), "kim");
        ApplicationStore applications = new ApplicationStoreTestAccess(database, vacancies, volunteers,
                mock(EngagementService.class), CLOCK).store();
        applications.create(new Application.Input(applied.id(), an, ApplicationStatus.APPLIED, null), "an");
        Intake planned = intakes.plan(new Intake.Plan(an, MONDAY), "lies");

        intakes.record(planned.id(), 1, new Intake.Result(Intake.Outcome.READY, null, List.of(soup.id(), draft.id(),
                applied.id())));
        intakes.record(planned.id(), 2, new Intake.Result(Intake.Outcome.READY, "Gecorrigeerd", List.of(soup.id())));

        List<Application> hers = applications.list(null, null, an, Set.of(), 50, 0).items();
        assertEquals(2, hers.size(), "one proposal for the open vacancy, none for the draft, none again");
        Application proposal = hers.stream().filter(a -> a.vacancyId().equals(soup.id())).findFirst().orElseThrow();
        assertEquals(ApplicationStatus.PROPOSED, proposal.status());
        assertEquals("lies", proposal.history().get(0).changedBy());
        assertEquals(IntakeStore.REFERRAL_NOTE, proposal.history().get(0).note());
        assertEquals(ApplicationStatus.APPLIED, hers.stream().filter(a -> a.vacancyId().equals(applied.id()))
                .findFirst().orElseThrow().status(), "the volunteer's own application stays as it was");
    }

    @Test
    void badIntakesAreRefusedNamingTheField() {
        assertEquals("volunteerId", assertThrows(DomainException.class, () -> intakes.plan(new Intake.Plan(
                UUID.randomUUID(), MONDAY), "lies")).field());
        assertEquals("plannedAt", assertThrows(DomainException.class, () -> intakes.plan(new Intake.Plan(an, null),
                "lies")).field());
        Intake planned = intakes.plan(new Intake.Plan(an, MONDAY), "lies");
        assertEquals("outcome", assertThrows(DomainException.class, () -> intakes.record(planned.id(), 1,
                new Intake.Result(null, "x", null))).field());
        assertEquals("referredTo[0]", assertThrows(DomainException.class, () -> intakes.record(planned.id(), 1,
                new Intake.Result(Intake.Outcome.READY, null, List.of(UUID.randomUUID())))).field());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, () -> intakes.record(
                UUID.randomUUID(), 1, new Intake.Result(Intake.Outcome.READY, null, null))).kind());
        assertEquals(1, intakes.intake(planned.id()).version());
    }

    @Test
    void theVolunteersIntakesWithNotesAreExportedAndErased() {
        Intake mine = intakes.record(intakes.plan(new Intake.Plan(an, MONDAY), "lies").id(), 1, new Intake.Result(
                Intake.Outcome.READY, "Notities", null));
        intakes.plan(new Intake.Plan(bert, MONDAY), "lies");
        assertEquals(Map.of("intakes", List.of(mine)), intakes.export(an, new Caller("lies", Set.of("coordinator"))));
        intakes.erase(an);
        assertEquals(Map.of(), intakes.export(an, new Caller("lies", Set.of("coordinator"))));
        assertEquals(1, intakes.list(null, null, 50, 0).total());
    }
}
