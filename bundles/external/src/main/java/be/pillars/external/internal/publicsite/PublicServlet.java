package be.pillars.external.internal.publicsite;

import java.time.LocalDate;
import java.util.List;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.RouteDescription;
import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.skill.Skills;
import be.pillars.api.validation.Fields;
import be.pillars.external.internal.channels.Feed;
import be.pillars.external.internal.vacancies.OpenQuery;
import be.pillars.external.internal.vacancies.OpenVacancy;
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
    private static final String FEED_LIMIT_NL = "1 tot 10.000, standaard 10.000";
    private static final String FEED_LIMIT_EN = "1 to 10,000, 10,000 unless given";

    @Activate
    public PublicServlet(@Reference VacancyStore vacancies, @Reference Skills skills, @Reference PublicSite site) {
        searchable(get("/vacancies", Access.PUBLIC, request -> vacancies.open(query(request, skills,
                OpenQuery.DEFAULT_LIMIT, OpenQuery.MAX_LIMIT))), "1 tot 100, standaard 20", "1 to 100, 20 unless given")
                .summary("Open vacatures zoeken, voor iedereen", "Search the open vacancies, for anyone")
                .answers(new TypeReference<Page<OpenVacancy>>() { }.getType());
        get("/vacancies/{id}", Access.PUBLIC, request -> vacancies.openVacancy(request.pathId("id")))
                .summary("Eén open vacature, voor iedereen", "One open vacancy, for anyone").answers(OpenVacancy.class);
        searchable(get("/feed.json", Access.PUBLIC, request -> Feed.json(vacancies.open(query(request, skills,
                Feed.MAX_LIMIT, Feed.MAX_LIMIT)), request)), FEED_LIMIT_NL, FEED_LIMIT_EN)
                .summary("De open vacatures als open-datafeed, met een ETag",
                        "The open vacancies as an open-data feed, with an ETag")
                .answers(Feed.JsonPage.class);
        searchable(get("/feed.ics", Access.PUBLIC, request -> Feed.ics(vacancies.open(query(request, skills,
                Feed.MAX_LIMIT, Feed.MAX_LIMIT)), site.pages(), request)), FEED_LIMIT_NL, FEED_LIMIT_EN)
                .summary("De open vacatures als kalender, elke activiteit met een link naar haar pagina",
                        "The open vacancies as a calendar, each event linking its page")
                .query("lang", String.class, "nl (standaard) of en", "nl (unless given) or en")
                .answersFile("text/calendar");
    }

    /** The criteria {@link #query} reads, declared once for the search and both feeds. */
    private static RouteDescription searchable(RouteDescription route, String limitNl, String limitEn) {
        return route.query("q", String.class, "Woorden uit de titel of de beschrijving",
                        "Words from the title or the description")
                .query("skill", String.class, "Een vaardigheid uit /api/skills", "A skill from /api/skills")
                .query("postalCode", String.class, "Postcode", "Postal code")
                .query("lat", Double.class, "Breedtegraad van de zoeker: de dichtste eerst, met hun afstand",
                        "The searcher's latitude: nearest first, with their distance")
                .query("lon", Double.class, "Lengtegraad van de zoeker, samen met lat",
                        "The searcher's longitude, with lat")
                .query("withinKm", Double.class, "Hoogstens zo ver van lat/lon, tot 500", "At most this far from "
                        + "lat/lon, up to 500")
                .query("date", LocalDate.class, "Alleen met werk op deze dag", "Only with work on this day")
                .query("kind", EngagementKind.class, "Alleen eenmalige of alleen regelmatige",
                        "Only occasional or only regular ones")
                .query("limit", Integer.class, limitNl, limitEn)
                .query("offset", Integer.class, "Hoeveel over te slaan", "How many to skip");
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
