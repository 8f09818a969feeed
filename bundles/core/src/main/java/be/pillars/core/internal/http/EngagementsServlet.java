package be.pillars.core.internal.http;

import java.math.BigDecimal;
import java.util.List;
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
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.engagement.EngagementQuery;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.engagement.Hours;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.OrganisationScope;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.organisation.OrganisationService;

/**
 * {@code /api/engagements}: engagements of volunteers with organisations, and the hours registered on them
 * ({@code /api/engagements/{id}/hours/{date}}), for coordinators; organisation users read their own
 * organisation's.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.engagements")
@HttpWhiteboardServletPattern({"/engagements", "/engagements/*"})
@HttpWhiteboardServletAsyncSupported
public class EngagementsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    private static final Access COORDINATORS = Access.roles(Role.COORDINATOR);
    private static final Access MEMBERS_TOO = Access.roles(Role.COORDINATOR, Role.ORGANISATION);

    /** The body of {@code PUT .../hours/{date}}. */
    record HoursInput(BigDecimal hours) {
    }

    @Activate
    public EngagementsServlet(@Reference EngagementService engagements, @Reference OrganisationService organisations) {
        OrganisationScope scope = new OrganisationScope(organisations);
        get("/", MEMBERS_TOO, request -> engagements.search(new EngagementQuery(request.queryId("volunteerId"),
                scope.filter(request.caller(), request.queryId("organisationId")), request.queryText("pillar"),
                request.queryChoice("kind", EngagementKind.class), request.queryChoice("status", EngagementStatus.class),
                request.queryNumber("limit", EngagementQuery.DEFAULT_LIMIT, 1, EngagementQuery.MAX_LIMIT),
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE))))
                .summary("Engagementen zoeken", "Search engagements")
                .query("volunteerId", UUID.class, "Van deze vrijwilliger", "Of this volunteer")
                .query("organisationId", UUID.class, "Bij deze organisatie", "With this organisation")
                .query("pillar", String.class, "Van deze pijler", "Owned by this pillar")
                .query("kind", EngagementKind.class, "Soort", "Kind").query("status", EngagementStatus.class, "Status",
                        "Status")
                .query("limit", Integer.class, "1 tot 200", "1 to 200").query("offset", Integer.class, "Overslaan", "Skip")
                .answers(new TypeReference<Page<Engagement>>() { }.getType());
        post("/", COORDINATORS, request -> {
            Engagement created = engagements.create(request.body(EngagementData.class));
            return new ApiResponse(201, created, Map.of("ETag", ApiRequest.etag(created.version()),
                    "Location", PillarsHttp.CONTEXT_PATH + "/engagements/" + created.id()));
        }).summary("Een engagement opslaan", "Store an engagement").body(EngagementData.class)
                .answers(201, Engagement.class);
        get("/{id}", MEMBERS_TOO, request -> withEtag(visible(scope, request, engagements)))
                .summary("Eén engagement", "One engagement").answers(Engagement.class);
        put("/{id}", COORDINATORS, request -> withEtag(engagements.update(request.pathId("id"),
                request.ifMatchVersion(), request.body(EngagementData.class))))
                .summary("Een engagement vervangen (If-Match)", "Replace an engagement (If-Match)")
                .body(EngagementData.class).answers(Engagement.class);
        get("/{id}/hours", MEMBERS_TOO, request -> engagements.hours(visible(scope, request, engagements).id()))
                .summary("De uren per dag", "The hours by day").answers(new TypeReference<List<Hours>>() { }.getType());
        put("/{id}/hours/{date}", COORDINATORS, request -> engagements.registerHours(request.pathId("id"),
                request.pathDate("date"), request.body(HoursInput.class).hours()))
                .summary("De uren van één dag (vervangt wat er stond)", "The hours of one day (replacing what was there)")
                .body(HoursInput.class).answers(Hours.class);
    }

    private static Engagement visible(OrganisationScope scope, ApiRequest request, EngagementService engagements) {
        Engagement engagement = found(engagements, request.pathId("id"));
        scope.requireAccessTo(request.caller(), engagement.data().organisationId());
        return engagement;
    }

    private static Engagement found(EngagementService engagements, UUID id) {
        return engagements.find(id).orElseThrow(() -> ApiException.notFound(LocalizedText.of(
                "Geen engagement met id " + id, "No engagement with id " + id)));
    }

    private static ApiResponse withEtag(Engagement engagement) {
        return new ApiResponse(200, engagement, Map.of("ETag", ApiRequest.etag(engagement.version())));
    }
}
