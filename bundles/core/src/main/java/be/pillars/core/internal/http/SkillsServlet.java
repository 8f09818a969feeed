package be.pillars.core.internal.http;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.http.Access;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.core.internal.storage.SkillTaxonomy;

/** {@code GET /api/skills}: the skill taxonomy with Dutch and English labels (no personal data). */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.skills")
@HttpWhiteboardServletPattern("/skills")
public class SkillsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public SkillsServlet(@Reference SkillTaxonomy skills) {
        get("/", Access.PUBLIC, request -> skills.all());
    }
}
