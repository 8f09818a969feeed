package be.pillars.external.internal.ladder;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.Page;
import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.http.Access;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;
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
        get("/volunteers", coaches, request -> ladder.climbers(
                request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE),
                request.queryNumber("suggestions", DEFAULT_SUGGESTIONS, 0, MAX_SUGGESTIONS)))
                .audited(audit, Action.SEARCH, AuditTrail.VOLUNTEER, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "external engagement ladder")
                .summary("Vrijwilligers die alleen eenmalig hielpen, met de regelmatige vacatures die bij hen passen",
                        "Volunteers who only helped occasionally, with the regular vacancies that fit them")
                .query("limit", Integer.class, "1 tot 100, standaard 20", "1 to 100, 20 unless given")
                .query("offset", Integer.class, "Hoeveel over te slaan", "How many to skip")
                .query("suggestions", Integer.class, "Vacatures per vrijwilliger, 0 tot 20, standaard 3",
                        "Vacancies per volunteer, 0 to 20, 3 unless given")
                .answers(new TypeReference<Page<Ladder.Climber>>() { }.getType());
        get("/report", coaches, request -> ladder.report())
                .summary("Hoeveel vrijwilligers van eenmalig naar regelmatig gingen, en hoe snel; alleen tellingen",
                        "How many volunteers went from occasional to regular, and how fast; counts only")
                .answers(LadderReport.class);
        get("/conversion.csv", coaches, request -> SpreadsheetCsv.download("ladder-conversion.csv",
                ladder.report().conversionCsv(request.locale())))
                .summary("Van eenmalig naar regelmatig, als CSV", "From occasional to regular, as CSV")
                .answersFile("text/csv");
        get("/time-to-first.csv", coaches, request -> SpreadsheetCsv.download("ladder-time-to-first.csv",
                ladder.report().timeToFirstCsv(request.locale())))
                .summary("De wachttijd tot het eerste engagement, als CSV", "The wait for a first engagement, as CSV")
                .answersFile("text/csv");
    }
}
