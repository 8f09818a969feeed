package be.pillars.external.internal.intakes;

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
import be.pillars.api.http.RouteDescription;
import be.pillars.api.http.Role;

/**
 * {@code /api/external/intakes}: intake conversations, for coaches (coordinators) and admins only, since they
 * hold the coach's notes; organisation users get 403 on every route.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("external.intakes")
@HttpWhiteboardServletPattern({"/external/intakes", "/external/intakes/*"})
@HttpWhiteboardServletAsyncSupported
public class IntakesServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    private static final Access COACHES = Access.roles(Role.COORDINATOR);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    /** The audit trail's name for an intake conversation; its volunteer is in the intake. */
    private static final String INTAKE = "intake";

    @Activate
    public IntakesServlet(@Reference IntakeStore intakes, @Reference AuditTrail audit) {
        get("/", COACHES, request -> intakes.list(request.queryId("volunteerId"), request.queryText("coach"),
                request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE)))
                .audited(audit, Action.SEARCH, INTAKE, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "external intakes")
                .summary("Intakegesprekken zoeken", "Search intake conversations")
                .query("volunteerId", UUID.class, "Met deze vrijwilliger", "With this volunteer")
                .query("coach", String.class, "Door deze coach (login)", "By this coach (login)")
                .query("limit", Integer.class, "1 tot 200, standaard 50", "1 to 200, 50 unless given")
                .query("offset", Integer.class, "Hoeveel over te slaan", "How many to skip")
                .answers(new TypeReference<Page<Intake>>() { }.getType());
        post("/", COACHES, request -> {
            Intake planned = intakes.plan(request.body(Intake.Plan.class), request.caller().name());
            return new ApiResponse(201, planned, Map.of("ETag", ApiRequest.etag(planned.version()),
                    "Location", PillarsHttp.CONTEXT_PATH + "/external/intakes/" + planned.id()));
        }).audited(audit, Action.CREATE, INTAKE, (request, answer) -> ((Intake) answer).id(),
                (request, answer) -> "external intake")
                .summary("Een intakegesprek plannen", "Plan an intake conversation").body(Intake.Plan.class)
                .answers(201, Intake.class);
        get("/{id}", COACHES, request -> withEtag(intakes.intake(request.pathId("id"))))
                .audited(audit, Action.READ, INTAKE, (request, answer) -> request.pathId("id"),
                        (request, answer) -> "external intake")
                .summary("Eén intakegesprek, met zijn versie als ETag", "One intake conversation, with its version "
                        + "as ETag").answers(Intake.class);
        put("/{id}/result", COACHES, request -> withEtag(intakes.record(request.pathId("id"),
                request.ifMatchVersion(), request.body(Intake.Result.class))))
                .audited(audit, Action.UPDATE, INTAKE, (request, answer) -> request.pathId("id"),
                        (request, answer) -> "external intake result")
                .summary("De uitkomst van een intakegesprek vastleggen (If-Match)",
                        "Record the outcome of an intake conversation (If-Match)")
                .body(Intake.Result.class).answers(Intake.class);
    }

    private static ApiResponse withEtag(Intake intake) {
        return new ApiResponse(200, intake, Map.of("ETag", ApiRequest.etag(intake.version())));
    }
}
