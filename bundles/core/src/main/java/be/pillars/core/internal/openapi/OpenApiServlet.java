package be.pillars.core.internal.openapi;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Collectors;

import javax.servlet.Servlet;

import org.osgi.framework.BundleContext;
import org.osgi.framework.Constants;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
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
 * {@link JsonServlet}s registered in the {@code pillars} context when asked: a pillar uninstalled takes its paths with it, a
 * pillar hot-deployed brings its own, without anything to write by hand. Summaries in the caller's language.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.openapi")
@HttpWhiteboardServletPattern("/openapi.json")
@HttpWhiteboardServletAsyncSupported
public class OpenApiServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    private final transient Map<Locale, Made> documents = new ConcurrentHashMap<>();

    /** A document, and the servlets it was made from (their service ids and change counts). */
    private record Made(String servlets, ObjectNode document) {
    }

    @Activate
    public OpenApiServlet(BundleContext context) {
        String version = context.getBundle().getVersion().toString();
        get("/", Access.PUBLIC, request -> document(context, request.locale(), version))
                .summary("Deze beschrijving van de API, volgens OpenAPI 3.1",
                        "This description of the API, as OpenAPI 3.1")
                .answersFile("application/json");
    }

    /**
     * The document for this language, made again when the servlets of the context are not those it was made from.
     * The servlets are looked up when asked, not bound as they come: a servlet still being activated on another
     * thread when it would be bound could not be had, and would be missing from the document for good.
     */
    private ObjectNode document(BundleContext context, Locale reader, String version) {
        List<ServiceReference<Servlet>> references = servlets(context);
        String servlets = references.stream().map(reference -> reference.getProperty(Constants.SERVICE_ID) + "."
                + reference.getProperty(Constants.SERVICE_CHANGECOUNT)).collect(Collectors.joining(","));
        Made made = documents.get(reader);
        if (made == null || !made.servlets().equals(servlets)) {
            made = new Made(servlets, OpenApiDocument.of(mounted(context, references), version, reader));
            documents.put(reader, made);
        }
        return made.document();
    }

    /** The servlet services of the pillars context, in the order of their service ids. */
    private static List<ServiceReference<Servlet>> servlets(BundleContext context) {
        try {
            return context.getServiceReferences(Servlet.class, null).stream()
                    .filter(reference -> PillarsHttp.CONTEXT_SELECT.equals(reference.getProperty(
                            HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_SELECT)))
                    .sorted(Comparator.comparing(reference -> (Long) reference.getProperty(Constants.SERVICE_ID)))
                    .toList();
        } catch (InvalidSyntaxException e) {
            throw new IllegalStateException("no filter was given", e);
        }
    }

    private static List<OpenApiDocument.Mounted> mounted(BundleContext context,
            List<ServiceReference<Servlet>> references) {
        List<OpenApiDocument.Mounted> mounted = new ArrayList<>();
        for (ServiceReference<Servlet> reference : references) {
            Servlet servlet = context.getService(reference);
            try {
                if (servlet instanceof JsonServlet routes) {
                    mounted.add(new OpenApiDocument.Mounted(prefix(reference.getProperty(
                            HttpWhiteboardConstants.HTTP_WHITEBOARD_SERVLET_PATTERN)), bundle(reference),
                            routes.routes()));
                }
            } finally {
                if (servlet != null) {
                    context.ungetService(reference);
                }
            }
        }
        mounted.sort(Comparator.comparing(OpenApiDocument.Mounted::prefix));
        return mounted;
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
