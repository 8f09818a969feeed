package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.UUID;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

import org.junit.Assume;
import org.junit.Test;

/**
 * An acknowledged write survives {@code kill -9} of the Karaf process: the real distribution is unpacked and
 * started as an admin would start it, volunteers are created over HTTP, the JVM is killed the moment the last
 * 201 arrives, and after a restart every acknowledged volunteer is there. On H2 (the default) and on
 * PostgreSQL (skipped when none answers on 127.0.0.1:5432, a failure on CI).
 */
public class DurabilityIT {

    private static final int WRITES = 40;
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private static final Pattern ID = Pattern.compile("\"id\":\"([0-9a-f-]{36})\"");

    @Test
    public void acknowledgedWritesSurviveAKillOnH2() throws Exception {
        survivesKill("h2", null);
    }

    @Test
    public void acknowledgedWritesSurviveAKillOnPostgreSql() throws Exception {
        String schema = "pillars_kill_" + UUID.randomUUID().toString().replace("-", "");
        try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test", "postgres", "");
                Statement statement = connection.createStatement()) {
            statement.execute("CREATE SCHEMA " + schema);
        } catch (SQLException e) {
            if ("true".equals(System.getenv("CI"))) {
                fail("CI must provide PostgreSQL on 127.0.0.1:5432 (database test): " + e.getMessage());
            }
            Assume.assumeNoException("PostgreSQL test skipped: no PostgreSQL on 127.0.0.1:5432", e);
        }
        try {
            survivesKill("postgresql", "jdbc:postgresql://127.0.0.1:5432/test?currentSchema=" + schema);
        } finally {
            try (Connection connection = DriverManager.getConnection("jdbc:postgresql://127.0.0.1:5432/test",
                    "postgres", ""); Statement statement = connection.createStatement()) {
                statement.execute("DROP SCHEMA " + schema + " CASCADE");
            }
        }
    }

    private void survivesKill(String name, String postgresUrl) throws Exception {
        Path home = unpack(name);
        int port = freePort();
        configure(home, port, postgresUrl);
        Process karaf = start(home);
        List<String> acknowledged = new ArrayList<>();
        try {
            awaitHealthy(port);
            for (int i = 0; i < WRITES; i++) {
                HttpResponse<String> created = post(port, "{\"firstName\":\"Kill\",\"lastName\":\"Test " + i
                        + "\",\"email\":\"kill" + i + "@example.be\",\"postalCode\":\"3500\",\"preference\":\"BOTH\"}");
                assertEquals(created.body(), 201, created.statusCode());
                Matcher id = ID.matcher(created.body());
                assertTrue(created.body(), id.find());
                acknowledged.add(id.group(1));
            }
            killHard(karaf);
            karaf = start(home);
            awaitHealthy(port);
            for (String id : acknowledged) {
                HttpResponse<String> read = HTTP.send(request(port, "/api/volunteers/" + id).build(),
                        HttpResponse.BodyHandlers.ofString());
                assertEquals("volunteer " + id + " acknowledged before the kill: " + read.body(), 200, read.statusCode());
            }
        } finally {
            killHard(karaf);
        }
    }

    private static Path unpack(String name) throws Exception {
        Path target = Path.of("target", "durability", name).toAbsolutePath();
        run(new ProcessBuilder("rm", "-rf", target.toString()));
        Files.createDirectories(target);
        run(new ProcessBuilder("tar", "xzf", System.getProperty("pillars.distribution"), "-C", target.toString(),
                "--strip-components", "1"));
        return target;
    }

    private static void configure(Path home, int port, String postgresUrl) throws IOException {
        Path etc = home.resolve("etc");
        replace(etc.resolve("org.ops4j.pax.web.cfg"), "org.osgi.service.http.port=8181",
                "org.osgi.service.http.port=" + port);
        replace(etc.resolve("org.apache.karaf.shell.cfg"), "sshPort = 8101", "sshPort = " + freePort());
        replace(etc.resolve("org.apache.karaf.management.cfg"), "rmiRegistryPort = 1099",
                "rmiRegistryPort = " + freePort());
        replace(etc.resolve("org.apache.karaf.management.cfg"), "rmiServerPort = 44444",
                "rmiServerPort = " + freePort());
        Files.writeString(etc.resolve("users.properties"), "\nlies = geheim,coordinator\n", StandardOpenOption.APPEND);
        if (postgresUrl != null) {
            Path dataSource = etc.resolve("org.ops4j.datasource-pillars.cfg");
            String config = Files.readString(dataSource)
                    .replaceAll("(?m)^osgi.jdbc.driver.class = .*$", "osgi.jdbc.driver.class = org.postgresql.Driver")
                    .replaceAll("(?m)^url = .*$", "url = " + Matcher.quoteReplacement(postgresUrl))
                    .replaceAll("(?m)^user = .*$", "user = postgres");
            Files.writeString(dataSource, config);
        }
    }

    private static void replace(Path file, String from, String to) throws IOException {
        String text = Files.readString(file);
        if (!text.contains(from)) {
            throw new IllegalStateException(file + " has no '" + from + "'");
        }
        Files.writeString(file, text.replace(from, to));
    }

    private static Process start(Path home) throws IOException {
        return new ProcessBuilder(home.resolve("bin/karaf").toString(), "server")
                .directory(home.toFile())
                .redirectErrorStream(true)
                .redirectOutput(home.resolve("console.log").toFile())
                .start();
    }

    /** SIGKILL to the JVM (and the script around it): no shutdown hook, no flush, no goodbye. */
    private static void killHard(Process karaf) throws InterruptedException {
        karaf.descendants().forEach(ProcessHandle::destroyForcibly);
        karaf.destroyForcibly();
        karaf.waitFor();
        Thread.sleep(200);
    }

    private static void awaitHealthy(int port) throws Exception {
        long deadline = System.nanoTime() + Duration.ofSeconds(120).toNanos();
        while (System.nanoTime() < deadline) {
            try {
                HttpResponse<String> health = HTTP.send(HttpRequest.newBuilder(
                        URI.create("http://127.0.0.1:" + port + "/api/health")).build(), HttpResponse.BodyHandlers.ofString());
                HttpResponse<String> volunteers = HTTP.send(request(port, "/api/volunteers?limit=1").build(),
                        HttpResponse.BodyHandlers.ofString());
                if (health.statusCode() == 200 && volunteers.statusCode() == 200) {
                    return;
                }
            } catch (IOException e) {
                // not listening yet
            }
            Thread.sleep(200);
        }
        fail("Pillars did not become healthy within 120 s");
    }

    private static HttpRequest.Builder request(int port, String path) {
        return HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("lies:geheim".getBytes(StandardCharsets.UTF_8)));
    }

    private static HttpResponse<String> post(int port, String json) throws Exception {
        return HTTP.send(request(port, "/api/volunteers").header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }

    private static int freePort() throws IOException {
        try (ServerSocket socket = new ServerSocket(0)) {
            return socket.getLocalPort();
        }
    }

    private static void run(ProcessBuilder command) throws Exception {
        Process process = command.inheritIO().start();
        if (process.waitFor() != 0) {
            throw new IllegalStateException("failed: " + command.command());
        }
    }
}
