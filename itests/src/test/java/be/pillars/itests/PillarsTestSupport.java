package be.pillars.itests;

import static org.junit.Assert.fail;
import static org.ops4j.pax.exam.CoreOptions.systemProperty;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.configureConsole;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.editConfigurationFilePut;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.karafDistributionConfiguration;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.keepRuntimeFolder;
import static org.ops4j.pax.exam.karaf.options.KarafDistributionOption.logLevel;

import java.io.ByteArrayOutputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.io.PrintStream;
import java.io.UncheckedIOException;
import java.net.ServerSocket;
import java.net.Socket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.PrivilegedExceptionAction;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.function.BooleanSupplier;

import javax.inject.Inject;
import javax.security.auth.Subject;

import org.apache.karaf.features.BootFinished;
import org.apache.karaf.jaas.boot.principal.RolePrincipal;
import org.apache.karaf.jaas.boot.principal.UserPrincipal;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.api.console.SessionFactory;
import org.ops4j.pax.exam.Configuration;
import org.ops4j.pax.exam.Option;
import org.ops4j.pax.exam.karaf.options.LogLevelOption.LogLevel;
import org.osgi.framework.BundleContext;
import org.osgi.framework.BundleEvent;
import org.osgi.framework.SynchronousBundleListener;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Boots the real Pillars distribution (the tar.gz the build just made) on free ports and gives tests real
 * HTTP, the real Karaf console and a record of bundle events. Configuration runs in the Maven JVM; the test
 * methods run inside Karaf.
 */
public abstract class PillarsTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    /** Registered once every boot feature is installed and started: tests start from a finished boot. */
    @Inject
    protected BootFinished bootFinished;

    @Inject
    protected BundleContext bundleContext;

    @Inject
    protected SessionFactory sessionFactory;

    @Configuration
    public Option[] config() {
        String httpPort = freePort();
        return new Option[] {
            karafDistributionConfiguration()
                    .frameworkUrl(new File(System.getProperty("pillars.distribution")).toURI().toString())
                    .name("Pillars")
                    .unpackDirectory(new File("target/exam"))
                    .useDeployFolder(false),
            // the container's folder (and its data/log/karaf.log) stays in target/exam, so a failure can be read
            keepRuntimeFolder(),
            configureConsole().ignoreLocalConsole(),
            logLevel(LogLevel.WARN),
            editConfigurationFilePut("etc/org.ops4j.pax.web.cfg", "org.osgi.service.http.port", httpPort),
            editConfigurationFilePut("etc/org.apache.karaf.shell.cfg", "sshPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiRegistryPort", freePort()),
            editConfigurationFilePut("etc/org.apache.karaf.management.cfg", "rmiServerPort", freePort()),
            // Pax Exam provisions its own bundles with mvn: URLs; they are in the build's local repository.
            editConfigurationFilePut("etc/org.ops4j.pax.url.mvn.cfg", "org.ops4j.pax.url.mvn.localRepository",
                    System.getProperty("pillars.localRepository")),
            // the suite's users (an installation gets its admin on first start instead: FirstStartIT); a real
            // municipality adds its own the same way, and Karaf replaces each password by its hash
            editConfigurationFilePut("etc/users.properties", "karaf", "karaf,_g_:admingroup"),
            editConfigurationFilePut("etc/users.properties", "lies", "geheim,coordinator"),
            editConfigurationFilePut("etc/users.properties", "kim", "wachtwoord,organisation"),
            systemProperty("pillars.http.port").value(httpPort),
            systemProperty("pillars.customPillar").value(System.getProperty("pillars.customPillar")),
        };
    }

    private static String freePort() {
        try (ServerSocket socket = new ServerSocket(0)) {
            return Integer.toString(socket.getLocalPort());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** An HTTP answer: status, body and headers. */
    public record Answer(int status, String body, Map<String, List<String>> headers) {

        public String header(String name) {
            return headers.entrySet().stream().filter(header -> header.getKey().equalsIgnoreCase(name))
                    .map(header -> header.getValue().get(0)).findFirst().orElse(null);
        }

        public JsonNode json() {
            try {
                return JSON.readTree(body);
            } catch (IOException e) {
                throw new AssertionError("not JSON: " + body, e);
            }
        }
    }

    protected static Answer get(String path) {
        return send(request(path));
    }

    /** A POST of a JSON body without logging in, as a person on the city's website. */
    protected static Answer postAnonymously(String path, String json) {
        return send(request(path).POST(HttpRequest.BodyPublishers.ofString(json))
                .header("Content-Type", "application/json"));
    }

    /** A GET with HTTP Basic credentials. */
    protected static Answer get(String path, String user, String password) {
        return send(request(path).header("Authorization", basic(user, password)));
    }

    /** A request as a logged-in user with a body of any media type, such as a CSV file. */
    protected static Answer sendBody(String method, String path, String contentType, String body, String user,
            String password) {
        return send(request(path).method(method, HttpRequest.BodyPublishers.ofString(body, StandardCharsets.UTF_8))
                .header("Authorization", basic(user, password)).header("Content-Type", contentType));
    }

    /**
     * Any request as a logged-in user, with a JSON body (or none) and extra headers given as name, value, ...
     */
    protected static Answer send(String method, String path, String json, String user, String password,
            String... headers) {
        HttpRequest.Builder request = request(path)
                .method(method, json == null ? HttpRequest.BodyPublishers.noBody()
                        : HttpRequest.BodyPublishers.ofString(json))
                .header("Authorization", basic(user, password));
        if (json != null) {
            request.header("Content-Type", "application/json");
        }
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    /**
     * A POST of a JSON body of {@code size} bytes over a plain socket, read the way curl reads it: the answer
     * may come, and the connection close, before the body is all sent (Java's HTTP client fails then).
     */
    protected static Answer postLarge(String path, int size, String user, String password) throws Exception {
        try (Socket socket = new Socket("127.0.0.1", Integer.parseInt(System.getProperty("pillars.http.port")))) {
            socket.setSoTimeout(10_000);
            String head = "POST " + path + " HTTP/1.1\r\nHost: 127.0.0.1\r\nAuthorization: " + basic(user, password)
                    + "\r\nContent-Type: application/json\r\nContent-Length: " + size + "\r\n\r\n";
            Thread sender = new Thread(() -> {
                try {
                    socket.getOutputStream().write(head.getBytes(StandardCharsets.US_ASCII));
                    byte[] chunk = new byte[64 * 1024];
                    Arrays.fill(chunk, (byte) ' ');
                    for (int sent = 0; sent < size; sent += chunk.length) {
                        socket.getOutputStream().write(chunk, 0, Math.min(chunk.length, size - sent));
                    }
                } catch (IOException e) {
                    // the server stopped reading: expected when it refuses the body
                }
            });
            sender.start();
            InputStream in = socket.getInputStream();
            StringBuilder response = new StringBuilder();
            while (!response.toString().endsWith("\r\n\r\n")) {
                response.append((char) in.read());
            }
            int status = Integer.parseInt(response.substring(9, 12));
            int length = response.toString().lines().filter(line -> line.toLowerCase().startsWith("content-length:"))
                    .map(line -> Integer.parseInt(line.substring(15).trim())).findFirst().orElse(0);
            String body = new String(in.readNBytes(length), StandardCharsets.UTF_8);
            socket.close();
            sender.join(10_000);
            return new Answer(status, body, Map.of());
        }
    }

    private static String basic(String user, String password) {
        return "Basic " + Base64.getEncoder().encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8));
    }

    private static HttpRequest.Builder request(String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + System.getProperty("pillars.http.port") + path))
                .timeout(Duration.ofSeconds(10));
    }

    /** Sends the request; every answer is held against the OpenAPI document ({@link DocumentedRoutes}). */
    private static Answer send(HttpRequest.Builder request) {
        HttpRequest built = request.build();
        Answer answer = unchecked(built);
        DocumentedRoutes.check(built.method(), built.uri().getPath(), answer.status(), answer.header("Content-Type"),
                () -> unchecked(request("/api/openapi.json").build()).json());
        return answer;
    }

    private static Answer unchecked(HttpRequest request) {
        try {
            HttpResponse<String> response = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
            return new Answer(response.statusCode(), response.body(), response.headers().map());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }

    /** The ids in {@code GET /api/pillars}, in the order served. */
    protected static List<String> installedPillarIds() {
        Answer answer = get("/api/pillars");
        if (answer.status() != 200) {
            fail("GET /api/pillars answered " + answer);
        }
        List<String> ids = new ArrayList<>();
        answer.json().forEach(pillar -> ids.add(pillar.get("id").asText()));
        return ids;
    }

    /** Runs a console command as an admin, the way a user at the Karaf console would, and returns its output. */
    protected String executeCommand(String command) {
        ByteArrayOutputStream bytes = new ByteArrayOutputStream();
        PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8);
        Subject admin = new Subject();
        admin.getPrincipals().add(new UserPrincipal("karaf"));
        admin.getPrincipals().add(new RolePrincipal("admin"));
        admin.getPrincipals().add(new RolePrincipal("manager"));
        admin.getPrincipals().add(new RolePrincipal("viewer"));
        try {
            Subject.doAs(admin, (PrivilegedExceptionAction<Object>) () -> {
                Session session = sessionFactory.create(System.in, out, out);
                try {
                    return session.execute(command);
                } finally {
                    session.close();
                }
            });
        } catch (Exception e) {
            throw new AssertionError("'" + command + "' failed: " + bytes.toString(StandardCharsets.UTF_8), e);
        }
        return bytes.toString(StandardCharsets.UTF_8);
    }

    /**
     * Waits until every route answers an admin with 200. Core and each pillar serve once their tables are migrated,
     * on threads of their own: moments after the boot, or after a test reinstalled the pillar.
     */
    protected static void awaitServing(String... paths) {
        awaitMillis("serving " + String.join(", ", paths), 60_000,
                () -> Arrays.stream(paths).allMatch(path -> get(path, "karaf", "karaf").status() == 200));
    }

    /** Waits until the condition holds and returns how long that took; fails after {@code timeoutMillis}. */
    protected static long awaitMillis(String what, long timeoutMillis, BooleanSupplier condition) {
        try {
            return Await.until(what, Duration.ofMillis(timeoutMillis), Duration.ofMillis(25), condition::getAsBoolean);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        } catch (Exception e) {
            throw new IllegalStateException(what, e);
        }
    }

    /**
     * Records every bundle lifecycle event (stop, unresolve, refresh, ...) while it is open, so a test can
     * prove that only the bundles it meant to touch were touched.
     */
    protected final class BundleEvents implements SynchronousBundleListener, AutoCloseable {

        private final List<String> events = new ArrayList<>();

        BundleEvents() {
            bundleContext.addBundleListener(this);
        }

        @Override
        public synchronized void bundleChanged(BundleEvent event) {
            events.add(event.getBundle().getSymbolicName() + " " + type(event.getType()));
        }

        /** Events of bundles other than the given symbolic names. */
        public synchronized List<String> ofOtherBundlesThan(String... symbolicNames) {
            return events.stream()
                    .filter(event -> List.of(symbolicNames).stream().noneMatch(name -> event.startsWith(name + " ")))
                    .toList();
        }

        @Override
        public void close() {
            bundleContext.removeBundleListener(this);
        }

        private static String type(int type) {
            return switch (type) {
                case BundleEvent.INSTALLED -> "INSTALLED";
                case BundleEvent.RESOLVED -> "RESOLVED";
                case BundleEvent.STARTING -> "STARTING";
                case BundleEvent.STARTED -> "STARTED";
                case BundleEvent.STOPPING -> "STOPPING";
                case BundleEvent.STOPPED -> "STOPPED";
                case BundleEvent.UNRESOLVED -> "UNRESOLVED";
                case BundleEvent.UPDATED -> "UPDATED";
                case BundleEvent.UNINSTALLED -> "UNINSTALLED";
                case BundleEvent.LAZY_ACTIVATION -> "LAZY_ACTIVATION";
                default -> "EVENT " + type;
            };
        }
    }
}
