package be.pillars.internal.internal.claims;

import java.util.Map;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.Audited;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.internal.internal.figures.Figures;

/**
 * {@code /api/internal/claims}: coordinators (and admins) submit expense claims for volunteers, list them, and
 * approve or reject them; every rule of the law is checked at submission and again at approval.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("internal.claims")
@HttpWhiteboardServletPattern({"/internal/claims", "/internal/claims/*"})
@HttpWhiteboardServletAsyncSupported
public class ClaimsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    static final Access COORDINATORS = Access.roles(Role.COORDINATOR);
    /** The audit trail's name for a claim; claims of a volunteer are found through the volunteer's id. */
    static final String CLAIM = "claim";

    /** The body of {@code POST .../reject}. */
    record Rejection(String reason) {
    }

    @Activate
    public ClaimsServlet(@Reference JdbcClaims claims, @Reference AuditTrail audit) {
        get("/", COORDINATORS, Audited.route(audit, Action.SEARCH, CLAIM, null, "internal claims",
                request -> claims.search(request.queryChoice("status", ClaimStatus.class),
                        request.queryId("volunteerId"), request.queryText("year") != null
                                ? request.queryNumber("year", 0, Figures.FIRST_YEAR, Figures.LAST_YEAR) : null,
                        request.queryNumber("limit", JdbcClaims.DEFAULT_LIMIT, 1, JdbcClaims.MAX_LIMIT),
                        request.queryNumber("offset", 0, 0, Integer.MAX_VALUE))));
        post("/", COORDINATORS, request -> {
            ClaimOutcome outcome = claims.submit(request.body(ClaimData.class), request.caller().name());
            audit.record(request.caller().name(), Action.CREATE, CLAIM, outcome.claim().id(), "internal claim");
            return new ApiResponse(201, outcome, Map.of("Location",
                    PillarsHttp.CONTEXT_PATH + "/internal/claims/" + outcome.claim().id()));
        });
        get("/{id}", COORDINATORS, Audited.route(audit, Action.READ, CLAIM, "id", "internal claim",
                request -> claims.claim(request.pathId("id"))));
        post("/{id}/approve", COORDINATORS, Audited.route(audit, Action.UPDATE, CLAIM, "id", "approved",
                request -> claims.approve(request.pathId("id"), request.caller().name())));
        post("/{id}/reject", COORDINATORS, Audited.route(audit, Action.UPDATE, CLAIM, "id", "rejected",
                request -> claims.reject(request.pathId("id"), request.body(Rejection.class).reason(),
                        request.caller().name())));
    }

    static int year(ApiRequest request) {
        return request.pathNumber("year", Figures.FIRST_YEAR, Figures.LAST_YEAR);
    }
}
