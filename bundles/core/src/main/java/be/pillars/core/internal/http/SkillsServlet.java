package be.pillars.core.internal.http;

import java.util.List;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.http.Access;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.core.internal.storage.SkillTaxonomy;

/**
 * {@code /api/skills}: the skill taxonomy with Dutch and English labels, public (no personal data); admins
 * add skills ({@code POST}) and change their labels ({@code PUT /api/skills/{code}}).
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.skills")
@HttpWhiteboardServletPattern({"/skills", "/skills/*"})
@HttpWhiteboardServletAsyncSupported
public class SkillsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public SkillsServlet(@Reference SkillTaxonomy skills) {
        get("/", Access.PUBLIC, request -> skills.all()).summary("De vaardighedenlijst", "The skill taxonomy")
                .answers(new TypeReference<List<SkillTaxonomy.Skill>>() { }.getType());
        post("/", Access.roles(Role.ADMIN),
                request -> new ApiResponse(201, skills.add(request.body(SkillTaxonomy.Skill.class))))
                .summary("Een vaardigheid toevoegen", "Add a skill").body(SkillTaxonomy.Skill.class)
                .answers(201, SkillTaxonomy.Skill.class);
        put("/{code}", Access.roles(Role.ADMIN), request -> skills.relabel(request.path("code"),
                request.body(SkillTaxonomy.Skill.class).label()))
                .summary("Een vaardigheid hernoemen", "Relabel a skill").body(SkillTaxonomy.Skill.class)
                .answers(SkillTaxonomy.Skill.class);
    }
}
