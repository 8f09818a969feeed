package be.pillars.core.internal.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.databind.node.ObjectNode;

import be.pillars.api.http.Access;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;

/**
 * {@code GET /api/openapi.json}: the OpenAPI 3.1 document of every route served now, assembled from the
 * {@link JsonServlet}s registered in the {@code pillars} context: a pillar uninstalled takes its paths with it, a
 * pillar hot-deployed brings its own, without anything to write by hand. Summaries in the caller's language.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.openapi")
@HttpWhiteboardServletPattern("/openapi.json")
@HttpWhiteboardServletAsyncSupported
public class OpenApiServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    private final transient Map<ServiceReference<Servlet>, OpenApiDocument.Mounted> mounted =
            new ConcurrentHashMap<>();
    /** Counts the servlets that came or went: a document made before the last one is made again. */
    private final AtomicLong generation = new AtomicLong();
    private final transient Map<Locale, Made> documents = new ConcurrentHashMap<>();

    /** A document, and the generation of servlets it was made from. */
    private record Made(long generation, ObjectNode document) {
    }

    @Activate
    public OpenApiServlet(BundleContext context) {
        String version = context.getBundle().getVersion().toString();
        get("/", Access.PUBLIC, request -> document(request.locale(), version))
                .summary("Deze beschrijving van de API, volgens OpenAPI 3.1",
                        "This description of the API, as OpenAPI 3.1")
                .answersFile("application/json");
    }

    /**
     * The document for this language, made again when a servlet came or went since: the generation is read before
     * the servlets, so a document made while one was arriving is never taken for current.
     */
    private ObjectNode document(Locale reader, String version) {
        long now = generation.get();
        Made made = documents.get(reader);
        if (made == null || made.generation() != now) {
            made = new Made(now, OpenApiDocument.of(sorted(), version, reader));
            documents.put(reader, made);
        }
        return made.document();
    }

    private List<OpenApiDocument.Mounted> sorted() {
        List<OpenApiDocument.Mounted> servlets = new ArrayList<>(mounted.values());
        servlets.sort(Comparator.comparing(OpenApiDocument.Mounted::prefix));
        return servlets;
    }

    @Reference(service = Servlet.class, cardinality = ReferenceCardinality.MULTIPLE,
            policy = ReferencePolicy.DYNAMIC)
    void addServlet(ServiceReference<Servlet> reference, Servlet servlet) {
        if (servlet instanceof JsonServlet routes && PillarsHttp.CONTEXT_SELECT.equals(reference.getProperty(
                HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT))) {
            mounted.put(reference, new OpenApiDocument.Mounted(prefix(reference.getProperty(
                    HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN)), bundle(reference), routes.routes()));
            generation.incrementAndGet();
        }
    }

    void removeServlet(ServiceReference<Servlet> reference) {
        if (mounted.remove(reference) != null) {
            generation.incrementAndGet();
        }
    }

    /** Where a servlet's routes start: its {@code /x/*} pattern without the star, else its one exact pattern. */
    static String prefix(Object patterns) {
        String[] all = patterns instanceof String[] many ? many : new String[] {String.valueOf(patterns)};
        for (String pattern : all) {
            if (pattern.endsWith("/*")) {
                return pattern.substring(0, pattern.length() - 2);
            }
        }
        return all[0];
    }

    private static String bundle(ServiceReference<?> reference) {
        Object name = reference.getBundle() == null ? null
                : reference.getBundle().getHeaders().get(Constants.BUNDLE_SYMBOLICNAME);
        return name == null ? "unknown" : name.toString().split(";")[0];
    }
}
