package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;
import static org.junit.Assert.fail;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.Map;
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
        List<String> acknowledged = new ArrayList<>();
        try (UnpackedDistribution karaf = UnpackedDistribution.unpack("durability", name)) {
            karaf.addUser("lies = geheim,coordinator");
            if (postgresUrl != null) {
                usePostgreSql(karaf.home, postgresUrl);
            }
            karaf.start(Map.of());
            awaitHealthy(karaf);
            for (int i = 0; i < WRITES; i++) {
                HttpResponse<String> created = post(karaf.httpPort, "{\"firstName\":\"Kill\",\"lastName\":\"Test "
                        + i + "\",\"email\":\"kill" + i + "@example.be\",\"postalCode\":\"3500\",\"preference\":\"BOTH\"}");
                assertEquals(created.body(), 201, created.statusCode());
                Matcher id = ID.matcher(created.body());
                assertTrue(created.body(), id.find());
                acknowledged.add(id.group(1));
            }
            karaf.killHard();
            karaf.start(Map.of());
            awaitHealthy(karaf);
            for (String id : acknowledged) {
                HttpResponse<String> read = karaf.get("/api/volunteers/" + id, "lies", "geheim");
                assertEquals("volunteer " + id + " acknowledged before the kill: " + read.body(), 200, read.statusCode());
            }
        }
    }

    private static void usePostgreSql(Path home, String postgresUrl) throws IOException {
        Path dataSource = home.resolve("etc/org.ops4j.datasource-pillars.cfg");
        String config = Files.readString(dataSource)
                .replaceAll("(?m)^osgi.jdbc.driver.class = .*$", "osgi.jdbc.driver.class = org.postgresql.Driver")
                .replaceAll("(?m)^url = .*$", "url = " + Matcher.quoteReplacement(postgresUrl))
                .replaceAll("(?m)^user = .*$", "user = postgres");
        Files.writeString(dataSource, config);
    }

    private static void awaitHealthy(UnpackedDistribution karaf) throws Exception {
        karaf.await("/api/health", null, null, health -> health.statusCode() == 200);
        karaf.await("/api/volunteers?limit=1", "lies", "geheim", volunteers -> volunteers.statusCode() == 200);
    }

    private static HttpResponse<String> post(int port, String json) throws Exception {
        return HTTP.send(HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/api/volunteers"))
                .timeout(Duration.ofSeconds(10))
                .header("Authorization", "Basic " + Base64.getEncoder()
                        .encodeToString("lies:geheim".getBytes(StandardCharsets.UTF_8)))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
    }
}
