package be.pillars.core.internal.http;

import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.audit.AuditTrail;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.OrganisationScope;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;
import be.pillars.api.http.SpreadsheetCsv;
import be.pillars.api.http.TextBody;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.privacy.PersonalDataExport;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerEvents;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.core.internal.RecentlyUsed;
import be.pillars.core.internal.audit.AuditLog;
import be.pillars.core.internal.engagement.OrganisationReach;
import be.pillars.core.internal.privacy.PersonalData;
import be.pillars.core.internal.security.CoreSettings;
import be.pillars.core.internal.volunteer.VolunteerCsv;

/**
 * {@code /api/volunteers}: create, read, replace, deactivate and search volunteers (coordinators and admins);
 * an organisation user reads only the volunteers engaged with their organisation.
 * Each volunteer carries its version as an ETag; a change must send it back in {@code If-Match}, so two
 * coordinators editing the same volunteer never silently overwrite each other.
 */
@Component(service = {Servlet.class, EventHandler.class},
        property = EventConstants.EVENT_TOPIC + "=" + VolunteerEvents.ERASED)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.volunteers")
@HttpWhiteboardServletPattern({"/volunteers", "/volunteers/*"})
@HttpWhiteboardServletAsyncSupported
public class VolunteersServlet extends JsonServlet implements EventHandler {

    private static final long serialVersionUID = 1L;
    private static final Access COORDINATORS = Access.roles(Role.COORDINATOR);
    /** How many volunteers' answers {@link #answered} keeps. */
    private static final int ANSWERS_KEPT = 10_000;

    /** A volunteer as last answered, with its JSON. */
    private record Answer(Volunteer volunteer, TextBody json) {
    }

    /**
     * The JSON of each volunteer last answered by id, written once for each volunteer core hands out: core hands
     * out the same one until it changes, and writing a volunteer as JSON is most of the work of reading one.
     */
    private final transient RecentlyUsed<UUID, Answer> answered = new RecentlyUsed<>(ANSWERS_KEPT);

    @Activate
    public VolunteersServlet(@Reference VolunteerService volunteers, @Reference EngagementService engagements,
            @Reference OrganisationService organisations, @Reference PersonalData personalData,
            @Reference AuditLog audit, @Reference CoreSettings settings) {
        OrganisationScope scope = new OrganisationScope(organisations);
        get("/", COORDINATORS, request -> volunteers.search(query(request)))
                .audited(audit, Action.SEARCH, AuditTrail.VOLUNTEER, RouteDescription.NO_SUBJECT, (request, answer) -> criteria(request))
                .summary("Vrijwilligers zoeken", "Search volunteers")
                .query("name", String.class, "Deel van de naam; hoofdletters en accenten om het even",
                        "Part of the name, whatever its case and accents")
                .query("skill", String.class, "Een vaardigheid uit /api/skills", "A skill from /api/skills")
                .query("postalCode", String.class, "Postcode", "Postal code")
                .query("district", String.class, "Wijk", "District")
                .query("status", VolunteerStatus.class, "Status", "Status")
                .query("preference", Preference.class, "Voorkeur", "Preference")
                .query("limit", Integer.class, "1 tot 200, standaard 50", "1 to 200, 50 unless given")
                .query("offset", Integer.class, "Hoeveel over te slaan", "How many to skip")
                .answers(new TypeReference<Page<Volunteer>>() { }.getType());
        post("/", COORDINATORS, request -> {
            Volunteer created = volunteers.create(request.body(VolunteerData.class));
            return new ApiResponse(201, created, Map.of("ETag", ApiRequest.etag(created.version()),
                    "Location", PillarsHttp.CONTEXT_PATH + "/volunteers/" + created.id()));
        }).audited(audit, Action.CREATE, AuditTrail.VOLUNTEER, (request, answer) -> ((Volunteer) answer).id(),
                RouteDescription.NO_DETAIL).summary("Een vrijwilliger opslaan", "Store a volunteer")
                .body(VolunteerData.class).answers(201, Volunteer.class);
        get("/{id}", Access.roles(Role.COORDINATOR, Role.ORGANISATION), request -> {
            UUID id = request.pathId("id");
            // an organisation user sees only volunteers it has a (not cancelled) engagement with
            scope.restrictionOf(request.caller()).filter(own -> !OrganisationReach.reaches(engagements, own, id))
                    .ifPresent(own -> {
                        throw OrganisationScope.outside();
                    });
            Volunteer volunteer = volunteers.find(id).orElseThrow(() -> ApiException.notFound(LocalizedText.of(
                    "Geen vrijwilliger met id " + id, "No volunteer with id " + id)));
            return new ApiResponse(200, json(volunteer), Map.of("ETag", ApiRequest.etag(volunteer.version())));
        }).audited(audit, Action.READ, AuditTrail.VOLUNTEER, "id").summary("Eén vrijwilliger, met zijn versie als ETag",
                "One volunteer, with its version as ETag").answers(Volunteer.class);
        put("/{id}", COORDINATORS, request -> {
            UUID id = request.pathId("id");
            long version = request.ifMatchVersion();
            Volunteer updated = volunteers.update(id, version, keptGender(volunteers, id, request));
            return withEtag(200, updated);
        }).audited(audit, Action.UPDATE, AuditTrail.VOLUNTEER, "id").summary("Een vrijwilliger vervangen (If-Match)",
                "Replace a volunteer (If-Match)").body(VolunteerData.class).answers(Volunteer.class);
        post("/import", COORDINATORS, request -> Map.of("imported", VolunteerCsv.importInto(volunteers,
                request.rawBody(settings.current().maxImportBytes()), stored -> { })))
                .audited(audit, Action.IMPORT, AuditTrail.VOLUNTEER, RouteDescription.NO_SUBJECT,
                        (request, answer) -> ((Map<?, ?>) answer).get("imported") + " volunteers").summary("Vrijwilligers uit een CSV-bestand, alles of niets",
                "Volunteers from a CSV file, all or nothing").answers(new TypeReference<Map<String, Integer>>() { }
                        .getType());
        get("/export.csv", COORDINATORS, request -> SpreadsheetCsv.download("volunteers.csv",
                VolunteerCsv.exportMatching(volunteers, query(request), request.locale())))
                .audited(audit, Action.EXPORT, AuditTrail.VOLUNTEER, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "csv: " + criteria(request)).summary("De gevonden vrijwilligers als CSV",
                "The volunteers found, as CSV").answersFile("text/csv");
        get("/{id}/export", COORDINATORS, request -> personalData.export(request.pathId("id"), request.caller()))
                .audited(audit, Action.EXPORT, AuditTrail.VOLUNTEER, (request, answer) -> request.pathId("id"),
                        (request, answer) -> "GDPR export").summary("Alles wat Pillars over de vrijwilliger bewaart (AVG)",
                "Everything Pillars holds about the volunteer (GDPR)").answers(PersonalDataExport.class);
        post("/{id}/erase", Access.roles(Role.ADMIN), request -> Map.of("erasedBy",
                personalData.erase(request.pathId("id"))))
                .audited(audit, Action.ERASE, AuditTrail.VOLUNTEER, (request, answer) -> request.pathId("id"),
                        (request, answer) -> ((List<?>) ((Map<?, ?>) answer).get("erasedBy")).stream()
                                .map(String::valueOf).collect(Collectors.joining(", "))).summary("De vrijwilliger wissen (AVG)",
                "Erase the volunteer (GDPR)").answers(new TypeReference<Map<String, List<String>>>() { }.getType());
        post("/{id}/deactivate", COORDINATORS, request -> {
            UUID id = request.pathId("id");
            Volunteer deactivated = volunteers.deactivate(id, request.ifMatchVersion());
            return withEtag(200, deactivated);
        }).audited(audit, Action.DEACTIVATE, AuditTrail.VOLUNTEER, "id").summary("Een vrijwilliger op inactief zetten (If-Match)",
                "Mark a volunteer inactive (If-Match)").answers(Volunteer.class);
    }

    private TextBody json(Volunteer volunteer) {
        Answer last = answered.get(volunteer.id());
        if (last != null && last.volunteer() == volunteer) {
            return last.json();
        }
        TextBody json = TextBody.json(volunteer);
        answered.put(volunteer.id(), new Answer(volunteer, json));
        return json;
    }

    /** Nothing of an erased person stays here either. */
    @Override
    public void handleEvent(Event event) {
        answered.remove(UUID.fromString((String) event.getProperty(VolunteerEvents.ID)));
    }

    /**
     * What the caller sent, with the stored gender when they did not name it: no answer shows it to them, so an
     * edit of the phone number must not erase it.
     */
    private static VolunteerData keptGender(VolunteerService volunteers, UUID id, ApiRequest request) {
        VolunteerData sent = request.body(VolunteerData.class);
        if (request.bodyNames("gender")) {
            return sent;
        }
        String stored = volunteers.find(id).map(volunteer -> volunteer.data().gender()).orElse(null);
        return new VolunteerData(sent.firstName(), sent.lastName(), sent.email(), sent.phone(), sent.birthDate(),
                sent.postalCode(), sent.district(), sent.languages(), sent.skills(), sent.interests(),
                sent.availability(), sent.unavailableDates(), sent.preference(), sent.status(), sent.consents(),
                stored);
    }

    private static ApiResponse withEtag(int status, Volunteer volunteer) {
        return new ApiResponse(status, volunteer, Map.of("ETag", ApiRequest.etag(volunteer.version())));
    }

    /** Which criteria a search used, not their values: a name typed into a search is personal data. */
    private static String criteria(ApiRequest request) {
        return String.join(",", request.servletRequest().getParameterMap().keySet());
    }

    private static VolunteerQuery query(ApiRequest request) {
        return new VolunteerQuery(request.queryText("name"), request.queryText("skill"),
                request.queryText("postalCode"), request.queryText("district"),
                request.queryChoice("status", VolunteerStatus.class),
                request.queryChoice("preference", Preference.class),
                request.queryNumber("limit", VolunteerQuery.DEFAULT_LIMIT, 1, VolunteerQuery.MAX_LIMIT),
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE));
    }
}
