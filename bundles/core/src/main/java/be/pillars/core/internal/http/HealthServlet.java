package be.pillars.core.internal.http;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.Health;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.core.internal.PlatformHealth;

/**
 * {@code GET /api/health}: the health report, with HTTP 503 when an essential part is down; the details of each
 * check only for callers who signed in.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.health")
@HttpWhiteboardServletPattern("/health")
@HttpWhiteboardServletAsyncSupported
public class HealthServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public HealthServlet(@Reference PlatformHealth health) {
        get("/", Access.PUBLIC, request -> {
            PlatformHealth.Report report = health.report();
            return new ApiResponse(report.status() == Health.Status.DOWN ? 503 : 200,
                    request.caller().isAnonymous() ? report.withoutDetails() : report);
        }).summary("De gezondheid van de kern en van elke pijler (503 als iets essentieels uitvalt)",
                "The health of core and of each pillar (503 when something essential is down)")
                .answers(PlatformHealth.Report.class);
    }
}
