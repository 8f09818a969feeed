package be.pillars.targetgroups.internal.privacy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.http.Caller;
import be.pillars.api.http.Role;
import be.pillars.targetgroups.internal.TestConfigurations;
import be.pillars.targetgroups.internal.buddies.BuddyStore;
import be.pillars.targetgroups.internal.participants.Participant;
import be.pillars.targetgroups.internal.participants.ParticipantStore;
import be.pillars.targetgroups.internal.participants.Proposal;
import be.pillars.targetgroups.internal.participants.VolunteerProposals;
import be.pillars.targetgroups.internal.projects.Project;
import be.pillars.targetgroups.internal.projects.ProjectStore;

/** The participant record a volunteer came from: in their export for whoever may see it, and in their erasure. */
class TargetGroupsPersonalDataTest {

    private static final Instant NOW = Instant.parse("2026-11-23T10:00:00Z");

    private final ProjectStore projects = mock(ProjectStore.class);
    private final BuddyStore buddies = mock(BuddyStore.class);
    private final ParticipantStore participants = mock(ParticipantStore.class);
    private final VolunteerProposals proposals = mock(VolunteerProposals.class);
    private final TargetGroupsPersonalData personalData = new TargetGroupsPersonalData(projects, buddies,
            participants, proposals, TestConfigurations.pillar(5, 0.8, 4));
    private final UUID volunteerId = UUID.randomUUID();
    private final Project soup = new Project(UUID.randomUUID(), "Soepbar", null, "lies", LocalDate.of(2026, 1, 1),
            null, List.of("poverty"), List.of(UUID.randomUUID()), 1, 1, 0, "lies", NOW);
    private final Participant marie = new Participant(UUID.randomUUID(), soup.id(), "Marie", "via het OCMW",
            "soep serveren", LocalDate.of(2026, 3, 1), null, "lies", NOW, volunteerId);
    private final Proposal consented = new Proposal(UUID.randomUUID(), marie.id(), Proposal.Status.CONSENTED,
            new Proposal.Input(null, null, null, null, null, null, null, null, soup.partners().get(0), "soep serveren",
                    EngagementKind.REGULAR), "lies", NOW, new Proposal.Decision("lies", NOW, NOW, null, "formulier",
                            volunteerId, UUID.randomUUID()));

    @BeforeEach
    void marieBecameAVolunteer() {
        when(buddies.historyOfVolunteer(volunteerId, 4)).thenReturn(List.of());
        when(projects.projectsOf(volunteerId)).thenReturn(List.of());
        when(projects.require(soup.id())).thenReturn(soup);
        when(participants.linkedTo(volunteerId)).thenReturn(List.of(marie));
        when(proposals.history(marie.id())).thenReturn(List.of(consented));
    }

    private static Caller coordinator(String login) {
        return new Caller(login, Set.of(Role.COORDINATOR.realmName()));
    }

    @Test
    void theProjectsCoordinatorAndAdminsGetTheParticipantRecordWithItsConsent() {
        TargetGroupsPersonalData.ParticipantRecord record = new TargetGroupsPersonalData.ParticipantRecord(marie,
                "Soepbar", List.of(consented));
        for (Caller requester : List.of(coordinator("lies"), new Caller("karaf", Set.of(Role.ADMIN.realmName())))) {
            Map<String, Object> export = personalData.export(volunteerId, requester);
            assertEquals(List.of(record), export.get("participants"), requester.name());
            assertFalse(export.containsKey("participantsWithheld"), requester.name());
        }
    }

    @Test
    void anyOtherCoordinatorIsToldARecordWasWithheldWithoutSeeingIt() {
        Map<String, Object> export = personalData.export(volunteerId, coordinator("jan"));
        assertEquals(List.of(), export.get("participants"));
        assertEquals(1, export.get("participantsWithheld"));
        assertFalse(export.toString().contains("Marie"), export.toString());
    }

    @Test
    void erasingTheVolunteerErasesTheParticipantRecordTheyCameFrom() {
        personalData.erase(volunteerId);
        verify(participants).forgetVolunteer(volunteerId);
        verify(buddies).forgetVolunteer(volunteerId);
    }
}
