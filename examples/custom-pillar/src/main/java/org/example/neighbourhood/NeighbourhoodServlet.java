package org.example.neighbourhood;

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

/**
 * The pillar's own routes under {@code /api/neighbourhood/}: it joins core's servlet context, so core's
 * JSON errors (and authentication) apply to it as to every pillar.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName(NeighbourhoodPillar.ID)
@HttpWhiteboardServletPattern("/" + NeighbourhoodPillar.ID + "/*")
@HttpWhiteboardServletAsyncSupported
public class NeighbourhoodServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public NeighbourhoodServlet(@Reference NeighbourhoodPillar pillar) {
        // declared and described as every pillar's: core's OpenAPI document lists it with its answer's shape
        describesItself(NeighbourhoodPillar.ID, pillar::description);
    }
}
