package be.pillars.api.http;

/**
 * A handler's answer when 200 with a JSON body is not what it means, such as 201 for a created resource.
 *
 * @param status the HTTP status
 * @param body   the value to write as JSON, or {@code null} for no body
 */
public record ApiResponse(int status, Object body) {
}
