package be.pillars.external.internal.vacancies;

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
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.OrganisationScope;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.validation.Fields;

/**
 * {@code /api/external/vacancies}: vacancies managed by coordinators (all) and organisation users (their own
 * organisation's only); changes name the version they were based on in {@code If-Match}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("external.vacancies")
@HttpWhiteboardServletPattern({"/external/vacancies", "/external/vacancies/*"})
@HttpWhiteboardServletAsyncSupported
public class VacanciesServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    private static final Access MANAGERS = Access.roles(Role.COORDINATOR, Role.ORGANISATION);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    @Activate
    public VacanciesServlet(@Reference VacancyStore vacancies, @Reference OrganisationService organisations) {
        OrganisationScope scope = new OrganisationScope(organisations);
        get("/", MANAGERS, request -> vacancies.list(scope.filter(request.caller(), request.queryId("organisationId")),
                request.queryChoice("status", VacancyStatus.class),
                request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE)))
                .summary("Vacatures beheren", "Manage vacancies")
                .query("organisationId", UUID.class, "Van deze organisatie (een organisatie ziet alleen de hare)",
                        "Of this organisation (an organisation sees its own only)")
                .query("status", VacancyStatus.class, "Status", "Status")
                .query("limit", Integer.class, "1 tot 200, standaard 50", "1 to 200, 50 unless given")
                .query("offset", Integer.class, "Hoeveel over te slaan", "How many to skip")
                .answers(new TypeReference<Page<Vacancy>>() { }.getType());
        post("/", MANAGERS, request -> {
            VacancyInput input = request.body(VacancyInput.class);
            scope.requireAccessTo(request.caller(), Fields.present("organisationId", input.organisationId()));
            Vacancy created = vacancies.create(input, request.caller().name());
            return new ApiResponse(201, created, Map.of("ETag", ApiRequest.etag(created.version()),
                    "Location", PillarsHttp.CONTEXT_PATH + "/external/vacancies/" + created.id()));
        }).summary("Een vacature opslaan", "Store a vacancy").body(VacancyInput.class).answers(201, Vacancy.class);
        get("/{id}", MANAGERS, request -> withEtag(visible(scope, request, vacancies)))
                .summary("Eén vacature, met haar versie als ETag", "One vacancy, with its version as ETag")
                .answers(Vacancy.class);
        put("/{id}", MANAGERS, request -> {
            Vacancy stored = visible(scope, request, vacancies);
            return withEtag(vacancies.update(stored.id(), request.ifMatchVersion(),
                    request.body(VacancyInput.class)));
        }).summary("Een vacature vervangen (If-Match)", "Replace a vacancy (If-Match)").body(VacancyInput.class)
                .answers(Vacancy.class);
    }

    private static Vacancy visible(OrganisationScope scope, ApiRequest request, VacancyStore vacancies) {
        Vacancy vacancy = vacancies.vacancy(request.pathId("id"));
        scope.requireAccessTo(request.caller(), vacancy.organisationId());
        return vacancy;
    }

    private static ApiResponse withEtag(Vacancy vacancy) {
        return new ApiResponse(200, vacancy, Map.of("ETag", ApiRequest.etag(vacancy.version())));
    }
}
