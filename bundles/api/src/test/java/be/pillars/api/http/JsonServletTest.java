package be.pillars.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Map;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import be.pillars.api.LocalizedText;

/** Drives a JsonServlet over real HTTP in an embedded Jetty, as the whiteboard would mount it. */
class JsonServletTest {

    private static Server server;
    private static String base;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static final class SampleServlet extends JsonServlet {
        private static final long serialVersionUID = 1L;

        SampleServlet() {
            get("/summary", request -> Map.of("pillar", "sample"));
            get("/things/{id}", request -> Map.of("id", request.path("id")));
            post("/things", request -> new ApiResponse(201, Map.of("created", true)));
            get("/refused", request -> {
                throw ApiException.badRequest("invalid_value", "limit",
                        LocalizedText.of("limit moet positief zijn", "limit must be positive"));
            });
            get("/broken", request -> {
                throw new IllegalStateException("boom");
            });
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/api");
        context.addServlet(new ServletHolder(new SampleServlet()), "/sample/*");
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/api/sample";
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static HttpResponse<String> send(String method, String path, String language) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (language != null) {
            request.header("Accept-Language", language);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void servesARouteAsJson() throws Exception {
        HttpResponse<String> response = send("GET", "/summary", null);
        assertEquals(200, response.statusCode());
        assertEquals("application/json;charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", ""));
        assertEquals("{\"pillar\":\"sample\"}", response.body());
    }

    @Test
    void bindsPathParameters() throws Exception {
        assertEquals("{\"id\":\"42\"}", send("GET", "/things/42", null).body());
    }

    @Test
    void answersWithTheHandlersOwnStatus() throws Exception {
        HttpResponse<String> response = send("POST", "/things", null);
        assertEquals(201, response.statusCode());
        assertEquals("{\"created\":true}", response.body());
    }

    @Test
    void unknownRouteIsAJson404() throws Exception {
        HttpResponse<String> response = send("GET", "/nothing/here", null);
        assertEquals(404, response.statusCode());
        assertEquals("{\"error\":{\"code\":\"not_found\",\"message\":\"Unknown route: /api/sample/nothing/here\"}}",
                response.body());
    }

    @Test
    void wrongMethodIsAJson405NamingTheAllowedOnes() throws Exception {
        HttpResponse<String> response = send("DELETE", "/things", null);
        assertEquals(405, response.statusCode());
        assertEquals("POST", response.headers().firstValue("Allow").orElseThrow());
        assertTrue(response.body().contains("\"code\":\"method_not_allowed\""), response.body());
    }

    @Test
    void refusalNamesTheFieldInTheCallersLanguage() throws Exception {
        HttpResponse<String> english = send("GET", "/refused", "en-GB,en;q=0.9");
        assertEquals(400, english.statusCode());
        assertEquals("{\"error\":{\"code\":\"invalid_value\",\"message\":\"limit must be positive\","
                + "\"field\":\"limit\"}}", english.body());
        HttpResponse<String> dutch = send("GET", "/refused", "nl-BE,nl;q=0.9,en;q=0.5");
        assertEquals("{\"error\":{\"code\":\"invalid_value\",\"message\":\"limit moet positief zijn\","
                + "\"field\":\"limit\"}}", dutch.body());
    }

    @Test
    void unexpectedFailureIsAJson500WithoutInternals() throws Exception {
        HttpResponse<String> response = send("GET", "/broken", null);
        assertEquals(500, response.statusCode());
        assertTrue(response.body().contains("\"code\":\"internal_error\""), response.body());
        assertTrue(!response.body().contains("boom"), response.body());
    }
}
