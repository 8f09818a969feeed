package be.pillars.api.http;

import java.io.IOException;
import java.io.InputStream;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Collection;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.servlet.http.HttpServletRequest;

import com.fasterxml.jackson.core.exc.StreamReadException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;

import be.pillars.api.LocalizedText;
import be.pillars.api.validation.Text;

/** One request as a route handler sees it: path parameters, query, headers, body, caller and language. */
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

    /** The query parameter trimmed, or null when absent or blank. */
    public String queryText(String name) {
        return query(name).map(String::strip).filter(value -> !value.isEmpty()).orElse(null);
    }

    /** The query parameter as one of the constants of {@code type}, in any case, or null when absent. */
    public <E extends Enum<E>> E queryChoice(String name, Class<E> type) {
        String value = queryText(name);
        if (value == null) {
            return null;
        }
        try {
            return Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_value", name, LocalizedText.of(
                    "Onbekende waarde '" + value + "'", "Unknown value '" + value + "'"));
        }
    }

    /** The query parameter as a whole number within {@code [minimum, maximum]}, or the fallback when absent. */
    public int queryNumber(String name, int fallback, int minimum, int maximum) {
        String value = queryText(name);
        return value == null ? fallback : number(name, value, minimum, maximum);
    }

    /** The query parameter as a number within {@code [minimum, maximum]}, such as a latitude, or null when absent. */
    public Double queryDecimal(String name, double minimum, double maximum) {
        String value = queryText(name);
        if (value == null) {
            return null;
        }
        try {
            double number = Double.parseDouble(value);
            if (number >= minimum && number <= maximum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw ApiException.badRequest("invalid_value", name, LocalizedText.of(
                name + " moet een getal van " + minimum + " tot " + maximum + " zijn",
                name + " must be a number from " + minimum + " to " + maximum));
    }

    /** The query parameter as a date such as 2026-11-22, or null when absent. */
    public LocalDate queryDate(String name) {
        String value = queryText(name);
        return value == null ? null : date(name, value);
    }

    /** A {@code {name}} path segment that must be a UUID. */
    public UUID pathId(String name) {
        return id(name, path(name));
    }

    /** The query parameter as a UUID, or null when absent. */
    public UUID queryId(String name) {
        String value = queryText(name);
        return value == null ? null : id(name, value);
    }

    /** A {@code {name}} path segment that must be a whole number within {@code [minimum, maximum]}, such as a year. */
    public int pathNumber(String name, int minimum, int maximum) {
        return number(name, path(name), minimum, maximum);
    }

    private static int number(String name, String value, int minimum, int maximum) {
        try {
            int number = Integer.parseInt(value);
            if (number >= minimum && number <= maximum) {
                return number;
            }
        } catch (NumberFormatException e) {
            // refused below, with the range
        }
        throw ApiException.badRequest("invalid_value", name, LocalizedText.of(
                name + " moet een geheel getal van " + minimum + " tot " + maximum + " zijn",
                name + " must be a whole number from " + minimum + " to " + maximum));
    }

    /** A {@code {name}} path segment that must be a date such as 2026-11-22. */
    public LocalDate pathDate(String name) {
        return date(name, path(name));
    }

    private static LocalDate date(String name, String value) {
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw ApiException.badRequest("invalid_date", name, LocalizedText.of(
                    "'" + value + "' is geen datum JJJJ-MM-DD", "'" + value + "' is not a date YYYY-MM-DD"));
        }
    }

    private static UUID id(String name, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw ApiException.badRequest("invalid_id", name, LocalizedText.of(
                    "'" + value + "' is geen geldig id", "'" + value + "' is not a valid id"));
        }
    }

    /**
     * The version a change is based on, from {@code If-Match: "3"} (the ETag the caller read): 428 without it,
     * so that nobody overwrites a change they never saw.
     */
    public long ifMatchVersion() {
        String header = header("If-Match").orElseThrow(() -> new ApiException(428, "precondition_required",
                LocalizedText.of("Stuur de ETag die je las mee in If-Match", "Send the ETag you read in If-Match"),
                "If-Match"));
        String tag = header.strip();
        if (tag.startsWith("W/")) {
            // If-Match compares strongly (RFC 9110 13.1.1): a weak tag never matches
            throw new ApiException(412, "weak_etag", LocalizedText.of(
                    "If-Match vraagt een sterke ETag zoals \"3\", geen W/", "If-Match needs a strong ETag such as \"3\", not W/"),
                    "If-Match");
        }
        try {
            return Long.parseLong(tag.replace("\"", ""));
        } catch (NumberFormatException e) {
            throw ApiException.badRequest("invalid_if_match", "If-Match", LocalizedText.of(
                    "If-Match moet een ETag zijn die je las, zoals \"3\"", "If-Match must be an ETag you read, such as \"3\""));
        }
    }

    /** The ETag of a resource at this version, for {@link #ifMatchVersion()}. */
    public static String etag(long version) {
        return "\"" + version + "\"";
    }

    public Optional<String> header(String name) {
        return Optional.ofNullable(servletRequest.getHeader(name));
    }

    /**
     * The JSON body read strictly into {@code type}: unknown fields, wrong types, control characters in text,
     * a body over the configured size and malformed JSON are refused with a 4xx that names the field.
     */
    public <T> T body(Class<T> type) {
        String contentType = servletRequest.getContentType();
        if (contentType == null || !contentType.toLowerCase(Locale.ROOT).startsWith("application/json")) {
            throw new ApiException(415, "unsupported_media_type", LocalizedText.of(
                    "Stuur de inhoud als application/json", "Send the body as application/json"), null);
        }
        byte[] bytes = readLimited();
        if (bytes.length == 0) {
            throw ApiException.badRequest("missing_body", null, LocalizedText.of(
                    "Het verzoek heeft geen inhoud", "The request has no body"));
        }
        try {
            T value = Json.MAPPER.readValue(bytes, type);
            if (value == null) {
                throw ApiException.badRequest("missing_body", null, LocalizedText.of(
                        "Het verzoek heeft geen inhoud", "The request has no body"));
            }
            return value;
        } catch (StreamReadException e) {
            throw ApiException.badRequest("malformed_json", null, LocalizedText.of(
                    "Geen geldige JSON (regel " + e.getLocation().getLineNr() + ", kolom "
                            + e.getLocation().getColumnNr() + ")",
                    "Not valid JSON (line " + e.getLocation().getLineNr() + ", column "
                            + e.getLocation().getColumnNr() + ")"));
        } catch (UnrecognizedPropertyException e) {
            throw ApiException.badRequest("unknown_field", fieldOf(e), LocalizedText.of(
                    "Onbekend veld", "Unknown field"));
        } catch (InvalidFormatException e) {
            if (e.getTargetType() == String.class && e.getValue() instanceof String text
                    && Text.refusedAt(text) >= 0) {
                throw ApiException.badRequest("invalid_value", fieldOf(e), Text.problem(text));
            }
            throw ApiException.badRequest("invalid_value", fieldOf(e), LocalizedText.of(
                    "Ongeldige waarde '" + e.getValue() + "', verwacht: " + expected(e.getTargetType()).nl(),
                    "Invalid value '" + e.getValue() + "', expected: " + expected(e.getTargetType()).en()));
        } catch (MismatchedInputException e) {
            throw ApiException.badRequest("invalid_value", fieldOf(e), LocalizedText.of(
                    "Verkeerd type, verwacht: " + expected(e.getTargetType()).nl(),
                    "Wrong type, expected: " + expected(e.getTargetType()).en()));
        } catch (JsonMappingException e) {
            throw ApiException.badRequest("invalid_value", fieldOf(e), LocalizedText.of(
                    "Ongeldige waarde", "Invalid value"));
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable_body", null, LocalizedText.of(
                    "De inhoud kon niet gelezen worden", "The body could not be read"));
        }
    }

    /**
     * Whether the JSON body, read by {@link #body(Class)} before, names this field at its top level, even as
     * {@code null}: a replacement can then keep what the caller did not send, such as a value no answer shows them.
     */
    public boolean bodyNames(String field) {
        try {
            return Json.MAPPER.readTree(readLimited()).has(field);
        } catch (IOException e) {
            return false;
        }
    }

    /** The body as it came, such as a CSV file, refused with 413 when larger than {@code limit} bytes. */
    public byte[] rawBody(int limit) {
        return readLimited(limit);
    }

    private byte[] readLimited() {
        Object configured = servletRequest.getAttribute(PillarsHttp.MAX_BODY_ATTRIBUTE);
        return readLimited(configured instanceof Integer bytes ? bytes : PillarsHttp.DEFAULT_MAX_BODY_BYTES);
    }

    static ApiException tooLarge(int limit) {
        return new ApiException(413, "body_too_large", LocalizedText.of(
                "De inhoud is groter dan " + limit + " bytes", "The body is larger than " + limit + " bytes"), null);
    }

    private byte[] readLimited(int limit) {
        if (servletRequest.getAttribute(JsonServlet.BODY_ATTRIBUTE) instanceof byte[] read) {
            if (read.length > limit) {
                throw tooLarge(limit);
            }
            return read;
        }
        if (servletRequest.getContentLengthLong() > limit) {
            throw tooLarge(limit);
        }
        try (InputStream in = servletRequest.getInputStream()) {
            byte[] bytes = in.readNBytes(limit + 1);
            if (bytes.length > limit) {
                throw tooLarge(limit);
            }
            return bytes;
        } catch (IOException e) {
            throw ApiException.badRequest("unreadable_body", null, LocalizedText.of(
                    "De inhoud kon niet gelezen worden", "The body could not be read"));
        }
    }

    /** What a field of this Java type takes, in words a caller understands. */
    private static LocalizedText expected(Class<?> type) {
        if (type == null) {
            return LocalizedText.of("een andere waarde", "another value");
        }
        if (type == String.class || type.isEnum()) {
            return LocalizedText.of("tekst", "text");
        }
        if (type == Boolean.class || type == boolean.class) {
            return LocalizedText.of("true of false", "true or false");
        }
        if (type == Integer.class || type == int.class || type == Long.class || type == long.class) {
            return LocalizedText.of("een geheel getal", "a whole number");
        }
        if (Number.class.isAssignableFrom(type) || type.isPrimitive()) {
            return LocalizedText.of("een getal", "a number");
        }
        if (type == LocalDate.class) {
            return LocalizedText.of("een datum JJJJ-MM-DD", "a date YYYY-MM-DD");
        }
        if (Collection.class.isAssignableFrom(type) || type.isArray()) {
            return LocalizedText.of("een lijst", "a list");
        }
        return LocalizedText.of("een object", "an object");
    }

    /** The JSON path of the value at fault, such as {@code availability[0].day}. */
    private static String fieldOf(JsonMappingException e) {
        StringBuilder path = new StringBuilder();
        for (JsonMappingException.Reference reference : e.getPath()) {
            if (reference.getFieldName() != null) {
                if (path.length() > 0) {
                    path.append('.');
                }
                path.append(reference.getFieldName());
            } else if (reference.getIndex() >= 0) {
                path.append('[').append(reference.getIndex()).append(']');
            }
        }
        return path.length() == 0 ? null : path.toString();
    }

    /** English when the caller's Accept-Language prefers English to Dutch, Dutch otherwise (also when none is asked). */
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
