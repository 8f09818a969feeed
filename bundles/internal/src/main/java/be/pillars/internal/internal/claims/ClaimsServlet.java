package be.pillars.internal.internal.claims;

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

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.Page;
import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;
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
        get("/", COORDINATORS, request -> claims.search(request.queryChoice("status", ClaimStatus.class),
                request.queryId("volunteerId"), request.queryText("year") != null
                        ? request.queryNumber("year", 0, Figures.FIRST_YEAR, Figures.LAST_YEAR) : null,
                request.queryNumber("limit", JdbcClaims.DEFAULT_LIMIT, 1, JdbcClaims.MAX_LIMIT),
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE)))
                .audited(audit, Action.SEARCH, CLAIM, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "internal claims")
                .summary("Onkostennota's zoeken", "Search expense claims")
                .query("status", ClaimStatus.class, "Status", "Status")
                .query("volunteerId", UUID.class, "Alleen die van deze vrijwilliger", "Only this volunteer's")
                .query("year", Integer.class, "Alleen die van dit jaar", "Only this year's")
                .query("limit", Integer.class, "1 tot " + JdbcClaims.MAX_LIMIT + ", standaard "
                        + JdbcClaims.DEFAULT_LIMIT, "1 to " + JdbcClaims.MAX_LIMIT + ", "
                        + JdbcClaims.DEFAULT_LIMIT + " unless given")
                .query("offset", Integer.class, "Hoeveel over te slaan", "How many to skip")
                .answers(new TypeReference<Page<Claim>>() { }.getType());
        post("/", COORDINATORS, request -> {
            ClaimOutcome outcome = claims.submit(request.body(ClaimData.class), request.caller().name());
            return new ApiResponse(201, outcome, Map.of("Location",
                    PillarsHttp.CONTEXT_PATH + "/internal/claims/" + outcome.claim().id()));
        }).audited(audit, Action.CREATE, CLAIM, (request, answer) -> ((ClaimOutcome) answer).claim().id(),
                (request, answer) -> "internal claim")
                .summary("Een onkostennota indienen voor een vrijwilliger, getoetst aan de wet",
                        "Submit an expense claim for a volunteer, checked against the law")
                .body(ClaimData.class).answers(201, ClaimOutcome.class);
        get("/{id}", COORDINATORS, request -> claims.claim(request.pathId("id")))
                .audited(audit, Action.READ, CLAIM, (request, answer) -> request.pathId("id"),
                        (request, answer) -> "internal claim")
                .summary("Eén onkostennota", "One expense claim").answers(Claim.class);
        post("/{id}/approve", COORDINATORS, request -> claims.approve(request.pathId("id"), request.caller().name()))
                .audited(audit, Action.UPDATE, CLAIM, (request, answer) -> request.pathId("id"),
                        (request, answer) -> "approved")
                .summary("Een onkostennota goedkeuren, opnieuw getoetst aan de wet",
                        "Approve an expense claim, checked against the law again")
                .answers(ClaimOutcome.class);
        post("/{id}/reject", COORDINATORS, request -> claims.reject(request.pathId("id"),
                request.body(Rejection.class).reason(), request.caller().name()))
                .audited(audit, Action.UPDATE, CLAIM, (request, answer) -> request.pathId("id"),
                        (request, answer) -> "rejected")
                .summary("Een onkostennota weigeren, met de reden", "Reject an expense claim, with the reason")
                .body(Rejection.class).answers(Claim.class);
    }

    static int year(ApiRequest request) {
        return request.pathNumber("year", Figures.FIRST_YEAR, Figures.LAST_YEAR);
    }
}
