package be.pillars.targetgroups.internal;

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

/** The routes of the target-group pillar, under {@code /api/targetgroups/}. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName(TargetGroupsPillar.ID)
@HttpWhiteboardServletPattern("/" + TargetGroupsPillar.ID + "/*")
@HttpWhiteboardServletAsyncSupported
public class TargetGroupsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public TargetGroupsServlet(@Reference TargetGroupsPillar pillar) {
        get("/config", Access.roles(Role.COORDINATOR), request -> pillar.settings().snapshot());
        get("/summary", Access.PUBLIC, request -> Map.of("pillar", pillar.id(), "summary", pillar.settings().inForce().describe()));
    }
}
