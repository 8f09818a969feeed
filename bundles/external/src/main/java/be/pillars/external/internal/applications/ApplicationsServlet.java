package be.pillars.external.internal.applications;

import java.util.Map;
import java.util.Set;
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
import be.pillars.api.Page;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.OrganisationScope;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;
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
        get("/", MANAGERS, request -> {
            ApplicationStatus status = request.queryChoice("status", ApplicationStatus.class);
            return applications.list(scope.filter(request.caller(), request.queryId("organisationId")),
                    request.queryId("vacancyId"), request.queryId("volunteerId"),
                    status == null ? Set.of() : Set.of(status), request.queryNumber("limit", DEFAULT_LIMIT, 1,
                            MAX_LIMIT), request.queryNumber("offset", 0, 0, Integer.MAX_VALUE));
        }).audited(audit, Action.SEARCH, APPLICATION, RouteDescription.NO_SUBJECT,
                (request, answer) -> "external applications")
                .summary("Sollicitaties opvolgen", "Follow applications")
                .query("organisationId", UUID.class, "Van de vacatures van deze organisatie (een organisatie ziet "
                        + "alleen de hare)", "For this organisation's vacancies (an organisation sees its own only)")
                .query("vacancyId", UUID.class, "Voor deze vacature", "For this vacancy")
                .query("volunteerId", UUID.class, "Van deze vrijwilliger", "Of this volunteer")
                .query("status", ApplicationStatus.class, "Status", "Status")
                .query("limit", Integer.class, "1 tot 200, standaard 50", "1 to 200, 50 unless given")
                .query("offset", Integer.class, "Hoeveel over te slaan", "How many to skip")
                .answers(new TypeReference<Page<Application>>() { }.getType());
        post("/", COORDINATORS, request -> {
            Application created = applications.create(request.body(Application.Input.class), request.caller().name());
            return new ApiResponse(201, created, Map.of("ETag", ApiRequest.etag(created.version()),
                    "Location", PillarsHttp.CONTEXT_PATH + "/external/applications/" + created.id()));
        }).audited(audit, Action.CREATE, APPLICATION, (request, answer) -> ((Application) answer).id(),
                (request, answer) -> "external application")
                .summary("Een vrijwilliger voordragen voor een vacature, of voor hem solliciteren",
                "Propose a volunteer for a vacancy, or apply on their behalf")
                .body(Application.Input.class).answers(201, Application.class);
        get("/{id}", MANAGERS, request -> withEtag(visible(scope, request, applications, vacancies)))
                .audited(audit, Action.READ, APPLICATION, (request, answer) -> request.pathId("id"),
                        (request, answer) -> "external application")
                .summary("Eén sollicitatie, met haar versie als ETag", "One application, with its version as ETag")
                .answers(Application.class);
        put("/{id}/status", MANAGERS, request -> {
            Application application = visible(scope, request, applications, vacancies);
            long version = request.ifMatchVersion();
            Application.StatusChange change = request.body(Application.StatusChange.class);
            if (!request.caller().hasAnyRole(Role.COORDINATOR) && VOLUNTEERS_WORD.contains(change.status())) {
                throw new ApiException(403, "forbidden", LocalizedText.of(
                        "Alleen de vrijwilliger (via een coach) solliciteert of trekt zich terug",
                        "Only the volunteer (through a coach) applies or withdraws"), "status");
            }
            return withEtag(applications.change(application.id(), version, change, request.caller().name()));
        }).audited(audit, Action.UPDATE, APPLICATION, (request, answer) -> request.pathId("id"),
                (request, answer) -> "external application status")
                .summary("De status van een sollicitatie wijzigen (If-Match)", "Change an application's status (If-Match)")
                .body(Application.StatusChange.class).answers(Application.class);
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
