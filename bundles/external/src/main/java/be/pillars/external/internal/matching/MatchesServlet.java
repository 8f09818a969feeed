package be.pillars.external.internal.matching;

import java.util.Map;

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

    @Activate
    public MatchesServlet(@Reference Matching matching) {
        Access coordinators = Access.roles(Role.COORDINATOR);
        get("/vacancies/{vacancyId}", coordinators, request -> Map.of("vacancyId", request.pathId("vacancyId"),
                "matches", matching.candidatesFor(request.pathId("vacancyId"),
                        request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT))));
        get("/volunteers/{volunteerId}", coordinators, request -> Map.of("volunteerId",
                request.pathId("volunteerId"), "matches", matching.vacanciesFor(request.pathId("volunteerId"),
                        request.queryChoice("kind", EngagementKind.class),
                        request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT))));
    }
}
