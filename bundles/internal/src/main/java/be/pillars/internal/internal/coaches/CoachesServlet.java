package be.pillars.internal.internal.coaches;

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

import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;

/**
 * {@code /api/internal/coaches}: volunteer coaches for coordinators. A coordinator enrols as coach
 * ({@code PUT /coaches/<own login>}); coordinators assign volunteers to coaches; a coach records check-ins with
 * the volunteers of their own caseload. Notes show only to their author and to admins.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("internal.coaches")
@HttpWhiteboardServletPattern({"/internal/coaches", "/internal/coaches/*"})
@HttpWhiteboardServletAsyncSupported
public class CoachesServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    private static final Access COORDINATORS = Access.roles(Role.COORDINATOR);

    @Activate
    public CoachesServlet(@Reference CoachStore coaches, @Reference AuditTrail audit) {
        get("/", COORDINATORS, request -> coaches.coaches())
                .summary("De coaches", "The coaches").answers(new TypeReference<List<Coach>>() { }.getType());
        put("/{coach}", COORDINATORS, request -> coaches.enrol(own(request, "Je schrijft alleen jezelf in als coach",
                "You enrol only yourself as coach")))
                .summary("Jezelf inschrijven als coach", "Enrol yourself as coach").answers(Coach.class);
        get("/{coach}/volunteers", COORDINATORS, request -> coaches.caseload(request.path("coach")))
                .audited(audit, Action.READ, VOLUNTEER, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "internal caseload")
                .summary("De vrijwilligers die een coach begeleidt", "The volunteers a coach accompanies")
                .answers(new TypeReference<List<CaseloadEntry>>() { }.getType());
        put("/{coach}/volunteers/{volunteerId}", COORDINATORS, request -> coaches.assign(request.path("coach"),
                request.pathId("volunteerId"), request.caller().name()))
                .audited(audit, Action.UPDATE, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal coach assigned")
                .summary("Een vrijwilliger aan een coach toewijzen", "Assign a volunteer to a coach")
                .answers(CaseloadEntry.class);
        delete("/{coach}/volunteers/{volunteerId}", COORDINATORS, request -> {
            coaches.unassign(request.path("coach"), request.pathId("volunteerId"));
            return new ApiResponse(204, null);
        }).summary("Een vrijwilliger niet langer aan een coach toewijzen", "Unassign a volunteer from a coach")
                .answersFile("application/json"); // 204: no JSON to describe
        post("/{coach}/volunteers/{volunteerId}/checkins", COORDINATORS, request -> new ApiResponse(201,
                coaches.checkIn(own(request, "Je registreert alleen je eigen gesprekken",
                        "You record only your own check-ins"), request.pathId("volunteerId"),
                        request.body(CheckIn.Input.class))))
                .audited(audit, Action.CREATE, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal check-in")
                .summary("Een gesprek met een vrijwilliger van je eigen caseload registreren",
                        "Record a check-in with a volunteer of your own caseload")
                .body(CheckIn.Input.class).answers(201, CheckIn.class);
        get("/{coach}/volunteers/{volunteerId}/checkins", COORDINATORS, request -> coaches.checkIns(
                request.path("coach"), request.pathId("volunteerId"), CoachStore.Reader.of(request.caller())))
                .audited(audit, Action.READ, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal check-ins")
                .summary("De gesprekken van een coach met een vrijwilliger; notities alleen voor hun auteur en "
                        + "admins", "A coach's check-ins with a volunteer; notes for their author and admins only")
                .answers(new TypeReference<List<CheckIn>>() { }.getType());
    }

    /** The coach of the path, who must be the caller: nobody acts as coach in someone else's name. */
    private static String own(ApiRequest request, String nl, String en) {
        String coach = request.path("coach");
        if (!coach.equals(request.caller().name())) {
            throw new ApiException(403, "not_yourself", LocalizedText.of(nl, en), "coach");
        }
        return coach;
    }
}
