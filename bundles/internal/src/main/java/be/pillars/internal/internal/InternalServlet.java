package be.pillars.internal.internal;

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

/** The routes of the internal pillar, under {@code /api/internal/}. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName(InternalPillar.ID)
@HttpWhiteboardServletPattern("/" + InternalPillar.ID + "/*")
@HttpWhiteboardServletAsyncSupported
public class InternalServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public InternalServlet(@Reference InternalPillar pillar) {
        get("/config", Access.roles(Role.COORDINATOR), request -> pillar.policy().snapshot());
        get("/summary", Access.PUBLIC, request -> Map.of("pillar", pillar.id(), "summary", pillar.policy().inForce().describe()));
    }
}
