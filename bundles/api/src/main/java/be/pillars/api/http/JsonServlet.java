package be.pillars.api.http;

import java.io.IOException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Supplier;

import javax.servlet.http.HttpServlet;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.config.CheckedConfiguration;
import be.pillars.api.storage.StorageUnavailableException;

/**
 * A servlet made of routes: a subclass declares them in its constructor with {@link #get}, {@link #post},
 * {@link #put} and {@link #delete}, using templates such as {@code /volunteers/{id}} relative to the servlet's
 * pattern, each with the {@link Access} it requires. Unknown paths answer a JSON 404, known paths with
 * another method a JSON 405, callers without access 401 or 403, a thrown
 * {@link ApiException} its own status, and anything unexpected a JSON 500 that is logged. A request that changes
 * something is refused when a plain HTML form of another site could have sent it ({@link CrossSiteGuard}); a
 * body is read in full, without holding a thread, before its route runs ({@link BodyReader}), so that register
 * the servlet with {@code @HttpWhiteboardServletAsyncSupported}.
 */
public abstract class JsonServlet extends HttpServlet {

    private static final long serialVersionUID = 1L;
    private static final Logger LOG = LoggerFactory.getLogger(JsonServlet.class);

    /** The request attribute holding a body read in full before the route ran. */
    static final String BODY_ATTRIBUTE = "be.pillars.body";

    /** How long a caller is asked to wait when the database cannot be reached. */
    private static final int STORAGE_RETRY_SECONDS = 5;
    private static final Map<DomainException.Kind, Integer> STATUS_OF = Map.of(
            DomainException.Kind.INVALID, 400,
            DomainException.Kind.NOT_FOUND, 404,
            DomainException.Kind.CONFLICT, 409,
            DomainException.Kind.STALE, 412);

    private final List<Route> routes = new ArrayList<>();

    private record Route(String method, String template, String[] segments, Access access, RouteHandler handler,
            RouteDescription description) {

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

    /** Declares a GET route; describe it on what this returns. */
    protected final RouteDescription get(String template, Access access, RouteHandler handler) {
        return route("GET", template, access, handler);
    }

    protected final RouteDescription post(String template, Access access, RouteHandler handler) {
        return route("POST", template, access, handler);
    }

    protected final RouteDescription put(String template, Access access, RouteHandler handler) {
        return route("PUT", template, access, handler);
    }

    protected final RouteDescription delete(String template, Access access, RouteHandler handler) {
        return route("DELETE", template, access, handler);
    }

    private RouteDescription route(String method, String template, Access access, RouteHandler handler) {
        RouteDescription description = new RouteDescription();
        routes.add(new Route(method, template, segments(template), access, handler, description));
        return description;
    }

    /** What a pillar's {@code GET /summary} answers: its id, and what its configuration in force means. */
    public record PillarSummary(String pillar, LocalizedText summary) {
    }

    /**
     * Declares the routes every pillar serves about itself: {@code GET /summary} for anyone (what its configuration
     * in force means, in Dutch and English) and {@code GET /config} for coordinators (that configuration, its
     * Config Admin PID, and the problem with the last change an admin tried).
     */
    protected final void describesItself(String pillarId, CheckedConfiguration<?> configuration,
            Supplier<LocalizedText> summary) {
        describesItself(pillarId, summary);
        get("/config", Access.roles(Role.COORDINATOR), request -> configuration.snapshot())
                .summary("De configuratie in werking, en waarom de laatste wijziging geweigerd werd",
                        "The configuration in force, and why the last change was refused")
                .answers(CheckedConfiguration.Snapshot.class);
    }

    /** Declares {@code GET /summary} alone, for a pillar without a configuration of its own. */
    protected final void describesItself(String pillarId, Supplier<LocalizedText> summary) {
        get("/summary", Access.PUBLIC, request -> new PillarSummary(pillarId, summary.get()))
                .summary("Wat deze pijler doet, zoals hij nu ingesteld is", "What this pillar does, as set now")
                .answers(PillarSummary.class);
    }

    /** Every route declared, in the order declared: what core's OpenAPI document is assembled from. */
    public final List<DescribedRoute> routes() {
        return routes.stream().map(route -> new DescribedRoute(route.method(), route.template(), route.access(),
                route.description())).toList();
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
            Chosen chosen = choose(request, response, segments(path));
            CrossSiteGuard.check(request);
            Caller caller = ApiRequest.callerOf(request);
            chosen.route().access().check(caller);
            if (readsBodyFirst(request, caller)) {
                BodyReader.start(request, maxBodyBytes(request), bodySeconds(request),
                        body -> {
                            request.setAttribute(BODY_ATTRIBUTE, body);
                            answer(request, response, chosen);
                        },
                        error -> JsonResponses.writeError(request, response, error));
                return;
            }
            answer(request, response, chosen);
        } catch (ApiException e) {
            JsonResponses.writeError(request, response, e);
        }
    }

    /** Runs the chosen route and writes what it answers, or the error it ends in. */
    private void answer(HttpServletRequest request, HttpServletResponse response, Chosen chosen) throws IOException {
        try {
            ApiRequest apiRequest = new ApiRequest(request, chosen.parameters());
            Object answer = chosen.route().handler().handle(apiRequest);
            audit(chosen.route().description().audit(), apiRequest, answer);
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
        } catch (StorageUnavailableException e) {
            // the database is away or every connection busy: a moment later the same request may pass
            LOG.warn("{} {}: {}", request.getMethod(), request.getRequestURI(), e.getMessage());
            JsonResponses.writeError(request, response, new ApiException(503, "storage_unavailable", LocalizedText.of(
                    "De databank is even niet bereikbaar; probeer het zo meteen opnieuw.",
                    "The database cannot be reached just now; try again in a moment."), null)
                            .withHeader("Retry-After", String.valueOf(STORAGE_RETRY_SECONDS)));
        } catch (Exception e) {
            LOG.error("{} {} failed", request.getMethod(), request.getRequestURI(), e);
            JsonResponses.writeError(request, response, new ApiException(500, "internal_error",
                    LocalizedText.of("Er ging iets mis op de server; de fout is gelogd.",
                            "Something went wrong on the server; the error was logged."), null));
        }
    }

    /** Records the answered call as the route declared, before the answer goes out (a failure fails the call). */
    private static void audit(RouteDescription.Audit audit, ApiRequest request, Object answer) {
        if (audit != null) {
            Object body = answer instanceof ApiResponse response ? response.body() : answer;
            audit.trail().record(request.caller().name(), audit.action(), audit.subjectType(),
                    audit.subject().apply(request, body), audit.detail().apply(request, body));
        }
    }

    /**
     * Whether the body is read asynchronously, in full, before the route runs. Every body up to the request limit
     * is, where the servlet allows asynchronous work: no slow client holds a thread. A larger or unannounced body is
     * read as the route goes, and only for staff (a coordinator's import): anyone else gets 413 at once.
     */
    private static boolean readsBodyFirst(HttpServletRequest request, Caller caller) {
        long declared = request.getContentLengthLong();
        boolean chunked = declared < 0 && request.getHeader("Transfer-Encoding") != null;
        if (declared <= 0 && !chunked) {
            return false;
        }
        boolean staff = caller.hasAnyRole(Role.COORDINATOR);
        int limit = maxBodyBytes(request);
        if (declared > limit) {
            if (staff) {
                return false;
            }
            throw ApiRequest.tooLarge(limit);
        }
        return request.isAsyncSupported() && !(chunked && staff);
    }

    private static int maxBodyBytes(HttpServletRequest request) {
        Object configured = request.getAttribute(PillarsHttp.MAX_BODY_ATTRIBUTE);
        return configured instanceof Integer bytes ? bytes : PillarsHttp.DEFAULT_MAX_BODY_BYTES;
    }

    private static long bodySeconds(HttpServletRequest request) {
        Object configured = request.getAttribute(PillarsHttp.BODY_SECONDS_ATTRIBUTE);
        return configured instanceof Integer seconds ? seconds : PillarsHttp.DEFAULT_BODY_SECONDS;
    }

    /** The route a request goes to, with the values of its path parameters. */
    private record Chosen(Route route, Map<String, String> parameters) {
    }

    private Chosen choose(HttpServletRequest request, HttpServletResponse response, String[] path) {
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
            return new Chosen(chosen, chosenParameters);
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
