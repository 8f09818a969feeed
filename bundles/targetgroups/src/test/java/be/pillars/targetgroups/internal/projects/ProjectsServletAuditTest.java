package be.pillars.targetgroups.internal.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;

import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.http.DescribedRoute;
import be.pillars.api.http.RouteDescription;
import be.pillars.targetgroups.internal.TargetGroupsPillar;
import be.pillars.targetgroups.internal.buddies.BuddyStore;
import be.pillars.targetgroups.internal.buddies.BuddySuggestions;
import be.pillars.targetgroups.internal.buddies.Pair;
import be.pillars.targetgroups.internal.buddies.PersonHelped;
import be.pillars.targetgroups.internal.participants.Participant;
import be.pillars.targetgroups.internal.participants.ParticipantStore;
import be.pillars.targetgroups.internal.participants.Proposal;
import be.pillars.targetgroups.internal.participants.VolunteerProposals;

/**
 * The routes whose handlers recorded by hand a subject or a detail taken from what they made now take it from their
 * answer: the entry each declares is the one its handler recorded. That JsonServlet records it once a route answered,
 * and nothing for a refused call, is the API's own test (this bundle has no Jackson databind to drive a servlet with).
 */
class ProjectsServletAuditTest {

    private static final UUID PARTICIPANT_ID = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a02");
    private static final UUID VOLUNTEER_ID = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a03");
    private static final UUID ENGAGEMENT_ID = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a04");
    private static final UUID PERSON_ID = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a05");
    private static final UUID PAIR_ID = UUID.fromString("0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a06");

    private final ProjectsServlet servlet = new ProjectsServlet(mock(ProjectStore.class),
            mock(ParticipantStore.class), mock(VolunteerProposals.class), mock(BuddyStore.class),
            mock(BuddySuggestions.class), (actor, action, subjectType, subject, detail) -> { },
            mock(TargetGroupsPillar.class));
    private final Pair pair = new Pair(PAIR_ID, null, PERSON_ID, "M.", VOLUNTEER_ID, null, null, null, 0, null,
            false);

    @Test
    void engagingAVolunteerRecordsTheVolunteerAndTheEngagement() {
        Engagement engagement = new Engagement(ENGAGEMENT_ID, 1, new EngagementData(VOLUNTEER_ID, null, null, null,
                null, null, null, null), null, null);
        assertEquals("CREATE volunteer " + VOLUNTEER_ID + " targetgroups project engagement " + ENGAGEMENT_ID,
                entry("POST /{projectId}/volunteers", engagement));
    }

    @Test
    void storingAParticipantOrAPersonRecordsTheOneStored() {
        assertEquals("CREATE targetgroups.participant " + PARTICIPANT_ID + " targetgroups",
                entry("POST /{projectId}/participants", new Participant(PARTICIPANT_ID, null, null, null, null, null,
                        null, null, null, null)));
        assertEquals("CREATE targetgroups.person " + PERSON_ID + " targetgroups", entry("POST /{projectId}/persons",
                new PersonHelped(PERSON_ID, null, null, null, null, null, null, null, null, null, null)));
    }

    @Test
    void aConsentRecordsTheVolunteerItMadeAndNamesTheParticipantAndEngagement() {
        Proposal consented = new Proposal(UUID.randomUUID(), PARTICIPANT_ID, Proposal.Status.CONSENTED, null, "anna",
                null, new Proposal.Decision("anna", null, null, null, "getekend formulier", VOLUNTEER_ID,
                        ENGAGEMENT_ID));
        assertEquals("CREATE volunteer " + VOLUNTEER_ID + " targetgroups participant " + PARTICIPANT_ID
                + " consented; project engagement " + ENGAGEMENT_ID,
                entry("POST /{projectId}/participants/{participantId}/proposal/consent", consented));
    }

    @Test
    void pairingAndEndingRecordTheVolunteerAndThePersonOfThePair() {
        assertEquals("CREATE volunteer " + VOLUNTEER_ID + " targetgroups buddy pair " + PAIR_ID,
                entry("POST /{projectId}/pairs", pair));
        assertEquals("UPDATE targetgroups.person " + PERSON_ID + " targetgroups buddy pair ended " + PAIR_ID,
                entry("POST /{projectId}/pairs/{pairId}/end", pair));
    }

    /**
     * What the route declares it records for this answer (the body of an ApiResponse), but the actor; these routes
     * read nothing of the request for it.
     */
    private String entry(String route, Object answer) {
        DescribedRoute described = servlet.routes().stream()
                .filter(candidate -> (candidate.method() + " " + candidate.template()).equals(route))
                .findFirst().orElseThrow();
        RouteDescription.Audit audit = described.description().audit();
        return audit.action() + " " + audit.subjectType() + " " + audit.subject().apply(null, answer) + " "
                + audit.detail().apply(null, answer);
    }
}
