package be.pillars.external.internal.matching;

import java.util.List;
import java.util.UUID;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.http.Access;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.matching.Match;

/**
 * {@code /api/external/matches}: explained suggestions for coordinators. {@code /vacancies/{id}} gives the best
 * candidates for a vacancy, {@code /volunteers/{id}} the best open vacancies for a volunteer (only {@code
 * occasional} or {@code regular} ones with {@code kind}); {@code limit} is 1 to
 * {@value #MAX_LIMIT} (default {@value #DEFAULT_LIMIT}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("external.matches")
@HttpWhiteboardServletPattern("/external/matches/*")
@HttpWhiteboardServletAsyncSupported
public class MatchesServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_LIMIT = 20;
    static final int MAX_LIMIT = 100;

    /** The best candidates for a vacancy, best first; a record, so that the OpenAPI document shows its shape. */
    public record VacancyMatches(UUID vacancyId, List<Match> matches) {
    }

    /** The best open vacancies for a volunteer, best first; a record for the same reason. */
    public record VolunteerMatches(UUID volunteerId, List<Match> matches) {
    }

    @Activate
    public MatchesServlet(@Reference Matching matching) {
        Access coordinators = Access.roles(Role.COORDINATOR);
        get("/vacancies/{vacancyId}", coordinators, request -> new VacancyMatches(request.pathId("vacancyId"),
                matching.candidatesFor(request.pathId("vacancyId"),
                        request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT))))
                .summary("De beste kandidaten voor een vacature, met uitleg", "The best candidates for a vacancy, "
                        + "explained")
                .query("limit", Integer.class, "1 tot 100, standaard 20", "1 to 100, 20 unless given")
                .answers(VacancyMatches.class);
        get("/volunteers/{volunteerId}", coordinators, request -> new VolunteerMatches(
                request.pathId("volunteerId"), matching.vacanciesFor(request.pathId("volunteerId"),
                        request.queryChoice("kind", EngagementKind.class),
                        request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT))))
                .summary("De beste open vacatures voor een vrijwilliger, met uitleg",
                        "The best open vacancies for a volunteer, explained")
                .query("kind", EngagementKind.class, "Alleen eenmalige of alleen regelmatige",
                        "Only occasional or only regular ones")
                .query("limit", Integer.class, "1 tot 100, standaard 20", "1 to 100, 20 unless given")
                .answers(VolunteerMatches.class);
    }
}
