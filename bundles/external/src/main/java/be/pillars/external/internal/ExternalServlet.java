package be.pillars.external.internal;

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
        describesItself(ExternalPillar.ID, pillar.matching(), () -> pillar.matching().inForce().describe());
    }
}
