package be.pillars.targetgroups.internal;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;

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
        describesItself(TargetGroupsPillar.ID, pillar.settings(), () -> pillar.settings().inForce().describe());
    }
}
