package be.pillars.internal.internal.coaches;

import static be.pillars.api.audit.AuditTrail.VOLUNTEER;

import java.util.UUID;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.audit.Audited;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;

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
        get("/", COORDINATORS, request -> coaches.coaches());
        put("/{coach}", COORDINATORS, request -> coaches.enrol(own(request, "Je schrijft alleen jezelf in als coach",
                "You enrol only yourself as coach")));
        get("/{coach}/volunteers", COORDINATORS, Audited.route(audit, Action.READ, VOLUNTEER, null,
                "internal caseload", request -> coaches.caseload(request.path("coach"))));
        put("/{coach}/volunteers/{volunteerId}", COORDINATORS, Audited.route(audit, Action.UPDATE, VOLUNTEER,
                "volunteerId", "internal coach assigned", request -> coaches.assign(request.path("coach"),
                        request.pathId("volunteerId"), request.caller().name())));
        delete("/{coach}/volunteers/{volunteerId}", COORDINATORS, request -> {
            coaches.unassign(request.path("coach"), request.pathId("volunteerId"));
            return new ApiResponse(204, null);
        });
        post("/{coach}/volunteers/{volunteerId}/checkins", COORDINATORS, Audited.route(audit, Action.CREATE,
                VOLUNTEER, "volunteerId", "internal check-in", request -> new ApiResponse(201,
                        coaches.checkIn(own(request, "Je registreert alleen je eigen gesprekken",
                                "You record only your own check-ins"), request.pathId("volunteerId"),
                                request.body(CheckIn.Input.class)))));
        get("/{coach}/volunteers/{volunteerId}/checkins", COORDINATORS, Audited.route(audit, Action.READ,
                VOLUNTEER, "volunteerId", "internal check-ins", request -> coaches.checkIns(request.path("coach"),
                        request.pathId("volunteerId"), CoachStore.Reader.of(request.caller()))));
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
