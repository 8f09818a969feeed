package be.pillars.internal.internal.figures;

import java.util.Map;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.config.CheckedConfiguration;
import be.pillars.api.http.Access;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;

/**
 * {@code /api/internal/figures}: the legal figures in force (with the problem of a refused change), and
 * {@code /api/internal/figures/{year}}: those of one year.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("internal.figures")
@HttpWhiteboardServletPattern({"/internal/figures", "/internal/figures/*"})
@HttpWhiteboardServletAsyncSupported
public class FiguresServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public FiguresServlet(@Reference LegalFigures figures) {
        Access coordinators = Access.roles(Role.COORDINATOR);
        get("/", coordinators, request -> figures.snapshot())
                .summary("De wettelijke bedragen in werking, en waarom de laatste wijziging geweigerd werd",
                        "The legal figures in force, and why the last change was refused")
                .answers(new TypeReference<CheckedConfiguration.Snapshot<Figures>>() { }.getType());
        // a map, not a record: a figure not configured for the year is left out rather than null
        get("/{year}", coordinators, request -> figures.inForce().ofYear(
                request.pathNumber("year", Figures.FIRST_YEAR, Figures.LAST_YEAR)))
                .summary("De wettelijke bedragen van één jaar", "The legal figures of one year")
                .answers(new TypeReference<Map<String, Object>>() { }.getType());
    }
}
