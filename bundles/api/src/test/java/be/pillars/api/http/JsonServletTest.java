package be.pillars.api.http;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.EnumSet;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.Set;

import java.io.IOException;

import javax.servlet.DispatcherType;
import javax.servlet.Filter;
import javax.servlet.FilterChain;
import javax.servlet.FilterConfig;
import javax.servlet.ServletException;
import javax.servlet.ServletRequest;
import javax.servlet.ServletResponse;
import javax.servlet.http.HttpServletRequest;

import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.servlet.FilterHolder;
import org.eclipse.jetty.servlet.ServletContextHandler;
import org.eclipse.jetty.servlet.ServletHolder;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import be.pillars.api.LocalizedText;
import be.pillars.api.audit.AuditTrail;
import be.pillars.api.config.CheckedConfiguration;
import be.pillars.api.storage.StorageUnavailableException;

/** Drives a JsonServlet over real HTTP in an embedded Jetty, as the whiteboard would mount it. */
class JsonServletTest {

    private static Server server;
    private static final List<String> AUDITED = new CopyOnWriteArrayList<>();
    private static String base;
    private static final HttpClient CLIENT = HttpClient.newHttpClient();

    static final class SampleServlet extends JsonServlet {
        private static final long serialVersionUID = 1L;

        SampleServlet() {
            describesItself("sample", new CheckedConfiguration<>("be.pillars.sample", Map.of("places", 3)),
                    () -> LocalizedText.of("Drie plaatsen", "Three places"));
            get("/things/{id}", Access.PUBLIC, request -> Map.of("id", request.path("id")));
            get("/years/{year}", Access.PUBLIC, request -> Map.of("year", request.pathNumber("year", 2000, 2100)));
            get("/things/export.csv", Access.PUBLIC, request -> new ApiResponse(200,
                    new TextBody("text/csv; charset=UTF-8", "id;naam\r\n1;Één\r\n")));
            post("/things", Access.PUBLIC, request -> new ApiResponse(201, Map.of("created", true)));
            get("/people", Access.roles(Role.COORDINATOR), request -> Map.of("caller", request.caller().name()));
            get("/refused", Access.PUBLIC, request -> {
                throw ApiException.badRequest("invalid_value", "limit",
                        LocalizedText.of("limit moet positief zijn", "limit must be positive"));
            });
            get("/broken", Access.PUBLIC, request -> {
                throw new IllegalStateException("boom");
            });
            get("/people/{id}", Access.PUBLIC, request -> {
                if (request.queryText("fail") != null) {
                    throw ApiException.badRequest("invalid_value", "fail", LocalizedText.of("mis", "wrong"));
                }
                return Map.of("id", request.path("id"));
            }).audited((actor, action, type, subject, detail) -> AUDITED.add(actor + " " + action + " " + type + " "
                    + subject), AuditTrail.Action.READ, AuditTrail.VOLUNTEER, "id");
            get("/database-away", Access.PUBLIC, request -> {
                throw new StorageUnavailableException("No database connection: pool exhausted", null);
            });
        }
    }

    /** Takes the caller from an {@code X-Test-User: name:role} header. */
    static final class TestCallerFilter implements Filter {
        @Override
        public void init(FilterConfig config) {
        }

        @Override
        public void doFilter(ServletRequest request, ServletResponse response, FilterChain chain)
                throws IOException, ServletException {
            String user = ((HttpServletRequest) request).getHeader("X-Test-User");
            if (user != null) {
                String[] parts = user.split(":");
                request.setAttribute(PillarsHttp.CALLER_ATTRIBUTE, new Caller(parts[0], Set.of(parts[1])));
            }
            chain.doFilter(request, response);
        }

        @Override
        public void destroy() {
        }
    }

    @BeforeAll
    static void start() throws Exception {
        server = new Server(0);
        ServletContextHandler context = new ServletContextHandler();
        context.setContextPath("/api");
        context.addServlet(new ServletHolder(new SampleServlet()), "/sample/*");
        // stands in for core's servlet context, which puts the authenticated caller on the request
        context.addFilter(new FilterHolder(new TestCallerFilter()), "/*", EnumSet.of(DispatcherType.REQUEST));
        server.setHandler(context);
        server.start();
        base = "http://127.0.0.1:" + ((ServerConnector) server.getConnectors()[0]).getLocalPort() + "/api/sample";
    }

    @AfterAll
    static void stop() throws Exception {
        server.stop();
    }

    private static HttpResponse<String> send(String method, String path, String language) throws Exception {
        return send(method, path, language, null);
    }

    private static HttpResponse<String> send(String method, String path, String language, String user)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(base + path))
                .method(method, HttpRequest.BodyPublishers.noBody());
        if (language != null) {
            request.header("Accept-Language", language);
        }
        if (user != null) {
            request.header("X-Test-User", user);
        }
        return CLIENT.send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    void anAnonymousCallerIsChallengedForAProtectedRoute() throws Exception {
        HttpResponse<String> response = send("GET", "/people", null);
        assertEquals(401, response.statusCode());
        assertEquals("Basic realm=\"Pillars\", charset=\"UTF-8\"",
                response.headers().firstValue("WWW-Authenticate").orElseThrow());
        assertEquals("{\"error\":{\"code\":\"unauthenticated\",\"message\":\"Meld je aan om dit te bekijken\"}}",
                response.body());
    }

    @Test
    void aCallerWithoutTheRoleIsForbidden() throws Exception {
        HttpResponse<String> response = send("GET", "/people", null, "kim:organisation");
        assertEquals(403, response.statusCode());
        assertTrue(response.body().contains("\"code\":\"forbidden\""), response.body());
    }

    @Test
    void theRoleOrAdminGetsThrough() throws Exception {
        assertEquals("{\"caller\":\"lies\"}", send("GET", "/people", null, "lies:coordinator").body());
        assertEquals("{\"caller\":\"karaf\"}", send("GET", "/people", null, "karaf:admin").body());
    }

    @Test
    void servesARouteAsJson() throws Exception {
        HttpResponse<String> response = send("GET", "/summary", null);
        assertEquals(200, response.statusCode());
        assertEquals("application/json;charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", ""));
        assertEquals("{\"pillar\":\"sample\",\"summary\":{\"nl\":\"Drie plaatsen\",\"en\":\"Three places\"}}",
                response.body());
    }

    @Test
    void aPillarsConfigurationIsForCoordinatorsAndBothRoutesDescribeThemselves() throws Exception {
        assertEquals(401, send("GET", "/config", null).statusCode());
        assertEquals("{\"pid\":\"be.pillars.sample\",\"inForce\":{\"places\":3}}",
                send("GET", "/config", null, "lies:coordinator").body());
        assertEquals(List.of("/summary", "/config"), new SampleServlet().routes().stream()
                .map(DescribedRoute::template).filter(template -> !template.contains("{")
                        && (template.equals("/summary") || template.equals("/config"))).toList());
    }

    @Test
    void bindsPathParameters() throws Exception {
        assertEquals("{\"id\":\"42\"}", send("GET", "/things/42", null).body());
    }

    @Test
    void aNumberInThePathIsCheckedAgainstItsRange() throws Exception {
        assertEquals("{\"year\":2024}", send("GET", "/years/2024", null).body());
        HttpResponse<String> outside = send("GET", "/years/1999", null);
        assertEquals(400, outside.statusCode());
        assertEquals("{\"error\":{\"code\":\"invalid_value\",\"message\":\"year moet een geheel getal van "
                + "2000 tot 2100 zijn\",\"field\":\"year\"}}", outside.body());
        assertEquals(400, send("GET", "/years/twenty", null).statusCode());
    }

    @Test
    void aLiteralRouteWinsOverATemplateAndMayAnswerText() throws Exception {
        HttpResponse<String> response = send("GET", "/things/export.csv", null);
        assertEquals(200, response.statusCode());
        assertEquals("text/csv;charset=utf-8",
                response.headers().firstValue("Content-Type").orElseThrow().toLowerCase().replace(" ", ""));
        assertEquals("id;naam\r\n1;Één\r\n", response.body());
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
        assertEquals("{\"error\":{\"code\":\"not_found\",\"message\":\"Onbekende route: /api/sample/nothing/here\"}}",
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

    @Test
    void noDatabaseConnectionIsA503ToRetryNotAnInternalError() throws Exception {
        HttpResponse<String> response = send("GET", "/database-away", null);
        assertEquals(503, response.statusCode());
        assertEquals("5", response.headers().firstValue("Retry-After").orElseThrow());
        assertTrue(response.body().contains("\"code\":\"storage_unavailable\""), response.body());
        assertTrue(!response.body().contains("pool"), response.body());
    }

    @Test
    void anAuditedRouteRecordsEachAnsweredCallBeforeTheAnswerAndNoRefusedOne() throws Exception {
        String id = "0190a1b2-c3d4-7e5f-8a9b-0c1d2e3f4a5b";
        AUDITED.clear();
        assertEquals(200, send("GET", "/people/" + id, null, "karaf:admin").statusCode());
        assertEquals(400, send("GET", "/people/" + id + "?fail=yes", null, "karaf:admin").statusCode());
        assertEquals(List.of("karaf READ volunteer " + id), AUDITED);
    }
}
