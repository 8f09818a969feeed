package be.pillars.external.internal.applications;

import java.util.Map;
import java.util.Set;

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
import be.pillars.api.http.OrganisationScope;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.external.internal.vacancies.VacancyStore;

/**
 * {@code /api/external/applications}: coaches (coordinators) propose volunteers for vacancies or apply on their
 * behalf, and follow every application; organisation users see and decide on the applications for their own
 * organisation's vacancies. Status changes name the version they were based on in {@code If-Match}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("external.applications")
@HttpWhiteboardServletPattern({"/external/applications", "/external/applications/*"})
@HttpWhiteboardServletAsyncSupported
public class ApplicationsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    private static final Access COORDINATORS = Access.roles(Role.COORDINATOR);
    private static final Access MANAGERS = Access.roles(Role.COORDINATOR, Role.ORGANISATION);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;
    /** What only the volunteer can say, through a coach: an organisation does not apply or withdraw for them. */
    private static final Set<ApplicationStatus> VOLUNTEERS_WORD = Set.of(ApplicationStatus.APPLIED,
            ApplicationStatus.WITHDRAWN);

    /** The audit trail's name for an application; its volunteer is in the application. */
    private static final String APPLICATION = "application";

    @Activate
    public ApplicationsServlet(@Reference ApplicationStore applications, @Reference VacancyStore vacancies,
            @Reference OrganisationService organisations, @Reference AuditTrail audit) {
        OrganisationScope scope = new OrganisationScope(organisations);
        get("/", MANAGERS, Audited.route(audit, Action.SEARCH, APPLICATION, null, "external applications", request -> {
            ApplicationStatus status = request.queryChoice("status", ApplicationStatus.class);
            return applications.list(scope.filter(request.caller(), request.queryId("organisationId")),
                    request.queryId("vacancyId"), request.queryId("volunteerId"),
                    status == null ? Set.of() : Set.of(status), request.queryNumber("limit", DEFAULT_LIMIT, 1,
                            MAX_LIMIT), request.queryNumber("offset", 0, 0, Integer.MAX_VALUE));
        }));
        post("/", COORDINATORS, request -> {
            Application created = applications.create(request.body(Application.Input.class), request.caller().name());
            audit.record(request.caller().name(), Action.CREATE, APPLICATION, created.id(), "external application");
            return new ApiResponse(201, created, Map.of("ETag", ApiRequest.etag(created.version()),
                    "Location", PillarsHttp.CONTEXT_PATH + "/external/applications/" + created.id()));
        });
        get("/{id}", MANAGERS, Audited.route(audit, Action.READ, APPLICATION, "id", "external application",
                request -> withEtag(visible(scope, request, applications, vacancies))));
        put("/{id}/status", MANAGERS, Audited.route(audit, Action.UPDATE, APPLICATION, "id", "external application "
                + "status", request -> {
            Application application = visible(scope, request, applications, vacancies);
            long version = request.ifMatchVersion();
            Application.StatusChange change = request.body(Application.StatusChange.class);
            if (!request.caller().hasAnyRole(Role.COORDINATOR) && VOLUNTEERS_WORD.contains(change.status())) {
                throw new ApiException(403, "forbidden", LocalizedText.of(
                        "Alleen de vrijwilliger (via een coach) solliciteert of trekt zich terug",
                        "Only the volunteer (through a coach) applies or withdraws"), "status");
            }
            return withEtag(applications.change(application.id(), version, change, request.caller().name()));
        }));
    }

    private static Application visible(OrganisationScope scope, ApiRequest request, ApplicationStore applications,
            VacancyStore vacancies) {
        Application application = applications.application(request.pathId("id"));
        scope.requireAccessTo(request.caller(), vacancies.vacancy(application.vacancyId()).organisationId());
        return application;
    }

    private static ApiResponse withEtag(Application application) {
        return new ApiResponse(200, application, Map.of("ETag", ApiRequest.etag(application.version())));
    }
}
