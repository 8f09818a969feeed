package be.pillars.core.internal.http;

import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.InstalledPillar;
import be.pillars.api.LocalizedText;
import be.pillars.api.PillarRegistry;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.TextBody;

/** {@code GET /api/pillars}: the pillars installed now; {@code GET /api/pillars/{id}}: one of them. */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.pillars")
@HttpWhiteboardServletPattern({"/pillars", "/pillars/*"})
@HttpWhiteboardServletAsyncSupported
public class PillarsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    /** The last list served and its JSON: the list is read fresh on every request, serialised only on change. */
    private record Served(List<InstalledPillar> pillars, TextBody json) {
    }

    private final AtomicReference<Served> lastServed = new AtomicReference<>(new Served(null, null));

    @Activate
    public PillarsServlet(@Reference PillarRegistry registry) {
        get("/", Access.PUBLIC, request -> new ApiResponse(200, json(registry.installed())))
                .summary("De pijlers die nu geïnstalleerd zijn", "The pillars installed now")
                .answers(new TypeReference<List<InstalledPillar>>() { }.getType());
        get("/{id}", Access.PUBLIC, request -> registry.find(request.path("id")).orElseThrow(() -> ApiException.notFound(
                LocalizedText.of("Geen pijler met id " + request.path("id") + " geïnstalleerd",
                        "No pillar with id " + request.path("id") + " is installed"))))
                .summary("Eén geïnstalleerde pijler", "One installed pillar").answers(InstalledPillar.class);
    }

    private TextBody json(List<InstalledPillar> pillars) {
        Served served = lastServed.get();
        if (!pillars.equals(served.pillars())) {
            served = new Served(pillars, TextBody.json(pillars));
            lastServed.set(served);
        }
        return served.json();
    }
}
