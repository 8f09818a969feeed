package be.pillars.external.internal.publicsite;

import java.util.List;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.LocalizedText;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.skill.Skills;
import be.pillars.api.validation.Fields;
import be.pillars.external.internal.channels.Feed;
import be.pillars.external.internal.vacancies.OpenQuery;
import be.pillars.external.internal.vacancies.VacancyStore;

/**
 * {@code /api/external/public}: the open vacancies for anyone, without logging in, and without personal data.
 * {@code GET /feed.json} and {@code GET /feed.ics} are the open-data feed of the same vacancies, for other sites to
 * pull (same criteria, up to 10,000 per page, with an ETag; the calendar's events link the vacancy's page on the
 * municipality's website, see {@link PublicSite}). {@code GET /vacancies} searches them with {@code q},
 * {@code skill}, {@code postalCode}, {@code lat} and {@code lon} (the searcher's place: results carry their distance
 * and come nearest first), {@code withinKm} (needs {@code lat}/{@code lon}), {@code date}, {@code kind},
 * {@code limit} and {@code offset}.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("external.public")
@HttpWhiteboardServletPattern("/external/public/*")
@HttpWhiteboardServletAsyncSupported
public class PublicServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    /** Further than Belgium is wide, so that any search within the country is allowed. */
    private static final double MAX_WITHIN_KM = 500;

    @Activate
    public PublicServlet(@Reference VacancyStore vacancies, @Reference Skills skills, @Reference PublicSite site) {
        get("/vacancies", Access.PUBLIC, request -> vacancies.open(query(request, skills, OpenQuery.DEFAULT_LIMIT,
                OpenQuery.MAX_LIMIT)));
        get("/vacancies/{id}", Access.PUBLIC, request -> vacancies.openVacancy(request.pathId("id")));
        get("/feed.json", Access.PUBLIC, request -> Feed.json(vacancies.open(query(request, skills, Feed.MAX_LIMIT,
                Feed.MAX_LIMIT)), request));
        get("/feed.ics", Access.PUBLIC, request -> Feed.ics(vacancies.open(query(request, skills, Feed.MAX_LIMIT,
                Feed.MAX_LIMIT)), site.pages(), request));
    }

    static OpenQuery query(ApiRequest request, Skills skills, int defaultLimit, int maxLimit) {
        String text = Fields.optional("q", request.queryText("q"), 200);
        String skill = Fields.optional("skill", request.queryText("skill"), 64);
        if (skill != null && !skills.unknown(List.of(skill)).isEmpty()) {
            throw ApiException.badRequest("unknown_skill", "skill", LocalizedText.of(
                    "'" + skill + "' staat niet in de vaardighedenlijst", "'" + skill + "' is not in the skill taxonomy"));
        }
        String postalCode = Fields.postalCode("postalCode", request.queryText("postalCode"), false);
        Double latitude = request.queryDecimal("lat", -90, 90);
        Double longitude = request.queryDecimal("lon", -180, 180);
        if ((latitude == null) != (longitude == null)) {
            throw ApiException.badRequest("incomplete_coordinates", latitude == null ? "lat" : "lon", LocalizedText.of(
                    "Geef lat en lon samen", "Give lat and lon together"));
        }
        Double withinKm = request.queryDecimal("withinKm", 0, MAX_WITHIN_KM);
        if (withinKm != null && latitude == null) {
            throw ApiException.badRequest("place_needed", "withinKm", LocalizedText.of(
                    "Een afstand telt vanaf een plaats: geef ook lat en lon", "A distance counts from a place: give lat "
                            + "and lon too"));
        }
        return new OpenQuery(text, skill, postalCode, latitude, longitude, withinKm, request.queryDate("date"),
                request.queryChoice("kind", EngagementKind.class),
                request.queryNumber("limit", defaultLimit, 1, maxLimit),
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE));
    }
}
