package be.pillars.api.http;

/**
 * A body that is not JSON, such as a CSV file or an SVG chart, for {@link ApiResponse#body()}.
 *
 * @param contentType the media type, with its charset where it has one
 * @param text        the body
 */
public record TextBody(String contentType, String text) {
}
