package be.pillars.api.http;

import java.nio.charset.StandardCharsets;

/**
 * A body that is not JSON, such as a CSV file or an SVG chart, for {@link ApiResponse#body()}. It is encoded once,
 * when it is made: a body kept and served again (such as the list of pillars) costs no encoding per request.
 *
 * @param contentType the media type, with its charset where it has one (UTF-8 is what goes out)
 * @param text        the body
 * @param utf8        the body as it goes out
 */
public record TextBody(String contentType, String text, byte[] utf8) {

    public TextBody(String contentType, String text) {
        this(contentType, text, text.getBytes(StandardCharsets.UTF_8));
    }

    /** The value as JSON, as the API writes it: for an answer worth writing once and serving many times. */
    public static TextBody json(Object value) {
        return new TextBody("application/json;charset=UTF-8", JsonResponses.toJson(value));
    }
}
