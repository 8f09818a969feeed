package be.pillars.core.internal.http;

import java.util.Map;
import java.util.UUID;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

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
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationQuery;
import be.pillars.api.organisation.OrganisationService;

/**
 * {@code /api/organisations}: create, read, replace, deactivate and search organisations (coordinators); an
 * organisation user reads only their own; admins link logins to organisations
 * ({@code PUT /api/organisations/{id}/members/{username}}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.organisations")
@HttpWhiteboardServletPattern({"/organisations", "/organisations/*"})
@HttpWhiteboardServletAsyncSupported
public class OrganisationsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    private static final Access COORDINATORS = Access.roles(Role.COORDINATOR);
    private static final Access MEMBERS_TOO = Access.roles(Role.COORDINATOR, Role.ORGANISATION);

    @Activate
    public OrganisationsServlet(@Reference OrganisationService organisations) {
        OrganisationScope scope = new OrganisationScope(organisations);
        get("/", COORDINATORS, request -> organisations.search(new OrganisationQuery(request.queryText("name"),
                request.queryChoice("kind", OrganisationKind.class), request.queryText("postalCode"),
                activeFilter(request), request.queryNumber("limit", OrganisationQuery.DEFAULT_LIMIT, 1,
                        OrganisationQuery.MAX_LIMIT), request.queryNumber("offset", 0, 0, Integer.MAX_VALUE))))
                .summary("Organisaties zoeken", "Search organisations")
                .query("name", String.class, "Deel van de naam", "Part of the name")
                .query("kind", OrganisationKind.class, "Soort", "Kind")
                .query("postalCode", String.class, "Postcode", "Postal code")
                .query("active", Boolean.class, "Alleen actieve of inactieve", "Only active or inactive ones")
                .query("limit", Integer.class, "1 tot 200", "1 to 200").query("offset", Integer.class, "Overslaan", "Skip")
                .answers(new TypeReference<Page<Organisation>>() { }.getType());
        post("/", COORDINATORS, request -> {
            Organisation created = organisations.create(request.body(OrganisationData.class));
            return new ApiResponse(201, created, Map.of("ETag", ApiRequest.etag(created.version()),
                    "Location", PillarsHttp.CONTEXT_PATH + "/organisations/" + created.id()));
        }).summary("Een organisatie opslaan", "Store an organisation").body(OrganisationData.class)
                .answers(201, Organisation.class);
        get("/{id}", MEMBERS_TOO, request -> {
            UUID id = request.pathId("id");
            scope.requireAccessTo(request.caller(), id);
            return withEtag(organisations.find(id).orElseThrow(() -> ApiException.notFound(LocalizedText.of(
                    "Geen organisatie met id " + id, "No organisation with id " + id))));
        }).summary("Eén organisatie", "One organisation").answers(Organisation.class);
        put("/{id}", COORDINATORS, request -> withEtag(organisations.update(request.pathId("id"),
                request.ifMatchVersion(), request.body(OrganisationData.class))))
                .summary("Een organisatie vervangen (If-Match)", "Replace an organisation (If-Match)")
                .body(OrganisationData.class).answers(Organisation.class);
        post("/{id}/deactivate", COORDINATORS, request -> withEtag(organisations.deactivate(request.pathId("id"),
                request.ifMatchVersion())))
                .summary("Een organisatie op inactief zetten (If-Match)", "Deactivate an organisation (If-Match)")
                .answers(Organisation.class);
        put("/{id}/members/{username}", Access.roles(Role.ADMIN), request -> {
            organisations.linkMember(request.pathId("id"), request.path("username"));
            return new ApiResponse(204, null);
        }).summary("Een aanmelding aan de organisatie koppelen", "Link a login to the organisation")
                .answersFile("application/json");
        delete("/members/{username}", Access.roles(Role.ADMIN), request -> {
            organisations.unlinkMember(request.path("username"));
            return new ApiResponse(204, null);
        }).summary("Een aanmelding loskoppelen", "Unlink a login").answersFile("application/json");
    }

    private static Boolean activeFilter(ApiRequest request) {
        String active = request.queryText("active");
        if (active == null) {
            return null;
        }
        if (!active.equals("true") && !active.equals("false")) {
            throw ApiException.badRequest("invalid_value", "active", LocalizedText.of(
                    "active is true of false", "active is true or false"));
        }
        return Boolean.valueOf(active);
    }

    private static ApiResponse withEtag(Organisation organisation) {
        return new ApiResponse(200, organisation, Map.of("ETag", ApiRequest.etag(organisation.version())));
    }
}
