package be.pillars.internal.internal.services;

import java.time.Clock;
import java.util.UUID;

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
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.internal.internal.InternalPillar;

/**
 * {@code /api/internal/services}: the municipal services with the policy in force for each, and their yearly
 * reports (volunteers, hours, appreciation, allowances). A service's own login reads its own report.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("internal.services")
@HttpWhiteboardServletPattern({"/internal/services", "/internal/services/*"})
@HttpWhiteboardServletAsyncSupported
public class ServicesServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    private static final Access COORDINATORS = Access.roles(Role.COORDINATOR);

    @Activate
    public ServicesServlet(@Reference ServiceDirectory directory, @Reference InternalPillar pillar,
            @Reference ServiceReports reports, @Reference ServiceScope scope) {
        ServicePolicies policies = pillar.servicePolicies();
        Clock clock = Clock.systemDefaultZone();
        get("/", COORDINATORS, request -> NamedPolicy.all(directory, policies));
        get("/report", COORDINATORS, request -> reports.reports(Years.query(request, clock)));
        get("/{serviceId}/report", Access.roles(Role.COORDINATOR, Role.ORGANISATION), request -> {
            UUID service = request.pathId("serviceId");
            scope.requireAccessTo(request.caller(), service);
            return reports.report(service, Years.query(request, clock));
        });
    }
}
