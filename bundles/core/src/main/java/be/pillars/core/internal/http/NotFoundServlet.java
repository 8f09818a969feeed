package be.pillars.core.internal.http;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;

/**
 * The default servlet of the pillars context: whatever no other servlet claims, such as the routes of a
 * pillar that was just removed, answers the JSON 404 of a servlet without routes.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.not-found")
@HttpWhiteboardServletPattern("/")
@HttpWhiteboardServletAsyncSupported
public class NotFoundServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
}
