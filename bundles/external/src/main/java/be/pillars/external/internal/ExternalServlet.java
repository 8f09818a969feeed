package be.pillars.external.internal;

import java.util.Map;

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

/** The routes of the external pillar, under {@code /api/external/}. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName(ExternalPillar.ID)
@HttpWhiteboardServletPattern("/" + ExternalPillar.ID + "/*")
@HttpWhiteboardServletAsyncSupported
public class ExternalServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public ExternalServlet(@Reference ExternalPillar pillar) {
        get("/config", Access.roles(Role.COORDINATOR), request -> pillar.matching().snapshot());
        get("/summary", Access.PUBLIC, request -> Map.of("pillar", pillar.id(), "summary", pillar.matching().inForce().describe()));
    }
}
