package be.pillars.core.internal.http;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.LocalizedText;
import be.pillars.api.PillarRegistry;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.Access;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;

/** {@code GET /api/pillars}: the pillars installed now; {@code GET /api/pillars/{id}}: one of them. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.pillars")
@HttpWhiteboardServletPattern({"/pillars", "/pillars/*"})
public class PillarsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public PillarsServlet(@Reference PillarRegistry registry) {
        get("/", Access.PUBLIC, request -> registry.installed());
        get("/{id}", Access.PUBLIC, request -> registry.find(request.path("id")).orElseThrow(() -> ApiException.notFound(
                LocalizedText.of("Geen pijler met id " + request.path("id") + " geïnstalleerd",
                        "No pillar with id " + request.path("id") + " is installed"))));
    }
}
