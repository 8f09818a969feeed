package be.pillars.itests;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.function.Supplier;
import java.util.regex.Pattern;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Holds every answer the suite receives against the OpenAPI document core serves: an answer from a route the
 * document does not list, or in another media type than it says, fails the test that received it. The document is
 * read again when a route is not found in the copy held, since tests install and uninstall pillars.
 */
final class DocumentedRoutes {

    private static volatile JsonNode document;

    private DocumentedRoutes() {
    }

    /**
     * @param method  the request's method
     * @param path    the request's path, without its query
     * @param status  the answer's status
     * @param type    the answer's Content-Type, or null
     * @param fetched reads the document as core serves it now
     */
    static void check(String method, String path, int status, String type, Supplier<JsonNode> fetched) {
        // a path no route takes answers 404 or 405 by design: that is the router's answer, not a route's
        if (!path.startsWith("/api/") || status == 404 || status == 405) {
            return;
        }
        JsonNode operation = operation(method, path);
        if (operation == null) {
            document = fetched.get();
            operation = operation(method, path);
        }
        if (operation == null) {
            throw new AssertionError("undocumented route in /api/openapi.json: " + method + " " + path);
        }
        JsonNode described = operation.get("responses").get(String.valueOf(status));
        if (described != null && described.has("content") && type != null) {
            String mediaType = type.split(";")[0].trim().toLowerCase(Locale.ROOT);
            if (!described.get("content").has(mediaType)) {
                throw new AssertionError(method + " " + path + " answered " + status + " as " + mediaType
                        + ", the document says " + described.get("content").fieldNames().next());
            }
        }
    }

    private static JsonNode operation(String method, String path) {
        JsonNode held = document;
        if (held == null) {
            return null;
        }
        List<String> templates = new ArrayList<>();
        held.get("paths").fieldNames().forEachRemaining(templates::add);
        // a literal segment beats a parameter: /volunteers/export.csv before /volunteers/{id}
        templates.sort((a, b) -> Long.compare(a.chars().filter(c -> c == '{').count(),
                b.chars().filter(c -> c == '{').count()));
        for (String template : templates) {
            if (matches(template, path)) {
                JsonNode operation = held.get("paths").get(template).get(method.toLowerCase(Locale.ROOT));
                if (operation != null) {
                    return operation;
                }
            }
        }
        return null;
    }

    static boolean matches(String template, String path) {
        StringBuilder regex = new StringBuilder();
        for (Iterator<String> parts = List.of(template.split("\\{[^/]+}", -1)).iterator(); parts.hasNext();) {
            regex.append(Pattern.quote(parts.next()));
            if (parts.hasNext()) {
                regex.append("[^/]+");
            }
        }
        return path.matches(regex.toString() + "/?");
    }
}
