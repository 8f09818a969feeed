package be.pillars.api.http;

import java.io.IOException;
import java.util.Collections;
import java.util.List;
import java.util.Locale;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import be.pillars.api.LocalizedText;

/** Writes JSON bodies and the Pillars error format; shared by core's own servlets and by {@link JsonServlet}. */
public final class JsonResponses {

    private JsonResponses() {
    }

    /** The body of every error answer; {@code problems} only when a whole batch was refused. */
    public record ErrorBody(Error error) {
        public record Error(String code, String message, String field, List<Problem> problems) {
        }

        public record Problem(int row, String field, String code, String message) {
        }
    }

    public static void write(HttpServletResponse response, int status, Object body) throws IOException {
        response.setStatus(status);
        if (body == null) {
            return;
        }
        response.setContentType("application/json");
        response.setCharacterEncoding("UTF-8");
        Json.MAPPER.writeValue(response.getOutputStream(), body);
    }

    /** The value as the API writes it, for answers worth serialising once and serving many times. */
    public static String toJson(Object value) {
        try {
            return Json.MAPPER.writeValueAsString(value);
        } catch (IOException e) {
            throw new IllegalArgumentException("cannot write as JSON: " + value, e);
        }
    }

    public static void writeError(HttpServletRequest request, HttpServletResponse response, ApiException error)
            throws IOException {
        error.headers().forEach(response::setHeader);
        if (error.status() == 401) {
            response.setHeader("WWW-Authenticate", "Basic realm=\"" + PillarsHttp.REALM + "\", charset=\"UTF-8\"");
        }
        if (error.status() == 413) {
            // the unread body would otherwise hold the connection until the client gave up sending it
            response.setHeader("Connection", "close");
        }
        write(response, error.status(), errorBody(error, locale(request)));
    }

    public static ErrorBody errorBody(ApiException error, Locale locale) {
        List<ErrorBody.Problem> problems = error.problems().stream().map(problem -> new ErrorBody.Problem(
                problem.row(), problem.field(), problem.code(), problem.text().in(locale))).toList();
        return new ErrorBody(new ErrorBody.Error(error.code(), error.text().in(locale), error.field(),
                problems.isEmpty() ? null : problems));
    }

    /**
     * English when the caller's Accept-Language puts English before Dutch, Dutch otherwise: the language of a
     * Flemish municipality is the default, also for a caller who asks none or only others.
     */
    public static Locale locale(HttpServletRequest request) {
        if (request.getHeader("Accept-Language") == null) {
            return LocalizedText.DUTCH;
        }
        for (Locale locale : Collections.list(request.getLocales())) {
            if ("nl".equals(locale.getLanguage())) {
                return LocalizedText.DUTCH;
            }
            if ("en".equals(locale.getLanguage())) {
                return Locale.ENGLISH;
            }
        }
        return LocalizedText.DUTCH;
    }
}
