package be.pillars.api.http;

import java.util.Locale;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;

/** One request as a route handler sees it: the path parameters of its route, the query and the language. */
public final class ApiRequest {

    private final HttpServletRequest servletRequest;
    private final Map<String, String> pathParameters;

    ApiRequest(HttpServletRequest servletRequest, Map<String, String> pathParameters) {
        this.servletRequest = servletRequest;
        this.pathParameters = Map.copyOf(pathParameters);
    }

    /** The value of a {@code {name}} segment of the route's template. */
    public String path(String name) {
        String value = pathParameters.get(name);
        if (value == null) {
            throw new IllegalArgumentException("the route has no path parameter " + name);
        }
        return value;
    }

    public Optional<String> query(String name) {
        return Optional.ofNullable(servletRequest.getParameter(name));
    }

    /** Dutch when the caller prefers Dutch, English otherwise. */
    public Locale locale() {
        return JsonResponses.locale(servletRequest);
    }

    /** Who sent the request: anonymous unless core's context authenticated them. */
    public Caller caller() {
        return callerOf(servletRequest);
    }

    static Caller callerOf(HttpServletRequest request) {
        Object caller = request.getAttribute(PillarsHttp.CALLER_ATTRIBUTE);
        return caller instanceof Caller known ? known : Caller.ANONYMOUS;
    }

    public HttpServletRequest servletRequest() {
        return servletRequest;
    }
}
