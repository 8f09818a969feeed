package be.pillars.targetgroups.internal.projects;

import static be.pillars.api.audit.AuditTrail.VOLUNTEER;

import java.util.Map;
import java.util.UUID;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.LocalizedText;
import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.audit.Audited;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.targetgroups.internal.TargetGroupsPillar;
import be.pillars.targetgroups.internal.buddies.BuddyStore;
import be.pillars.targetgroups.internal.buddies.BuddySuggestions;
import be.pillars.targetgroups.internal.buddies.Pair;
import be.pillars.targetgroups.internal.buddies.PersonHelped;
import be.pillars.targetgroups.internal.buddies.Visit;
import be.pillars.targetgroups.internal.participants.Participant;
import be.pillars.targetgroups.internal.participants.ParticipantStore;
import be.pillars.targetgroups.internal.participants.Proposal;
import be.pillars.targetgroups.internal.participants.VolunteerProposals;

/**
 * {@code /api/targetgroups/projects}: projects for coordinators, and, for the project's own coordinator and
 * admins only, its participants from the target group (and their proposals to become volunteers of the
 * municipality), persons helped, buddy pairs and visits. Every route that shows or changes data about a person is on
 * the audit trail.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("targetgroups.projects")
@HttpWhiteboardServletPattern({"/targetgroups/projects", "/targetgroups/projects/*"})
@HttpWhiteboardServletAsyncSupported
public class ProjectsServlet extends JsonServlet {

    /** Audit subject type of a participant from the target group. */
    public static final String PARTICIPANT = "targetgroups.participant";
    /** Audit subject type of a person helped. */
    public static final String PERSON = "targetgroups.person";

    private static final long serialVersionUID = 1L;
    private static final Access COORDINATORS = Access.roles(Role.COORDINATOR);
    private static final Access ADMINS = Access.roles(Role.ADMIN);
    private static final int DEFAULT_SUGGESTIONS = 10;

    private final transient ProjectStore projects;
    private final transient TargetGroupsPillar pillar;

    @Activate
    public ProjectsServlet(@Reference ProjectStore projects, @Reference ParticipantStore participants,
            @Reference VolunteerProposals proposals, @Reference BuddyStore buddies,
            @Reference BuddySuggestions suggestions, @Reference AuditTrail audit,
            @Reference TargetGroupsPillar pillar) {
        this.projects = projects;
        this.pillar = pillar;

        get("/", COORDINATORS, request -> projects.list(request.queryText("coordinator"),
                request.queryNumber("limit", ProjectStore.DEFAULT_LIMIT, 1, ProjectStore.MAX_LIMIT),
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE)));
        post("/", COORDINATORS, request -> {
            ProjectInput input = request.body(ProjectInput.class);
            return new ApiResponse(201, projects.create(input, coordinator(request, input), request.caller().name()));
        });
        get("/attention", COORDINATORS, Audited.route(audit, Action.READ, PERSON, null,
                "targetgroups pairs needing attention", request -> {
                    Viewer viewer = Viewer.of(request.caller());
                    return buddies.needingAttention(viewer.admin() ? request.queryText("coordinator")
                            : viewer.login(), gapWeeks());
                }));
        get("/{projectId}", COORDINATORS, request -> projects.require(request.pathId("projectId")));
        put("/{projectId}", COORDINATORS, request -> {
            Project project = coordinated(request);
            ProjectInput input = request.body(ProjectInput.class);
            // a change that names no coordinator keeps the project's own
            return projects.update(project.id(), input, input.coordinator() == null ? project.coordinator()
                    : coordinator(request, input));
        });

        get("/{projectId}/volunteers", COORDINATORS, Audited.route(audit, Action.READ, VOLUNTEER, null,
                "targetgroups project volunteers", request -> projects.engagements(request.pathId("projectId"))));
        post("/{projectId}/volunteers", COORDINATORS, request -> {
            coordinated(request);
            Engagement engagement = projects.engage(request.pathId("projectId"),
                    request.body(EngagementInput.class));
            audit.record(request.caller().name(), Action.CREATE, VOLUNTEER, engagement.data().volunteerId(),
                    "targetgroups project engagement " + engagement.id());
            return new ApiResponse(201, engagement);
        });

        post("/{projectId}/participants", COORDINATORS, request -> {
            Project project = coordinated(request);
            Participant participant = participants.add(project.id(), request.body(Participant.Input.class),
                    request.caller().name());
            audit.record(request.caller().name(), Action.CREATE, PARTICIPANT, participant.id(), "targetgroups");
            return new ApiResponse(201, participant);
        });
        get("/{projectId}/participants", COORDINATORS, Audited.route(audit, Action.READ, PARTICIPANT, null,
                "targetgroups participants of a project", request -> participants.list(coordinated(request).id())));
        get("/{projectId}/participants/{participantId}", COORDINATORS, Audited.route(audit, Action.READ,
                PARTICIPANT, "participantId", "targetgroups", request -> participants.find(coordinated(request).id(),
                        request.pathId("participantId"))));
        put("/{projectId}/participants/{participantId}", COORDINATORS, Audited.route(audit, Action.UPDATE,
                PARTICIPANT, "participantId", "targetgroups", request -> participants.update(
                        coordinated(request).id(), request.pathId("participantId"),
                        request.body(Participant.Input.class))));
        get("/{projectId}/participants/{participantId}/export", COORDINATORS, Audited.route(audit, Action.EXPORT,
                PARTICIPANT, "participantId", "targetgroups", request -> {
                    Project project = coordinated(request);
                    UUID participantId = request.pathId("participantId");
                    return Map.of("participant", participants.find(project.id(), participantId),
                            "project", Map.of("id", project.id(), "name", project.name()),
                            "proposals", proposals.history(participantId));
                }));
        post("/{projectId}/participants/{participantId}/erase", ADMINS, Audited.route(audit, Action.ERASE,
                PARTICIPANT, "participantId", "targetgroups", request -> {
                    participants.erase(coordinated(request).id(), request.pathId("participantId"));
                    return new ApiResponse(204, null);
                }));

        post("/{projectId}/participants/{participantId}/proposal", COORDINATORS, Audited.route(audit, Action.CREATE,
                PARTICIPANT, "participantId", "targetgroups proposal to become a volunteer", request -> new ApiResponse(
                        201, proposals.propose(coordinated(request), request.pathId("participantId"),
                                request.body(Proposal.Input.class), request.caller().name()))));
        get("/{projectId}/participants/{participantId}/proposal", COORDINATORS, Audited.route(audit, Action.READ,
                PARTICIPANT, "participantId", "targetgroups proposal to become a volunteer", request -> proposals
                        .latest(coordinated(request), request.pathId("participantId"))));
        post("/{projectId}/participants/{participantId}/proposal/consent", COORDINATORS, request -> {
            UUID participantId = request.pathId("participantId");
            Proposal consented = proposals.consent(coordinated(request), participantId,
                    request.body(Proposal.Consent.class), request.caller().name());
            UUID volunteerId = consented.decision().volunteerId();
            audit.record(request.caller().name(), Action.UPDATE, PARTICIPANT, participantId,
                    "targetgroups consent recorded: became volunteer " + volunteerId);
            audit.record(request.caller().name(), Action.CREATE, VOLUNTEER, volunteerId,
                    "targetgroups participant " + participantId + " consented; project engagement "
                            + consented.decision().engagementId());
            return consented;
        });
        post("/{projectId}/participants/{participantId}/proposal/decline", COORDINATORS, Audited.route(audit,
                Action.UPDATE, PARTICIPANT, "participantId", "targetgroups proposal declined", request -> proposals
                        .decline(coordinated(request), request.pathId("participantId"), request.caller().name())));
        post("/{projectId}/participants/{participantId}/proposal/withdraw", COORDINATORS, Audited.route(audit,
                Action.UPDATE, PARTICIPANT, "participantId", "targetgroups proposal withdrawn", request -> proposals
                        .withdraw(coordinated(request), request.pathId("participantId"), request.caller().name())));

        post("/{projectId}/persons", COORDINATORS, request -> {
            Project project = coordinated(request);
            PersonHelped person = buddies.addPerson(project.id(), request.body(PersonHelped.Input.class),
                    request.caller().name());
            audit.record(request.caller().name(), Action.CREATE, PERSON, person.id(), "targetgroups");
            return new ApiResponse(201, person);
        });
        get("/{projectId}/persons", COORDINATORS, Audited.route(audit, Action.READ, PERSON, null,
                "targetgroups persons helped of a project", request -> buddies.persons(coordinated(request).id())));
        get("/{projectId}/persons/{personId}", COORDINATORS, Audited.route(audit, Action.READ, PERSON, "personId",
                "targetgroups", request -> buddies.person(coordinated(request).id(), request.pathId("personId"))));
        get("/{projectId}/persons/{personId}/suggestions", COORDINATORS, Audited.route(audit, Action.SEARCH,
                VOLUNTEER, null, "targetgroups buddy suggestions", request -> suggestions.suggest(
                        buddies.person(coordinated(request).id(), request.pathId("personId")),
                        request.queryNumber("limit", DEFAULT_SUGGESTIONS, 1, 50))));
        get("/{projectId}/persons/{personId}/export", COORDINATORS, Audited.route(audit, Action.EXPORT, PERSON,
                "personId", "targetgroups", request -> {
                    Project project = coordinated(request);
                    UUID personId = request.pathId("personId");
                    return Map.of("person", buddies.person(project.id(), personId),
                            "project", Map.of("id", project.id(), "name", project.name()),
                            "pairs", buddies.historyOfPerson(personId, gapWeeks()));
                }));
        post("/{projectId}/persons/{personId}/erase", ADMINS, Audited.route(audit, Action.ERASE, PERSON,
                "personId", "targetgroups", request -> {
                    buddies.erasePerson(coordinated(request).id(), request.pathId("personId"));
                    return new ApiResponse(204, null);
                }));

        post("/{projectId}/pairs", COORDINATORS, request -> {
            Project project = coordinated(request);
            Pair pair = buddies.pair(project.id(), request.body(Pair.Input.class), request.caller().name(),
                    gapWeeks());
            audit.record(request.caller().name(), Action.CREATE, VOLUNTEER, pair.volunteerId(),
                    "targetgroups buddy pair " + pair.id());
            return new ApiResponse(201, pair);
        });
        get("/{projectId}/pairs", COORDINATORS, Audited.route(audit, Action.READ, PERSON, null,
                "targetgroups buddy pairs of a project", request -> buddies.pairs(coordinated(request).id(),
                        gapWeeks())));
        post("/{projectId}/pairs/{pairId}/end", COORDINATORS, request -> {
            Pair pair = buddies.end(coordinated(request).id(), request.pathId("pairId"),
                    request.body(Pair.End.class), gapWeeks());
            audit.record(request.caller().name(), Action.UPDATE, PERSON, pair.personId(),
                    "targetgroups buddy pair ended " + pair.id());
            return pair;
        });
        post("/{projectId}/pairs/{pairId}/visits", COORDINATORS, request -> {
            UUID projectId = coordinated(request).id();
            Visit visit = buddies.visit(projectId, request.pathId("pairId"), request.body(Visit.Input.class),
                    request.caller().name(), gapWeeks());
            audit.record(request.caller().name(), Action.CREATE, PERSON,
                    buddies.pairOf(projectId, visit.pairId(), gapWeeks()).personId(),
                    "targetgroups visit " + visit.id());
            return new ApiResponse(201, visit);
        });
        get("/{projectId}/pairs/{pairId}/visits", COORDINATORS, request -> {
            UUID projectId = coordinated(request).id();
            UUID pairId = request.pathId("pairId");
            var visits = buddies.visits(projectId, pairId, gapWeeks());
            audit.record(request.caller().name(), Action.READ, PERSON,
                    buddies.pairOf(projectId, pairId, gapWeeks()).personId(), "targetgroups visits of pair " + pairId);
            return visits;
        });
    }

    private Project coordinated(ApiRequest request) {
        return ProjectAccess.coordinated(projects, request);
    }

    private int gapWeeks() {
        return pillar.settings().inForce().buddyVisitGapWeeks();
    }

    /** The project's coordinator: the caller unless an admin names someone else. */
    private static String coordinator(ApiRequest request, ProjectInput input) {
        String asked = input.coordinator() == null || input.coordinator().isBlank() ? null : input.coordinator().strip();
        boolean admin = request.caller().roles().contains(Role.ADMIN.realmName());
        if (asked != null && !asked.equals(request.caller().name()) && !admin) {
            throw new ApiException(403, "not_yourself", LocalizedText.of(
                    "Alleen een beheerder wijst een andere coördinator aan",
                    "Only an admin names another coordinator"), "coordinator");
        }
        return asked == null ? request.caller().name() : asked;
    }
}
