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
        get("/{volunteerId}/{year}", COORDINATORS, request -> claims.summary(request.pathId("volunteerId"),
                year(request)))
                .audited(audit, Action.READ, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal compensation year")
                .summary("Het jaar van een vrijwilliger: stelsel, wat meetelt voor elk plafond, waarschuwingen",
                        "A volunteer's year: system, what counts towards each ceiling, warnings")
                .answers(YearSummary.class);
        put("/{volunteerId}/{year}", COORDINATORS, request -> claims.choose(request.pathId("volunteerId"),
                year(request), request.body(CompensationChoice.class), request.caller().name()))
                .audited(audit, Action.UPDATE, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal compensation system")
                .summary("Het vergoedingsstelsel van een vrijwilliger voor een jaar kiezen",
                        "Choose a volunteer's compensation system for a year")
                .body(CompensationChoice.class).answers(YearSummary.class);
        post("/{volunteerId}/{year}/declarations", COORDINATORS, request -> new ApiResponse(201, claims.declare(
                request.pathId("volunteerId"), year(request), request.body(DeclarationData.class),
                request.caller().name())))
                .audited(audit, Action.UPDATE, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal declaration")
                .summary("Vastleggen wat een andere organisatie de vrijwilliger dat jaar betaalde",
                        "Record what another organisation paid the volunteer that year")
                .body(DeclarationData.class).answers(201, YearSummary.class);
        delete("/{volunteerId}/{year}/declarations/{id}", COORDINATORS, request -> claims.withdraw(
                request.pathId("volunteerId"), year(request), request.pathId("id")))
                .audited(audit, Action.UPDATE, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal declaration withdrawn")
                .summary("Een verklaring intrekken die per vergissing vastgelegd werd",
                        "Withdraw a declaration recorded by mistake")
                .answers(YearSummary.class);
    }
}
