package be.pillars.api.http;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;

/**
 * A request that cannot be served as asked. {@link JsonServlet} turns it into the JSON error body with
 * {@link #status()}; nothing has been changed when it is thrown.
 */
public class ApiException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    private final int status;
    private final String code;
    private final transient LocalizedText text;
    private final String field;
    private final transient List<DomainException.Problem> problems;
    private final transient Map<String, String> headers = new LinkedHashMap<>();

    /**
     * @param status the HTTP status, 4xx for the caller's mistakes
     * @param code   a stable, machine-readable code such as {@code not_found}
     * @param text   what went wrong, in Dutch and English
     * @param field  the request field at fault, or {@code null}
     */
    public ApiException(int status, String code, LocalizedText text, String field) {
        this(status, code, text, field, List.of());
    }

    /** A refusal listing every problem of a batch, each with its row and field. */
    public ApiException(int status, String code, LocalizedText text, String field,
            List<DomainException.Problem> problems) {
        super(code + ": " + text.en());
        this.status = status;
        this.code = code;
        this.text = text;
        this.field = field;
        this.problems = List.copyOf(problems);
    }

    /**
     * 429: the caller asked too often; {@code Retry-After} tells when to try again (whole seconds, at least 1).
     */
    public static ApiException tooManyRequests(long retryAfterSeconds, LocalizedText text) {
        return new ApiException(429, "too_many_requests", text, null)
                .withHeader("Retry-After", Long.toString(Math.max(1, retryAfterSeconds)));
    }

    /** This refusal with a response header, such as {@code Retry-After}; returns itself. */
    public ApiException withHeader(String name, String value) {
        headers.put(name, value);
        return this;
    }

    /** The response headers that go with this refusal. */
    public Map<String, String> headers() {
        return Map.copyOf(headers);
    }

    public static ApiException badRequest(String code, String field, LocalizedText text) {
        return new ApiException(400, code, text, field);
    }

    public static ApiException notFound(LocalizedText text) {
        return new ApiException(404, "not_found", text, null);
    }

    public int status() {
        return status;
    }

    public String code() {
        return code;
    }

    public LocalizedText text() {
        return text;
    }

    public String field() {
        return field;
    }

    public List<DomainException.Problem> problems() {
        return problems;
    }
}
