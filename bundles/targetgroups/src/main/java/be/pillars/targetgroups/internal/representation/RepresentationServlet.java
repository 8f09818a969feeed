package be.pillars.targetgroups.internal.representation;

import java.util.List;
import java.util.Locale;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;
import be.pillars.api.http.SpreadsheetCsv;
import be.pillars.api.http.TextBody;

/**
 * {@code /api/targetgroups/representation}: the reference population (imported from Statbel's files) and the
 * representation report as JSON, CSV and an SVG chart. Only counts, with small groups suppressed; coordinators
 * read it, admins import the population.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("targetgroups.representation")
@HttpWhiteboardServletPattern({"/targetgroups/representation", "/targetgroups/representation/*"})
@HttpWhiteboardServletAsyncSupported
public class RepresentationServlet extends JsonServlet {

    /** The whole of Belgium in one Statbel file is about 100 MB; a municipality's own is far smaller. */
    static final int MAX_FILE_BYTES = 160 * 1024 * 1024;

    private static final long serialVersionUID = 1L;
    private static final Access COORDINATORS = Access.roles(Role.COORDINATOR);

    @Activate
    public RepresentationServlet(@Reference RepresentationMonitor monitor, @Reference PopulationStore population) {
        chosen(get("/", COORDINATORS, request -> report(monitor, request)))
                .summary("Hoe de vrijwilligers de bevolking weerspiegelen; alleen tellingen, kleine groepen verborgen",
                        "How the volunteers mirror the population; counts only, small groups suppressed")
                .answers(Report.class);
        chosen(get("/report.csv", COORDINATORS, request -> {
            Report report = report(monitor, request);
            return SpreadsheetCsv.download("representation-" + report.year() + ".csv",
                    RepresentationCsv.write(report, request.locale()));
        })).summary("Het representatierapport als CSV", "The representation report, as CSV").answersFile("text/csv");
        chosen(get("/chart.svg", COORDINATORS, request -> {
            String dimension = request.query("dimension").orElse("age").strip().toLowerCase(Locale.ROOT);
            if (!dimension.equals("age") && !dimension.equals("gender") && !dimension.equals("district")) {
                throw ApiException.badRequest("invalid_value", "dimension", LocalizedText.of(
                        "age, gender of district", "age, gender or district"));
            }
            return new ApiResponse(200, new TextBody("image/svg+xml; charset=UTF-8",
                    RepresentationChart.svg(report(monitor, request), dimension, request.locale())));
        })).summary("Het representatierapport als grafiek", "The representation report, as a chart")
                .query("dimension", String.class, "age (standaard), gender of district",
                        "age (unless given), gender or district")
                .answersFile("image/svg+xml");
        get("/population", COORDINATORS, request -> population.imports())
                .summary("De ingelezen referentiebevolkingen", "The reference populations imported")
                .answers(new TypeReference<List<PopulationStore.Import>>() { }.getType());
        // the body is Statbel's file itself, not JSON: there is no body type to describe
        put("/population/{year}", Access.roles(Role.ADMIN), request -> {
            int year = request.pathNumber("year", 1990, 2100);
            PopulationFile.Parsed parsed = PopulationFile.read(request.rawBody(MAX_FILE_BYTES), year,
                    request.queryText("refnis"));
            return population.replace(year, parsed, request.caller().name());
        }).summary("De referentiebevolking van een jaar vervangen door een Statbel-bestand",
                "Replace a year's reference population with a Statbel file")
                .query("refnis", String.class, "De gemeente (NIS-code) wanneer het bestand er meer bevat",
                        "The municipality (NIS code) when the file holds more than one")
                .answers(PopulationStore.Import.class);
    }

    /** The choice of population {@link #report} reads, for every route that shows the report. */
    private static RouteDescription chosen(RouteDescription route) {
        return route.query("year", Integer.class, "Het jaar van de bevolking, 1990 tot 2100; standaard het nieuwste",
                "The population's year, 1990 to 2100; the newest unless given")
                .query("refnis", String.class, "De gemeente (NIS-code); standaard de laatst ingelezen voor dat jaar",
                        "The municipality (NIS code); the one imported last for that year unless given");
    }

    private static Report report(RepresentationMonitor monitor, ApiRequest request) {
        String year = request.queryText("year");
        return monitor.report(year == null ? null : request.queryNumber("year", 0, 1990, 2100),
                request.queryText("refnis"));
    }
}
