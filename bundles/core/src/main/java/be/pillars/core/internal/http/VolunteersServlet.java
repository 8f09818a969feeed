package be.pillars.core.internal.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;

/**
 * {@code /api/volunteers}: create, read, replace, deactivate and search volunteers (coordinators and admins).
 * Each volunteer carries its version as an ETag; a change must send it back in {@code If-Match}, so two
 * coordinators editing the same volunteer never silently overwrite each other.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.volunteers")
@HttpWhiteboardServletPattern({"/volunteers", "/volunteers/*"})
public class VolunteersServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    private static final Access COORDINATORS = Access.roles(Role.COORDINATOR);

    @Activate
    public VolunteersServlet(@Reference VolunteerService volunteers) {
        get("/", COORDINATORS, request -> volunteers.search(query(request)));
        post("/", COORDINATORS, request -> {
            Volunteer created = volunteers.create(request.body(VolunteerData.class));
            return new ApiResponse(201, created, Map.of("ETag", etag(created),
                    "Location", PillarsHttp.CONTEXT_PATH + "/volunteers/" + created.id()));
        });
        get("/{id}", COORDINATORS, request -> {
            UUID id = id(request);
            Volunteer volunteer = volunteers.find(id).orElseThrow(() -> ApiException.notFound(LocalizedText.of(
                    "Geen vrijwilliger met id " + id, "No volunteer with id " + id)));
            return withEtag(200, volunteer);
        });
        put("/{id}", COORDINATORS, request -> {
            UUID id = id(request);
            long version = ifMatch(request);
            return withEtag(200, volunteers.update(id, version, request.body(VolunteerData.class)));
        });
        post("/{id}/deactivate", COORDINATORS,
                request -> withEtag(200, volunteers.deactivate(id(request), ifMatch(request))));
    }

    private static ApiResponse withEtag(int status, Volunteer volunteer) {
        return new ApiResponse(status, volunteer, Map.of("ETag", etag(volunteer)));
    }

    private static String etag(Volunteer volunteer) {
        return "\"" + volunteer.version() + "\"";
    }

    private static UUID id(ApiRequest request) {
        try {
            return UUID.fromString(request.path("id"));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_id", "id", LocalizedText.of(
                    "'" + request.path("id") + "' is geen geldig id", "'" + request.path("id") + "' is not a valid id"));
        }
    }

    /** The version the caller based a change on, from {@code If-Match: "3"}. */
    private static long ifMatch(ApiRequest request) {
        String header = request.header("If-Match").orElseThrow(() -> new ApiException(428, "precondition_required",
                LocalizedText.of("Stuur de ETag die je las mee in If-Match", "Send the ETag you read in If-Match"),
                "If-Match"));
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            tag = tag.substring(2);
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_if_match", "If-Match", LocalizedText.of(
                    "If-Match moet een ETag van deze vrijwilliger zijn, zoals \"3\"",
                    "If-Match must be an ETag of this volunteer, such as \"3\""));
        }
    }

    private static VolunteerQuery query(ApiRequest request) {
        return new VolunteerQuery(
                text(request, "name"),
                text(request, "skill"),
                text(request, "postalCode"),
                text(request, "district"),
                choice(request, "status", VolunteerStatus.class),
                choice(request, "preference", Preference.class),
                number(request, "limit", VolunteerQuery.DEFAULT_LIMIT, 1, VolunteerQuery.MAX_LIMIT),
                number(request, "offset", 0, 0, Integer.MAX_VALUE));
    }

    private static String text(ApiRequest request, String name) {
        return request.query(name).map(String::strip).filter(value -> !value.isEmpty()).orElse(null);
    }

    private static <E extends Enum<E>> E choice(ApiRequest request, String name, Class<E> type) {
        Optional<String> value = Optional.ofNullable(text(request, name));
        try {
            return value.map(text -> Enum.valueOf(type, text.toUpperCase(Locale.ROOT))).orElse(null);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_value", name, LocalizedText.of(
                    "Onbekende waarde '" + value.get() + "'", "Unknown value '" + value.get() + "'"));
        }
    }

    private static int number(ApiRequest request, String name, int fallback, int minimum, int maximum) {
        String value = text(request, name);
        if (value == null) {
            return fallback;
        }
        try {
            int number = Integer.parseInt(value);
            if (number >= minimum && number <= maximum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw ApiException.badRequest("invalid_value", name, LocalizedText.of(
                name + " moet een geheel getal van " + minimum + " tot " + maximum + " zijn",
                name + " must be a whole number from " + minimum + " to " + maximum));
    }
}
