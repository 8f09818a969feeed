package be.pillars.internal.internal;

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
        describesItself(InternalPillar.ID, pillar.policy(), () -> pillar.policy().inForce().describe());
    }
}
