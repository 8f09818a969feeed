package be.pillars.targetgroups.internal.catalogue;

import java.util.List;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;

/** {@code /api/targetgroups/groups}: the catalogue of target groups; admins add and rename them. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("targetgroups.groups")
@HttpWhiteboardServletPattern({"/targetgroups/groups", "/targetgroups/groups/*"})
@HttpWhiteboardServletAsyncSupported
public class CatalogueServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public CatalogueServlet(@Reference TargetGroupCatalogue catalogue) {
        get("/", Access.PUBLIC, request -> catalogue.list())
                .summary("De doelgroepen", "The target groups")
                .answers(new TypeReference<List<TargetGroup>>() { }.getType());
        post("/", Access.roles(Role.ADMIN), request -> new ApiResponse(201,
                catalogue.add(request.body(TargetGroup.class))))
                .summary("Een doelgroep toevoegen", "Add a target group").body(TargetGroup.class)
                .answers(201, TargetGroup.class);
        put("/{code}", Access.roles(Role.ADMIN), request -> catalogue.rename(request.path("code"),
                request.body(Names.class).name()))
                .summary("Een doelgroep hernoemen", "Rename a target group").body(Names.class)
                .answers(TargetGroup.class);
    }

    /** The body of a rename: {@code {"name": {"nl": ..., "en": ...}}}. */
    public record Names(LocalizedText name) {
    }
}
