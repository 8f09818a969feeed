package be.pillars.external.internal.reports;

import java.time.LocalDate;
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
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.OrganisationScope;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;
import be.pillars.api.http.SpreadsheetCsv;
import be.pillars.api.organisation.OrganisationService;

/**
 * {@code /api/external/reports/organisations}: vacancies and matches per organisation ({@code organisationId},
 * and {@code from}/{@code to} for the applications and matches); {@code /organisations.csv} the same for a
 * spreadsheet, its header in the caller's language. Coordinators see every organisation, an organisation user only
 * their own.
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
        Access readers = Access.roles(Role.COORDINATOR, Role.ORGANISATION);
        criteria(get("/organisations", readers, request -> asked(report, scope, request)))
                .summary("Vacatures en matches per organisatie", "Vacancies and matches per organisation")
                .answers(OrganisationReport.Report.class);
        criteria(get("/organisations.csv", readers, request -> SpreadsheetCsv.download("organisations-report.csv",
                asked(report, scope, request).csv(request.locale()))))
                .summary("Vacatures en matches per organisatie, als CSV", "Vacancies and matches per organisation, "
                        + "as CSV").answersFile("text/csv");
    }

    /** The criteria {@link #asked} reads, for both routes. */
    private static RouteDescription criteria(RouteDescription route) {
        return route.query("organisationId", UUID.class, "Alleen deze organisatie (een organisatie ziet alleen de "
                + "hare)", "Only this organisation (an organisation sees its own only)")
                .query("from", LocalDate.class, "Sollicitaties en matches vanaf deze dag",
                        "Applications and matches from this day")
                .query("to", LocalDate.class, "Sollicitaties en matches tot deze dag", "Applications and matches up "
                        + "to this day");
    }

    private static OrganisationReport.Report asked(OrganisationReport report, OrganisationScope scope,
            ApiRequest request) {
        return report.report(scope.filter(request.caller(), request.queryId("organisationId")),
                request.queryDate("from"), request.queryDate("to"));
    }
}
