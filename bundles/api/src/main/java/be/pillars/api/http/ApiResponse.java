package be.pillars.api.http;

import java.util.Map;

/**
 * A handler's answer when 200 with a JSON body is not all it means, such as 201 with a Location.
 *
 * @param status  the HTTP status
 * @param body    the value to write as JSON, or {@code null} for no body
 * @param headers extra response headers, such as {@code ETag}
 */
public record ApiResponse(int status, Object body, Map<String, String> headers) {

    public ApiResponse {
        headers = Map.copyOf(headers);
    }

    public ApiResponse(int status, Object body) {
        this(status, body, Map.of());
    }
}
