package be.pillars.external.internal.reports;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.http.Access;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.OrganisationScope;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.organisation.OrganisationService;

/**
 * {@code /api/external/reports/organisations}: vacancies and matches per organisation ({@code organisationId},
 * and {@code from}/{@code to} for the applications and matches). Coordinators see every organisation, an
 * organisation user only their own.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("external.reports")
@HttpWhiteboardServletPattern("/external/reports/*")
@HttpWhiteboardServletAsyncSupported
public class ReportsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public ReportsServlet(@Reference OrganisationReport report, @Reference OrganisationService organisations) {
        OrganisationScope scope = new OrganisationScope(organisations);
        get("/organisations", Access.roles(Role.COORDINATOR, Role.ORGANISATION), request -> report.report(
                scope.filter(request.caller(), request.queryId("organisationId")), request.queryDate("from"),
                request.queryDate("to")));
    }
}
