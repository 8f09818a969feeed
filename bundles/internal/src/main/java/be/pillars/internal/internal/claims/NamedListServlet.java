package be.pillars.internal.internal.claims;

import static be.pillars.api.audit.AuditTrail.VOLUNTEER;
import static be.pillars.internal.internal.claims.ClaimsServlet.COORDINATORS;
import static be.pillars.internal.internal.claims.ClaimsServlet.year;

import java.time.Clock;
import java.time.LocalDate;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.RouteDescription;
import be.pillars.api.http.SpreadsheetCsv;

/**
 * {@code /api/internal/named-list/{year}}: the list of allowances paid in a year that the law requires to be
 * kept 7 years, as JSON, CSV ({@code .../csv}) or a printable document ({@code .../document?lang=nl}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("internal.named-list")
@HttpWhiteboardServletPattern("/internal/named-list/*")
@HttpWhiteboardServletAsyncSupported
public class NamedListServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public NamedListServlet(@Reference JdbcClaims claims, @Reference AuditTrail audit) {
        Clock clock = Clock.systemDefaultZone();
        get("/{year}", COORDINATORS, request -> claims.namedList(year(request)))
                .audited(audit, Action.READ, VOLUNTEER, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "internal named list")
                .summary("De naamlijst van de vergoedingen van een jaar", "The named list of a year's allowances")
                .answers(NamedList.class);
        get("/{year}/csv", COORDINATORS, request -> {
            int year = year(request);
            return SpreadsheetCsv.download("named-list-" + year + ".csv",
                    ClaimDocuments.namedListCsv(claims.namedList(year), request.locale()));
        }).audited(audit, Action.EXPORT, VOLUNTEER, RouteDescription.NO_SUBJECT,
                (request, answer) -> "internal named list csv")
                .summary("De naamlijst van een jaar als CSV", "The named list of a year as CSV")
                .answersFile("text/csv");
        get("/{year}/document", COORDINATORS, request -> ClaimDocuments.htmlAnswer(ClaimDocuments.namedListHtml(
                claims.namedList(year(request)), ClaimDocuments.language(request), LocalDate.now(clock))))
                .audited(audit, Action.EXPORT, VOLUNTEER, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "internal named list document")
                .summary("De naamlijst van een jaar als afdrukbaar document", "The named list of a year, printable")
                .query("lang", String.class, "nl of en; anders de taal van de browser",
                        "nl or en; else the browser's language")
                .answersFile("text/html");
    }
}
