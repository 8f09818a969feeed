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

/**
 * {@code /api/internal/statements/{volunteerId}/{year}}: everything paid to a volunteer in a year, as JSON or as
 * a printable document ({@code .../document?lang=nl}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("internal.statements")
@HttpWhiteboardServletPattern("/internal/statements/*")
@HttpWhiteboardServletAsyncSupported
public class StatementsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public StatementsServlet(@Reference JdbcClaims claims, @Reference AuditTrail audit) {
        Clock clock = Clock.systemDefaultZone();
        get("/{volunteerId}/{year}", COORDINATORS, request -> claims.statement(request.pathId("volunteerId"),
                year(request)))
                .audited(audit, Action.READ, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal allowance statement")
                .summary("Alles wat een vrijwilliger in een jaar betaald werd",
                        "Everything paid to a volunteer in a year")
                .answers(Statement.class);
        get("/{volunteerId}/{year}/document", COORDINATORS, request -> ClaimDocuments.htmlAnswer(
                ClaimDocuments.statementHtml(claims.statement(request.pathId("volunteerId"), year(request)),
                        ClaimDocuments.language(request), LocalDate.now(clock))))
                .audited(audit, Action.EXPORT, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal allowance statement document")
                .summary("Het overzicht van een jaar voor een vrijwilliger, als afdrukbaar document",
                        "A volunteer's statement of a year, printable")
                .query("lang", String.class, "nl of en; anders de taal van de browser",
                        "nl or en; else the browser's language")
                .answersFile("text/html");
    }
}
