package be.pillars.api.http;

/** Serves one route of a {@link JsonServlet}. */
@FunctionalInterface
public interface RouteHandler {

    /**
     * @return the value to send as JSON with status 200, or an {@link ApiResponse} for another status
     * @throws ApiException when the request cannot be served; nothing may have changed then
     */
    Object handle(ApiRequest request) throws Exception;
}
