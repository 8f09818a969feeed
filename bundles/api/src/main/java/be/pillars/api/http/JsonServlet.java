package be.pillars.api.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;

/**
 * A servlet made of routes: a subclass declares them in its constructor with {@link #get}, {@link #post},
 * {@link #put} and {@link #delete}, using templates such as {@code /volunteers/{id}} relative to the servlet's
 * pattern, each with the {@link Access} it requires. Unknown paths answer a JSON 404, known paths with
 * another method a JSON 405, callers without access 401 or 403, a thrown
 * {@link ApiException} its own status, and anything unexpected a JSON 500 that is logged.
 */
public abstract class JsonServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(JsonServlet.class);

    private static final Map<DomainException.Kind, Integer> STATUS_OF = Map.of(
            DomainException.Kind.INVALID, 400,
            DomainException.Kind.NOT_FOUND, 404,
            DomainException.Kind.CONFLICT, 409,
            DomainException.Kind.STALE, 412);

    private final List<Route> routes = new ArrayList<>();

    private record Route(String method, String[] segments, Access access, RouteHandler handler) {

        Optional<Map<String, String>> match(String[] path) {
            if (path.length != segments.length) {
                return Optional.empty();
            }
            Map<String, String> parameters = new HashMap<>();
            for (int i = 0; i < segments.length; i++) {
                String segment = segments[i];
                if (segment.startsWith("{") && segment.endsWith("}")) {
                    parameters.put(segment.substring(1, segment.length() - 1), path[i]);
                } else if (!segment.equals(path[i])) {
                    return Optional.empty();
                }
            }
            return Optional.of(parameters);
        }
    }

    protected final void get(String template, Access access, RouteHandler handler) {
        route("GET", template, access, handler);
    }

    protected final void post(String template, Access access, RouteHandler handler) {
        route("POST", template, access, handler);
    }

    protected final void put(String template, Access access, RouteHandler handler) {
        route("PUT", template, access, handler);
    }

    protected final void delete(String template, Access access, RouteHandler handler) {
        route("DELETE", template, access, handler);
    }

    private void route(String method, String template, Access access, RouteHandler handler) {
        routes.add(new Route(method, segments(template), access, handler));
    }

    /** The non-empty segments of a path: {@code /a//b/} is {@code [a, b]}. Runs on every request: no regex. */
    private static String[] segments(String path) {
        List<String> segments = new ArrayList<>(4);
        int start = 0;
        for (int i = 0; i <= path.length(); i++) {
            if (i == path.length() || path.charAt(i) == '/') {
                if (i > start) {
                    segments.add(path.substring(start, i));
                }
                start = i + 1;
            }
        }
        return segments.toArray(String[]::new);
    }

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        String path = request.getPathInfo() == null ? "/" : request.getPathInfo();
        try {
            Object answer = dispatch(request, response, segments(path));
            if (answer instanceof ApiResponse custom && custom.body() instanceof TextBody text) {
                custom.headers().forEach(response::setHeader);
                response.setStatus(custom.status());
                response.setContentType(text.contentType());
                response.setContentLength(text.utf8().length);
                response.getOutputStream().write(text.utf8());
            } else if (answer instanceof ApiResponse custom) {
                custom.headers().forEach(response::setHeader);
                JsonResponses.write(response, custom.status(), custom.body());
            } else {
                JsonResponses.write(response, 200, answer);
            }
        } catch (ApiException e) {
            JsonResponses.writeError(request, response, e);
        } catch (DomainException e) {
            JsonResponses.writeError(request, response, new ApiException(STATUS_OF.get(e.kind()), e.code(), e.text(),
                    e.field(), e.problems()));
        } catch (Exception e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            JsonResponses.writeError(request, response, new ApiException(500, "internal_error",
                    LocalizedText.of("Er ging iets mis op de server; de fout is gelogd.",
                            "Something went wrong on the server; the error was logged."), null));
        }
    }

    private Object dispatch(HttpServletRequest request, HttpServletResponse response, String[] path)
            throws Exception {
        Set<String> allowed = new LinkedHashSet<>();
        Route chosen = null;
        Map<String, String> chosenParameters = null;
        for (Route route : routes) {
            Optional<Map<String, String>> parameters = route.match(path);
            if (parameters.isEmpty()) {
                continue;
            }
            allowed.add(route.method());
            // of two routes that match, the more literal one wins: /volunteers/export.csv before /volunteers/{id}
            if (route.method().equals(request.getMethod())
                    && (chosen == null || parameters.get().size() < chosenParameters.size())) {
                chosen = route;
                chosenParameters = parameters.get();
            }
        }
        if (chosen != null) {
            chosen.access().check(ApiRequest.callerOf(request));
            return chosen.handler().handle(new ApiRequest(request, chosenParameters));
        }
        if (allowed.isEmpty()) {
            throw ApiException.notFound(LocalizedText.of("Onbekende route: " + request.getRequestURI(),
                    "Unknown route: " + request.getRequestURI()));
        }
        response.setHeader("Allow", String.join(", ", allowed));
        throw new ApiException(405, "method_not_allowed",
                LocalizedText.of("Methode " + request.getMethod() + " is hier niet toegelaten; wel: " + allowed,
                        "Method " + request.getMethod() + " is not allowed here; allowed: " + allowed),
                null);
    }
}
