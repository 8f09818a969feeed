package be.pillars.internal.internal.claims;

import static be.pillars.api.audit.AuditTrail.VOLUNTEER;
import static be.pillars.internal.internal.claims.ClaimsServlet.COORDINATORS;
import static be.pillars.internal.internal.claims.ClaimsServlet.year;

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
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;

/**
 * {@code /api/internal/compensation/{volunteerId}/{year}}: a volunteer's year (system, what counts towards each
 * ceiling, warnings), the choice of system, and the declarations of what other organisations paid (and their
 * withdrawal when recorded by mistake).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("internal.compensation")
@HttpWhiteboardServletPattern("/internal/compensation/*")
@HttpWhiteboardServletAsyncSupported
public class CompensationServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public CompensationServlet(@Reference JdbcClaims claims, @Reference AuditTrail audit) {
        get("/{volunteerId}/{year}", COORDINATORS, Audited.route(audit, Action.READ, VOLUNTEER, "volunteerId",
                "internal compensation year", request -> claims.summary(request.pathId("volunteerId"),
                        year(request))));
        put("/{volunteerId}/{year}", COORDINATORS, Audited.route(audit, Action.UPDATE, VOLUNTEER, "volunteerId",
                "internal compensation system", request -> claims.choose(request.pathId("volunteerId"),
                        year(request), request.body(CompensationChoice.class), request.caller().name())));
        post("/{volunteerId}/{year}/declarations", COORDINATORS, Audited.route(audit, Action.UPDATE, VOLUNTEER,
                "volunteerId", "internal declaration", request -> new ApiResponse(201, claims.declare(
                        request.pathId("volunteerId"), year(request), request.body(DeclarationData.class),
                        request.caller().name()))));
        delete("/{volunteerId}/{year}/declarations/{id}", COORDINATORS, Audited.route(audit, Action.UPDATE,
                VOLUNTEER, "volunteerId", "internal declaration withdrawn", request -> claims.withdraw(
                        request.pathId("volunteerId"), year(request), request.pathId("id"))));
    }
}
