package be.pillars.targetgroups.internal.projects;

import static be.pillars.api.audit.AuditTrail.VOLUNTEER;

import java.util.List;
import java.util.UUID;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;
import be.pillars.targetgroups.internal.TargetGroupsPillar;
import be.pillars.targetgroups.internal.buddies.BuddyStore;
import be.pillars.targetgroups.internal.buddies.BuddySuggestions;
import be.pillars.targetgroups.internal.buddies.Pair;
import be.pillars.targetgroups.internal.buddies.PersonHelped;
import be.pillars.targetgroups.internal.buddies.Suggestion;
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

    /** Which project an export is from. */
    public record ProjectName(UUID id, String name) {
    }

    /**
     * Everything this pillar holds about a participant: the record, its project and the proposals made to them. A
     * record rather than a map, as the person export too, so that the OpenAPI document shows its shape.
     */
    public record ParticipantExport(Participant participant, ProjectName project, List<Proposal> proposals) {
    }

    /** Everything this pillar holds about a person helped: the record, its project and their buddy pairs. */
    public record PersonExport(PersonHelped person, ProjectName project, List<BuddyStore.PairHistory> pairs) {
    }

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
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE)))
                .summary("Projecten zoeken", "Search projects")
                .query("coordinator", String.class, "Van deze coördinator (login)", "Of this coordinator (login)")
                .query("limit", Integer.class, "1 tot 200, standaard 50", "1 to 200, 50 unless given")
                .query("offset", Integer.class, "Hoeveel over te slaan", "How many to skip")
                .answers(new TypeReference<Page<Project>>() { }.getType());
        post("/", COORDINATORS, request -> {
            ProjectInput input = request.body(ProjectInput.class);
            return new ApiResponse(201, projects.create(input, coordinator(request, input), request.caller().name()));
        }).summary("Een project opslaan; een beheerder wijst er een andere coördinator voor aan",
                "Store a project; an admin names another coordinator for it")
                .body(ProjectInput.class).answers(201, Project.class);
        get("/attention", COORDINATORS, request -> {
            Viewer viewer = Viewer.of(request.caller());
            return buddies.needingAttention(viewer.admin() ? request.queryText("coordinator") : viewer.login(),
                    gapWeeks());
        }).audited(audit, Action.READ, PERSON, RouteDescription.NO_SUBJECT,
                (request, answer) -> "targetgroups pairs needing attention")
                .summary("Buddyparen die aandacht vragen: te lang geen bezoek", "Buddy pairs needing attention: no "
                        + "visit for too long")
                .query("coordinator", String.class, "Van deze coördinator (login); alleen voor een beheerder, een "
                        + "coördinator ziet de zijne", "Of this coordinator (login); for an admin only, a coordinator "
                        + "sees their own")
                .answers(new TypeReference<List<Pair>>() { }.getType());
        get("/{projectId}", COORDINATORS, request -> projects.require(request.pathId("projectId")))
                .summary("Eén project", "One project").answers(Project.class);
        put("/{projectId}", COORDINATORS, request -> {
            Project project = coordinated(request);
            ProjectInput input = request.body(ProjectInput.class);
            // a change that names no coordinator keeps the project's own
            return projects.update(project.id(), input, input.coordinator() == null ? project.coordinator()
                    : coordinator(request, input));
        }).summary("Een project wijzigen (zijn coördinator of een beheerder)",
                "Change a project (its coordinator or an admin)").body(ProjectInput.class).answers(Project.class);

        get("/{projectId}/volunteers", COORDINATORS, request -> projects.engagements(request.pathId("projectId")))
                .audited(audit, Action.READ, VOLUNTEER, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "targetgroups project volunteers")
                .summary("De engagementen van vrijwilligers in het project", "The volunteers' engagements in the "
                        + "project").answers(new TypeReference<List<Engagement>>() { }.getType());
        post("/{projectId}/volunteers", COORDINATORS, request -> {
            coordinated(request);
            Engagement engagement = projects.engage(request.pathId("projectId"),
                    request.body(EngagementInput.class));
            return new ApiResponse(201, engagement);
        }).audited(audit, Action.CREATE, VOLUNTEER, (request, answer) -> ((Engagement) answer).data().volunteerId(),
                (request, answer) -> "targetgroups project engagement " + ((Engagement) answer).id())
                .summary("Een vrijwilliger in het project engageren", "Engage a volunteer in the project")
                .body(EngagementInput.class).answers(201, Engagement.class);

        post("/{projectId}/participants", COORDINATORS, request -> {
            Project project = coordinated(request);
            Participant participant = participants.add(project.id(), request.body(Participant.Input.class),
                    request.caller().name());
            return new ApiResponse(201, participant);
        }).audited(audit, Action.CREATE, PARTICIPANT, (request, answer) -> ((Participant) answer).id(),
                (request, answer) -> "targetgroups")
                .summary("Een deelnemer uit de doelgroep opslaan", "Store a participant from the target group")
                .body(Participant.Input.class).answers(201, Participant.class);
        get("/{projectId}/participants", COORDINATORS, request -> participants.list(coordinated(request).id()))
                .audited(audit, Action.READ, PARTICIPANT, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "targetgroups participants of a project")
                .summary("De deelnemers van het project", "The project's participants")
                .answers(new TypeReference<List<Participant>>() { }.getType());
        get("/{projectId}/participants/{participantId}", COORDINATORS, request -> participants.find(
                coordinated(request).id(), request.pathId("participantId")))
                .audited(audit, Action.READ, PARTICIPANT, (request, answer) -> request.pathId("participantId"),
                        (request, answer) -> "targetgroups")
                .summary("Eén deelnemer", "One participant").answers(Participant.class);
        put("/{projectId}/participants/{participantId}", COORDINATORS, request -> participants.update(
                coordinated(request).id(), request.pathId("participantId"), request.body(Participant.Input.class)))
                .audited(audit, Action.UPDATE, PARTICIPANT, (request, answer) -> request.pathId("participantId"),
                        (request, answer) -> "targetgroups")
                .summary("Een deelnemer wijzigen", "Change a participant").body(Participant.Input.class)
                .answers(Participant.class);
        get("/{projectId}/participants/{participantId}/export", COORDINATORS, request -> {
            Project project = coordinated(request);
            UUID participantId = request.pathId("participantId");
            return new ParticipantExport(participants.find(project.id(), participantId),
                    new ProjectName(project.id(), project.name()), proposals.history(participantId));
        }).audited(audit, Action.EXPORT, PARTICIPANT, (request, answer) -> request.pathId("participantId"),
                (request, answer) -> "targetgroups")
                .summary("Alles wat de pijler over de deelnemer bewaart (AVG)",
                        "Everything the pillar holds about the participant (GDPR)")
                .answers(ParticipantExport.class);
        post("/{projectId}/participants/{participantId}/erase", ADMINS, request -> {
            participants.erase(coordinated(request).id(), request.pathId("participantId"));
            return new ApiResponse(204, null);
        }).audited(audit, Action.ERASE, PARTICIPANT, (request, answer) -> request.pathId("participantId"),
                (request, answer) -> "targetgroups")
                .summary("De deelnemer wissen (AVG)", "Erase the participant (GDPR)").answersFile("application/json");

        post("/{projectId}/participants/{participantId}/proposal", COORDINATORS, request -> new ApiResponse(201,
                proposals.propose(coordinated(request), request.pathId("participantId"),
                        request.body(Proposal.Input.class), request.caller().name())))
                .audited(audit, Action.CREATE, PARTICIPANT, (request, answer) -> request.pathId("participantId"),
                        (request, answer) -> "targetgroups proposal to become a volunteer")
                .summary("De deelnemer voorstellen om vrijwilliger van de gemeente te worden",
                        "Propose that the participant become a volunteer of the municipality")
                .body(Proposal.Input.class).answers(201, Proposal.class);
        get("/{projectId}/participants/{participantId}/proposal", COORDINATORS, request -> proposals.latest(
                coordinated(request), request.pathId("participantId")))
                .audited(audit, Action.READ, PARTICIPANT, (request, answer) -> request.pathId("participantId"),
                        (request, answer) -> "targetgroups proposal to become a volunteer")
                .summary("Het laatste voorstel aan de deelnemer", "The latest proposal to the participant")
                .answers(Proposal.class);
        post("/{projectId}/participants/{participantId}/proposal/consent", COORDINATORS, request -> {
            UUID participantId = request.pathId("participantId");
            Proposal consented = proposals.consent(coordinated(request), participantId,
                    request.body(Proposal.Consent.class), request.caller().name());
            // the route's own entry is the volunteer created; the participant's comes first, here, as before
            audit.record(request.caller().name(), Action.UPDATE, PARTICIPANT, participantId,
                    "targetgroups consent recorded: became volunteer " + consented.decision().volunteerId());
            return consented;
        }).audited(audit, Action.CREATE, VOLUNTEER,
                (request, answer) -> ((Proposal) answer).decision().volunteerId(),
                (request, answer) -> "targetgroups participant " + ((Proposal) answer).participantId()
                        + " consented; project engagement " + ((Proposal) answer).decision().engagementId())
                .summary("De toestemming van de deelnemer vastleggen: hij wordt vrijwilliger, met een engagement in "
                        + "het project", "Record the participant's consent: they become a volunteer, engaged in the "
                        + "project")
                .body(Proposal.Consent.class).answers(Proposal.class);
        post("/{projectId}/participants/{participantId}/proposal/decline", COORDINATORS, request -> proposals
                .decline(coordinated(request), request.pathId("participantId"), request.caller().name()))
                .audited(audit, Action.UPDATE, PARTICIPANT, (request, answer) -> request.pathId("participantId"),
                        (request, answer) -> "targetgroups proposal declined")
                .summary("Vastleggen dat de deelnemer het voorstel afwees", "Record that the participant declined "
                        + "the proposal").answers(Proposal.class);
        post("/{projectId}/participants/{participantId}/proposal/withdraw", COORDINATORS, request -> proposals
                .withdraw(coordinated(request), request.pathId("participantId"), request.caller().name()))
                .audited(audit, Action.UPDATE, PARTICIPANT, (request, answer) -> request.pathId("participantId"),
                        (request, answer) -> "targetgroups proposal withdrawn")
                .summary("Het voorstel intrekken", "Withdraw the proposal").answers(Proposal.class);

        post("/{projectId}/persons", COORDINATORS, request -> {
            Project project = coordinated(request);
            PersonHelped person = buddies.addPerson(project.id(), request.body(PersonHelped.Input.class),
                    request.caller().name());
            return new ApiResponse(201, person);
        }).audited(audit, Action.CREATE, PERSON, (request, answer) -> ((PersonHelped) answer).id(),
                (request, answer) -> "targetgroups")
                .summary("Een geholpen persoon opslaan, met het minimum", "Store a person helped, with the minimum")
                .body(PersonHelped.Input.class).answers(201, PersonHelped.class);
        get("/{projectId}/persons", COORDINATORS, request -> buddies.persons(coordinated(request).id()))
                .audited(audit, Action.READ, PERSON, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "targetgroups persons helped of a project")
                .summary("De geholpen personen van het project", "The project's persons helped")
                .answers(new TypeReference<List<PersonHelped>>() { }.getType());
        get("/{projectId}/persons/{personId}", COORDINATORS, request -> buddies.person(coordinated(request).id(),
                request.pathId("personId")))
                .audited(audit, Action.READ, PERSON, (request, answer) -> request.pathId("personId"),
                        (request, answer) -> "targetgroups")
                .summary("Eén geholpen persoon", "One person helped").answers(PersonHelped.class);
        get("/{projectId}/persons/{personId}/suggestions", COORDINATORS, request -> suggestions.suggest(
                buddies.person(coordinated(request).id(), request.pathId("personId")),
                request.queryNumber("limit", DEFAULT_SUGGESTIONS, 1, 50)))
                .audited(audit, Action.SEARCH, VOLUNTEER, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "targetgroups buddy suggestions")
                .summary("Vrijwilligers die buddy van de persoon kunnen worden, de best passende eerst",
                        "Volunteers who could be the person's buddy, best fit first")
                .query("limit", Integer.class, "1 tot 50, standaard 10", "1 to 50, 10 unless given")
                .answers(new TypeReference<List<Suggestion>>() { }.getType());
        get("/{projectId}/persons/{personId}/export", COORDINATORS, request -> {
            Project project = coordinated(request);
            UUID personId = request.pathId("personId");
            return new PersonExport(buddies.person(project.id(), personId),
                    new ProjectName(project.id(), project.name()), buddies.historyOfPerson(personId, gapWeeks()));
        }).audited(audit, Action.EXPORT, PERSON, (request, answer) -> request.pathId("personId"),
                (request, answer) -> "targetgroups")
                .summary("Alles wat de pijler over de geholpen persoon bewaart (AVG)",
                        "Everything the pillar holds about the person helped (GDPR)")
                .answers(PersonExport.class);
        post("/{projectId}/persons/{personId}/erase", ADMINS, request -> {
            buddies.erasePerson(coordinated(request).id(), request.pathId("personId"));
            return new ApiResponse(204, null);
        }).audited(audit, Action.ERASE, PERSON, (request, answer) -> request.pathId("personId"),
                (request, answer) -> "targetgroups")
                .summary("De geholpen persoon wissen (AVG)", "Erase the person helped (GDPR)")
                .answersFile("application/json");

        post("/{projectId}/pairs", COORDINATORS, request -> {
            Project project = coordinated(request);
            Pair pair = buddies.pair(project.id(), request.body(Pair.Input.class), request.caller().name(),
                    gapWeeks());
            return new ApiResponse(201, pair);
        }).audited(audit, Action.CREATE, VOLUNTEER, (request, answer) -> ((Pair) answer).volunteerId(),
                (request, answer) -> "targetgroups buddy pair " + ((Pair) answer).id())
                .summary("Een vrijwilliger en een geholpen persoon tot buddypaar maken",
                        "Pair a volunteer and a person helped as buddies").body(Pair.Input.class)
                .answers(201, Pair.class);
        get("/{projectId}/pairs", COORDINATORS, request -> buddies.pairs(coordinated(request).id(), gapWeeks()))
                .audited(audit, Action.READ, PERSON, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "targetgroups buddy pairs of a project")
                .summary("De buddyparen van het project", "The project's buddy pairs")
                .answers(new TypeReference<List<Pair>>() { }.getType());
        post("/{projectId}/pairs/{pairId}/end", COORDINATORS, request -> buddies.end(coordinated(request).id(),
                request.pathId("pairId"), request.body(Pair.End.class), gapWeeks()))
                .audited(audit, Action.UPDATE, PERSON, (request, answer) -> ((Pair) answer).personId(),
                        (request, answer) -> "targetgroups buddy pair ended " + ((Pair) answer).id())
                .summary("Een buddypaar beëindigen", "End a buddy pair").body(Pair.End.class).answers(Pair.class);
        post("/{projectId}/pairs/{pairId}/visits", COORDINATORS, request -> {
            UUID projectId = coordinated(request).id();
            Visit visit = buddies.visit(projectId, request.pathId("pairId"), request.body(Visit.Input.class),
                    request.caller().name(), gapWeeks());
            // recorded here: the person is the pair's, whom neither the request nor the visit names
            audit.record(request.caller().name(), Action.CREATE, PERSON,
                    buddies.pairOf(projectId, visit.pairId(), gapWeeks()).personId(),
                    "targetgroups visit " + visit.id());
            return new ApiResponse(201, visit);
        }).summary("Een bezoek van het buddypaar vastleggen", "Record a visit of the buddy pair")
                .body(Visit.Input.class).answers(201, Visit.class);
        get("/{projectId}/pairs/{pairId}/visits", COORDINATORS, request -> {
            UUID projectId = coordinated(request).id();
            UUID pairId = request.pathId("pairId");
            var visits = buddies.visits(projectId, pairId, gapWeeks());
            // recorded here: the person is the pair's, whom neither the request nor the visits name
            audit.record(request.caller().name(), Action.READ, PERSON,
                    buddies.pairOf(projectId, pairId, gapWeeks()).personId(), "targetgroups visits of pair " + pairId);
            return visits;
        }).summary("De bezoeken van het buddypaar", "The buddy pair's visits")
                .answers(new TypeReference<List<Visit>>() { }.getType());
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
