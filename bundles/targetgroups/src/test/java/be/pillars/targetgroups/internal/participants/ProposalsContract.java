package be.pillars.targetgroups.internal.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.targetgroups.internal.TestProjects;
import be.pillars.targetgroups.internal.projects.EngagementInput;
import be.pillars.targetgroups.internal.projects.Project;
import be.pillars.targetgroups.internal.projects.ProjectStore;

/**
 * What every database must do for a participant's way to become a volunteer of the municipality; run by one subclass
 * per database. Core is a double that keeps its two rules that matter here: a unique email, and a guardian's consent
 * under 16.
 */
abstract class ProposalsContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final Instant SIGNED = Instant.parse("2026-11-20T14:30:00Z");

    private final VolunteerService volunteers = mock(VolunteerService.class);
    private final ProjectStore projects = mock(ProjectStore.class);
    private final Set<String> emailsTaken = new HashSet<>();
    private final List<VolunteerData> created = new ArrayList<>();
    private final UUID ocmw = UUID.randomUUID();
    private UUID lastEngagement;
    private ParticipantStore participants;
    private VolunteerProposals proposals;
    private Project soup;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        DataSource database = database();
        participants = new ParticipantStore(database, CLOCK);
        proposals = new VolunteerProposals(database, participants, projects, volunteers, CLOCK);
        LocalDate start = LocalDate.of(2026, 1, 1);
        soup = new Project(TestProjects.insert(database, "lies", start), "Soepbar", null, "lies", start, null,
                List.of("poverty"), List.of(ocmw), 0, 0, 0, "lies", CLOCK.instant());
        when(volunteers.check(any())).thenAnswer(call -> call.<List<VolunteerData>>getArgument(0).stream()
                .map(ProposalsContract.this::refusedByCore).filter(problem -> problem != null)
                .map(problem -> new DomainException.Problem(1, problem.field(), problem.code(), problem.text()))
                .toList());
        when(volunteers.create(any())).thenAnswer(call -> {
            VolunteerData data = call.getArgument(0);
            DomainException refused = refusedByCore(data);
            if (refused != null) {
                throw refused;
            }
            emailsTaken.add(data.email());
            created.add(data);
            return new Volunteer(UUID.randomUUID(), 1, data, CLOCK.instant(), CLOCK.instant());
        });
        when(projects.engage(eq(soup.id()), any())).thenAnswer(call -> {
            EngagementInput input = call.getArgument(1);
            lastEngagement = UUID.randomUUID();
            return new Engagement(lastEngagement, 1, new EngagementData(input.volunteerId(), input.organisationId(),
                    input.role(), input.kind(), input.startDate(), input.endDate(), EngagementStatus.ACTIVE,
                    "targetgroups"), CLOCK.instant(), CLOCK.instant());
        });
    }

    /** Core's refusal of a volunteer, as far as this double knows core's rules. */
    private DomainException refusedByCore(VolunteerData data) {
        if (emailsTaken.contains(data.email())) {
            return new DomainException(DomainException.Kind.CONFLICT, "duplicate_email", "email",
                    LocalizedText.of("Er is al een vrijwilliger met dit e-mailadres",
                            "There is already a volunteer with this email address"));
        }
        if (data.birthDate() != null && data.birthDate().plusYears(16).isAfter(LocalDate.now(CLOCK))
                && data.consents().stream().noneMatch(consent -> consent.purpose().equals("guardian"))) {
            return DomainException.invalid("too_young", "birthDate", LocalizedText.of("Jonger dan 16", "Under 16"));
        }
        return null;
    }

    private Participant marie(String role, LocalDate leftOn) {
        return participants.add(soup.id(), new Participant.Input("Marie", "via het OCMW", role,
                LocalDate.of(2026, 3, 1), leftOn), "lies");
    }

    private Proposal.Input proposed(String email, LocalDate birthDate, String role) {
        return new Proposal.Input(" Marie ", "Claes", email, null, birthDate, "3500", "Kiewit", Preference.REGULAR,
                ocmw, role, EngagementKind.REGULAR);
    }

    private static Proposal.Consent signedForm(Instant guardian) {
        return new Proposal.Consent(SIGNED, "getekend formulier in de projectmap", guardian);
    }

    @Test
    void aProposalCarriesWhatCoreNeedsAndStaysInThePillarUntilThePersonAnswers() {
        Participant marie = marie("soep serveren", null);
        Proposal proposal = proposals.propose(soup, marie.id(), proposed("marie@example.be", null, null), "lies");
        assertEquals(Proposal.Status.PROPOSED, proposal.status());
        assertEquals("Marie", proposal.proposed().firstName());
        assertEquals("soep serveren", proposal.proposed().role(), "the participant's own role unless one is given");
        assertEquals("lies", proposal.proposedBy());
        assertEquals(CLOCK.instant(), proposal.proposedAt());
        assertNull(proposal.decision());
        assertEquals(proposal, proposals.latest(soup, marie.id()));
        verify(volunteers, never()).create(any());
        assertNull(participants.find(soup.id(), marie.id()).volunteerId());

        assertEquals("proposal_open", assertThrows(DomainException.class, () -> proposals.propose(soup, marie.id(),
                proposed("marie@example.be", null, null), "lies")).code());
    }

    @Test
    void aYesMakesACoreVolunteerWithTheConsentLinkedToTheParticipantAndEngagedInTheProject() {
        Participant marie = marie("soep serveren", LocalDate.of(2027, 6, 30));
        proposals.propose(soup, marie.id(), proposed("marie@example.be", LocalDate.of(1970, 5, 1), "onthaal"),
                "lies");
        Proposal consented = proposals.consent(soup, marie.id(), signedForm(null), "karaf");

        VolunteerData volunteer = created.get(0);
        assertEquals(List.of(new Consent(VolunteerProposals.PURPOSE, SIGNED)), volunteer.consents());
        assertEquals("marie@example.be", volunteer.email());
        assertNull(volunteer.status(), "a candidate, until the project's engagement makes them active");
        UUID volunteerId = consented.decision().volunteerId();
        assertEquals(volunteerId, participants.find(soup.id(), marie.id()).volunteerId());
        assertEquals(List.of(marie.id()), participants.linkedTo(volunteerId).stream().map(Participant::id).toList());

        ArgumentCaptor<EngagementInput> engaged = ArgumentCaptor.forClass(EngagementInput.class);
        verify(projects).engage(eq(soup.id()), engaged.capture());
        assertEquals(new EngagementInput(volunteerId, ocmw, "onthaal", EngagementKind.REGULAR,
                LocalDate.of(2026, 11, 20), LocalDate.of(2027, 6, 30)), engaged.getValue(),
                "from the day they consented until the day they leave");

        assertEquals(Proposal.Status.CONSENTED, consented.status());
        assertEquals(new Proposal.Decision("karaf", CLOCK.instant(), SIGNED, null,
                "getekend formulier in de projectmap", volunteerId, lastEngagement), consented.decision());
        assertNull(consented.proposed().email(), "core holds the personal data now");
        assertEquals("onthaal", consented.proposed().role());

        assertEquals("already_volunteer", assertThrows(DomainException.class, () -> proposals.propose(soup,
                marie.id(), proposed("marie2@example.be", null, null), "lies")).code());
        assertEquals("already_volunteer", assertThrows(DomainException.class, () -> proposals.consent(soup,
                marie.id(), signedForm(null), "lies")).code());
        assertEquals(1, created.size());
    }

    @Test
    void aFailureAfterCoreStoredTheVolunteerLeavesTheParticipantAndTheProposalAsTheyWere() {
        Participant marie = marie("soep serveren", null);
        proposals.propose(soup, marie.id(), proposed("marie@example.be", null, null), "lies");
        when(projects.engage(eq(soup.id()), any())).thenThrow(new IllegalStateException("Storage failed"));
        assertThrows(IllegalStateException.class, () -> proposals.consent(soup, marie.id(), signedForm(null), "lies"));
        assertNull(participants.find(soup.id(), marie.id()).volunteerId());
        Proposal open = proposals.latest(soup, marie.id());
        assertEquals(Proposal.Status.PROPOSED, open.status());
        assertEquals("marie@example.be", open.proposed().email());
        assertNull(open.decision());
    }

    @Test
    void someoneWhoJoinsLaterIsEngagedFromTheDayTheyJoin() {
        Participant later = participants.add(soup.id(), new Participant.Input("Ahmed", null, "onthaal",
                LocalDate.of(2026, 12, 1), null), "lies");
        proposals.propose(soup, later.id(), proposed("ahmed@example.be", null, null), "lies");
        proposals.consent(soup, later.id(), signedForm(null), "lies");
        ArgumentCaptor<EngagementInput> engaged = ArgumentCaptor.forClass(EngagementInput.class);
        verify(projects).engage(eq(soup.id()), engaged.capture());
        assertEquals(LocalDate.of(2026, 12, 1), engaged.getValue().startDate());
        assertNull(engaged.getValue().endDate());
    }

    @Test
    void aNoOrAWithdrawalLeavesTheParticipantInThePillarOnlyWithoutThePersonalDataProposed() {
        Participant marie = marie("soep serveren", null);
        proposals.propose(soup, marie.id(), proposed("marie@example.be", null, null), "lies");
        Proposal declined = proposals.decline(soup, marie.id(), "lies");
        assertEquals(Proposal.Status.DECLINED, declined.status());
        assertEquals("lies", declined.decision().by());
        assertNull(declined.decision().volunteerId());
        assertNull(declined.proposed().firstName());
        assertNull(declined.proposed().email());

        proposals.propose(soup, marie.id(), proposed("marie@example.be", null, null), "lies");
        assertEquals(Proposal.Status.WITHDRAWN, proposals.withdraw(soup, marie.id(), "karaf").status());
        for (Runnable closed : List.<Runnable>of(() -> proposals.consent(soup, marie.id(), signedForm(null), "lies"),
                () -> proposals.decline(soup, marie.id(), "lies"),
                () -> proposals.withdraw(soup, marie.id(), "lies"))) {
            DomainException refused = assertThrows(DomainException.class, closed::run);
            assertEquals("no_open_proposal", refused.code());
            assertEquals(DomainException.Kind.CONFLICT, refused.kind());
        }

        verify(volunteers, never()).create(any());
        verify(projects, never()).engage(any(), any());
        assertNull(participants.find(soup.id(), marie.id()).volunteerId());
        assertEquals(List.of(Proposal.Status.DECLINED, Proposal.Status.WITHDRAWN), proposals.history(marie.id())
                .stream().map(Proposal::status).toList());
        assertEquals(Proposal.Status.WITHDRAWN, proposals.latest(soup, marie.id()).status());
    }

    @Test
    void anEmailAVolunteerHasIsAConflictThatNamesNobodyAndChangesNothing() {
        Participant marie = marie("soep serveren", null);
        emailsTaken.add("an@example.be");
        DomainException refused = assertThrows(DomainException.class, () -> proposals.propose(soup, marie.id(),
                proposed("an@example.be", null, null), "lies"));
        assertEquals(DomainException.Kind.CONFLICT, refused.kind());
        assertEquals("duplicate_email", refused.code());
        assertEquals("email", refused.field());
        assertEquals("no_proposal", assertThrows(DomainException.class, () -> proposals.latest(soup, marie.id()))
                .code());

        // taken between the proposal and the consent
        proposals.propose(soup, marie.id(), proposed("marie@example.be", null, null), "lies");
        emailsTaken.add("marie@example.be");
        DomainException late = assertThrows(DomainException.class, () -> proposals.consent(soup, marie.id(),
                signedForm(null), "lies"));
        assertEquals(DomainException.Kind.CONFLICT, late.kind());
        assertEquals("email", late.field());
        assertTrue(late.text().en().contains("nothing changed"), late.text().en());
        assertEquals(Proposal.Status.PROPOSED, proposals.latest(soup, marie.id()).status());
        assertNull(participants.find(soup.id(), marie.id()).volunteerId());
        verify(projects, never()).engage(any(), any());
    }

    @Test
    void someoneUnder16IsProposedButBecomesAVolunteerOnlyWithAGuardiansConsent() {
        Participant young = marie("soep serveren", null);
        LocalDate fifteen = LocalDate.of(2011, 6, 1);
        proposals.propose(soup, young.id(), proposed("jonge.marie@example.be", fifteen, null), "lies");
        DomainException refused = assertThrows(DomainException.class, () -> proposals.consent(soup, young.id(),
                signedForm(null), "lies"));
        assertEquals("too_young", refused.code());
        assertEquals("birthDate", refused.field());
        assertEquals(DomainException.Kind.INVALID, refused.kind());
        assertEquals(Proposal.Status.PROPOSED, proposals.latest(soup, young.id()).status());

        Instant parent = Instant.parse("2026-11-19T18:00:00Z");
        Proposal consented = proposals.consent(soup, young.id(), signedForm(parent), "lies");
        assertEquals(parent, consented.decision().guardianConsentedAt());
        assertEquals(List.of(new Consent(VolunteerProposals.PURPOSE, SIGNED), new Consent(
                VolunteerData.GUARDIAN_CONSENT, parent)), created.get(0).consents());
    }

    @Test
    void badInputNamesTheFieldAndStoresNothing() {
        Participant marie = marie(null, null);
        Proposal.Input good = proposed("marie@example.be", null, "onthaal");
        assertEquals("organisationId", assertThrows(DomainException.class, () -> proposals.propose(soup, marie.id(),
                new Proposal.Input("Marie", "Claes", "marie@example.be", null, null, "3500", null, Preference.BOTH,
                        UUID.randomUUID(), "onthaal", EngagementKind.REGULAR), "lies")).field());
        assertEquals("role", assertThrows(DomainException.class, () -> proposals.propose(soup, marie.id(),
                proposed("marie@example.be", null, null), "lies")).field(), "no role given and none recorded");
        assertEquals("kind", assertThrows(DomainException.class, () -> proposals.propose(soup, marie.id(),
                new Proposal.Input("Marie", "Claes", "marie@example.be", null, null, "3500", null, Preference.BOTH,
                        ocmw, "onthaal", null), "lies")).field());
        assertEquals("participantId", assertThrows(DomainException.class, () -> proposals.propose(soup,
                UUID.randomUUID(), good, "lies")).field());
        assertEquals("no_proposal", assertThrows(DomainException.class, () -> proposals.latest(soup, marie.id()))
                .code());

        proposals.propose(soup, marie.id(), good, "lies");
        assertEquals("consentedAt", assertThrows(DomainException.class, () -> proposals.consent(soup, marie.id(),
                new Proposal.Consent(CLOCK.instant().plusSeconds(60), "formulier", null), "lies")).field());
        assertEquals("consentedAt", assertThrows(DomainException.class, () -> proposals.consent(soup, marie.id(),
                new Proposal.Consent(null, "formulier", null), "lies")).field());
        assertEquals("evidence", assertThrows(DomainException.class, () -> proposals.consent(soup, marie.id(),
                new Proposal.Consent(SIGNED, " ", null), "lies")).field());
        assertEquals("guardianConsentedAt", assertThrows(DomainException.class, () -> proposals.consent(soup,
                marie.id(), new Proposal.Consent(SIGNED, "formulier", CLOCK.instant().plusSeconds(60)), "lies"))
                .field());
        verify(volunteers, never()).create(any());
        assertEquals(Proposal.Status.PROPOSED, proposals.latest(soup, marie.id()).status());
    }

    @Test
    void aParticipantWhoLeftIsNotProposed() {
        Participant left = marie("soep serveren", LocalDate.of(2026, 10, 31));
        DomainException refused = assertThrows(DomainException.class, () -> proposals.propose(soup, left.id(),
                proposed("marie@example.be", null, null), "lies"));
        assertEquals("participant_left", refused.code());
        assertEquals("leftOn", refused.field());
        assertEquals("no_proposal", assertThrows(DomainException.class, () -> proposals.latest(soup, left.id()))
                .code());
    }

    @Test
    void erasingTheParticipantOrTheVolunteerTheyBecameLeavesNoProposal() {
        Participant marie = marie("soep serveren", null);
        proposals.propose(soup, marie.id(), proposed("marie@example.be", null, null), "lies");
        participants.erase(soup.id(), marie.id());
        assertEquals(List.of(), proposals.history(marie.id()));

        Participant ahmed = participants.add(soup.id(), new Participant.Input("Ahmed", null, "onthaal",
                LocalDate.of(2026, 3, 1), null), "lies");
        Participant zoe = participants.add(soup.id(), new Participant.Input("Zoë", null, null,
                LocalDate.of(2026, 3, 1), null), "lies");
        proposals.propose(soup, ahmed.id(), proposed("ahmed@example.be", null, null), "lies");
        UUID volunteerId = proposals.consent(soup, ahmed.id(), signedForm(null), "lies").decision().volunteerId();
        participants.forgetVolunteer(volunteerId);
        assertEquals(List.of(), participants.linkedTo(volunteerId));
        assertEquals(List.of(), proposals.history(ahmed.id()));
        assertEquals(List.of(zoe), participants.list(soup.id()), "someone else's record stays");
    }
}
