package be.pillars.external.internal.ladder;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.audit.Audited;
import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.http.Access;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.SpreadsheetCsv;

/**
 * {@code /api/external/ladder}, for coaches (coordinators): {@code /volunteers} lists the volunteers whose
 * engagements were all occasional with the regular vacancies that fit them ({@code suggestions} 0 to {@value
 * #MAX_SUGGESTIONS}, default {@value #DEFAULT_SUGGESTIONS}; {@code limit}, {@code offset}); {@code /report} gives
 * the conversion and waiting-time figures, counts only; {@code /conversion.csv} and {@code /time-to-first.csv} the
 * same figures for a spreadsheet, in the caller's language.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("external.ladder")
@HttpWhiteboardServletPattern("/external/ladder/*")
@HttpWhiteboardServletAsyncSupported
public class LadderServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    static final int DEFAULT_SUGGESTIONS = 3;
    static final int MAX_SUGGESTIONS = 20;
    private static final int DEFAULT_LIMIT = 20;
    private static final int MAX_LIMIT = 100;

    @Activate
    public LadderServlet(@Reference Ladder ladder, @Reference AuditTrail audit) {
        Access coaches = Access.roles(Role.COORDINATOR);
        get("/volunteers", coaches, Audited.route(audit, Action.SEARCH, AuditTrail.VOLUNTEER, null,
                "external engagement ladder", request -> ladder.climbers(
                        request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                        request.queryNumber("offset", 0, 0, Integer.MAX_VALUE),
                        request.queryNumber("suggestions", DEFAULT_SUGGESTIONS, 0, MAX_SUGGESTIONS))));
        get("/report", coaches, request -> ladder.report());
        get("/conversion.csv", coaches, request -> SpreadsheetCsv.download("ladder-conversion.csv",
                ladder.report().conversionCsv(request.locale())));
        get("/time-to-first.csv", coaches, request -> SpreadsheetCsv.download("ladder-time-to-first.csv",
                ladder.report().timeToFirstCsv(request.locale())));
    }
}
