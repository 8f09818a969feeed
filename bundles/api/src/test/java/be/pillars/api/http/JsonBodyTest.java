package be.pillars.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.LocalDate;
import java.util.List;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.api.Test;

/** Reading request bodies strictly: each kind of bad input is a 4xx that names the problem and the field. */
class JsonBodyTest {

    record Slot(String day, int hours) {
    }

    record Person(String name, LocalDate birthDate, List<Slot> slots, Boolean active) {
    }

    static final class EchoServlet extends JsonServlet {
        private static final long serialVersionUID = 1L;

        EchoServlet() {
            post("/people", Access.PUBLIC, request -> request.body(Person.class));
        }
    }

    private static Server server;
    private static String base;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    @BeforeAll
    static void start() throws Exception {
        server = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/api");
        context.addServlet(new ServletHolder(new EchoServlet()), "/echo/*");
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/api/echo";
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static HttpResponse<String> post(String contentType, String body) throws Exception {
        return CLIENT.send(HttpRequest.newBuilder(URI.create(base + "/people")).header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)).build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void aGoodBodyIsReadWithItsTypes() throws Exception {
        HttpResponse<String> response = post("application/json; charset=UTF-8",
                "{\"name\":\"An\",\"birthDate\":\"1990-04-01\",\"slots\":[{\"day\":\"MONDAY\",\"hours\":3}],\"active\":true}");
        assertEquals(200, response.statusCode(), response.body());
        assertEquals("{\"name\":\"An\",\"birthDate\":\"1990-04-01\",\"slots\":[{\"day\":\"MONDAY\",\"hours\":3}],"
                + "\"active\":true}", response.body());
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource(delimiter = '|', value = {
        "malformed JSON          | {\"name\":                                                    | 400 | malformed_json    | ",
        "not an object           | [1,2]                                                          | 400 | invalid_value     | ",
        "trailing garbage        | {\"name\":\"An\"} x                                            | 400 | malformed_json    | ",
        "unknown field           | {\"name\":\"An\",\"admin\":true}                               | 400 | unknown_field     | admin",
        "number for text         | {\"name\":12}                                                  | 400 | invalid_value     | name",
        "text for number         | {\"slots\":[{\"hours\":\"3\"}]}                                | 400 | invalid_value     | slots[0].hours",
        "fraction for integer    | {\"slots\":[{\"hours\":2.5}]}                                  | 400 | invalid_value     | slots[0].hours",
        "null for integer        | {\"slots\":[{\"day\":\"MONDAY\",\"hours\":null}]}         | 400 | invalid_value     | slots[0].hours",
        "text for boolean        | {\"active\":\"yes\"}                                         | 400 | invalid_value     | active",
        "impossible date         | {\"birthDate\":\"2026-02-30\"}                                 | 400 | invalid_value     | birthDate",
        "date in another format  | {\"birthDate\":\"01/04/1990\"}                                 | 400 | invalid_value     | birthDate",
        "object for list         | {\"slots\":{\"day\":\"MONDAY\"}}                               | 400 | invalid_value     | slots",
        "control character       | {\"name\":\"An\\u0000\"}                                       | 400 | invalid_value     | name",
        "line break in text      | {\"name\":\"An\\nPeeters\"}                                    | 400 | invalid_value     | name",
        "duplicate key           | {\"name\":\"An\",\"name\":\"Bo\"}                              | 400 | malformed_json    | ",
        "JSON null body          | null                                                           | 400 | missing_body      | ",
    })
    void badBodiesAreRefusedNamingTheField(String kind, String body, int status, String code, String field)
            throws Exception {
        HttpResponse<String> response = post("application/json", body.trim());
        assertEquals(status, response.statusCode(), response.body());
        String expectedField = field == null ? "" : ",\"field\":\"" + field.trim() + "\"";
        assertEquals(true, response.body().startsWith("{\"error\":{\"code\":\"" + code.trim() + "\""), response.body());
        assertEquals(true, response.body().endsWith(expectedField + "}}"), response.body());
    }

    @Test
    void anEmptyBodyIsRefused() throws Exception {
        HttpResponse<String> response = post("application/json", "");
        assertEquals(400, response.statusCode());
        assertEquals(true, response.body().contains("missing_body"), response.body());
    }

    @Test
    void anotherMediaTypeIsRefused() throws Exception {
        HttpResponse<String> response = post("text/plain", "{\"name\":\"An\"}");
        assertEquals(415, response.statusCode());
        assertEquals(true, response.body().contains("unsupported_media_type"), response.body());
    }

    @Test
    void aBodyOverTheLimitIsRefusedWithoutBeingRead() throws Exception {
        String name = "x".repeat(PillarsHttp.DEFAULT_MAX_BODY_BYTES);
        HttpResponse<String> response = post("application/json", "{\"name\":\"" + name + "\"}");
        assertEquals(413, response.statusCode());
        assertEquals(true, response.body().contains("body_too_large"), response.body());
    }
}
