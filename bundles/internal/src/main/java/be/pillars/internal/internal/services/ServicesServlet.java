package be.pillars.internal.internal.services;

import java.time.Clock;
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

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.http.Access;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;
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
        get("/", COORDINATORS, request -> NamedPolicy.all(directory, policies))
                .summary("De gemeentelijke diensten, met het beleid dat voor elk geldt",
                        "The municipal services, with the policy in force for each")
                .answers(new TypeReference<List<NamedPolicy>>() { }.getType());
        year(get("/report", COORDINATORS, request -> reports.reports(Years.query(request, clock))))
                .summary("Het jaarverslag van elke dienst: vrijwilligers, uren, waardering, vergoedingen",
                        "Each service's yearly report: volunteers, hours, appreciation, allowances")
                .answers(new TypeReference<List<ServiceReports.ServiceReport>>() { }.getType());
        year(get("/{serviceId}/report", Access.roles(Role.COORDINATOR, Role.ORGANISATION), request -> {
            UUID service = request.pathId("serviceId");
            scope.requireAccessTo(request.caller(), service);
            return reports.report(service, Years.query(request, clock));
        })).summary("Het jaarverslag van één dienst", "One service's yearly report")
                .answers(ServiceReports.ServiceReport.class);
    }

    /** The {@code year} that {@link Years#query} reads, for both reports. */
    private static RouteDescription year(RouteDescription route) {
        return route.query("year", Integer.class, "Het jaar, standaard dit jaar", "The year, this one unless given");
    }
}
