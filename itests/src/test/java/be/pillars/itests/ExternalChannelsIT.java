package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNotNull;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.BooleanSupplier;

import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import javax.inject.Inject;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.sun.net.httpserver.HttpServer;

import be.pillars.api.LocalizedText;
import be.pillars.api.channel.VacancyChannel;
import be.pillars.api.channel.VacancyEvent;

/**
 * The external pillar's channels against the real distribution: a signed webhook to a real local HTTP receiver,
 * retried after a failure and after a restart of the pillar; a channel registered by another bundle (this test
 * bundle, as a Give A Day connector would); the admin routes and command; and the public open-data feed.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ExternalChannelsIT extends PillarsTestSupport {

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final String SECRET = "it-shared-secret-" + UUID.randomUUID();

    @Inject
    private ConfigurationAdmin configurationAdmin;

    /** One request the receiver got. */
    private record Delivery(String event, String timestamp, String signature, String body) {
    }

    /** A local HTTP receiver that fails requests mentioning {@code target} while {@code failures} lasts. */
    private final class Receiver implements AutoCloseable {
        final HttpServer server;
        final List<Delivery> deliveries = new CopyOnWriteArrayList<>();
        final AtomicInteger failures = new AtomicInteger();
        volatile String target = "";

        Receiver() throws IOException {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
            server.createContext("/hooks", exchange -> {
                String body = new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8);
                deliveries.add(new Delivery(exchange.getRequestHeaders().getFirst("X-Pillars-Event"),
                        exchange.getRequestHeaders().getFirst("X-Pillars-Timestamp"),
                        exchange.getRequestHeaders().getFirst("X-Pillars-Signature"), body));
                boolean fail = body.contains(target) && failures.getAndUpdate(left -> Math.max(0, left - 1)) > 0;
                exchange.sendResponseHeaders(fail ? 503 : 204, -1);
                exchange.close();
            });
            server.start();
        }

        String url() {
            return "http://127.0.0.1:" + server.getAddress().getPort() + "/hooks/pillars";
        }

        List<Delivery> about(String text) {
            return deliveries.stream().filter(delivery -> delivery.body().contains(text)).toList();
        }

        @Override
        public void close() {
            server.stop(0);
        }
    }

    /** A channel of another bundle, as a Give A Day connector would register it. */
    private static final class Connector implements VacancyChannel {
        final List<VacancyEvent> events = new CopyOnWriteArrayList<>();
        volatile boolean failing;

        @Override
        public String id() {
            return "giveaday-it";
        }

        @Override
        public LocalizedText name() {
            return LocalizedText.of("Give A Day (test)", "Give A Day (test)");
        }

        @Override
        public void publish(VacancyEvent event) throws IOException {
            if (failing) {
                throw new IOException("Give A Day is down");
            }
            events.add(event);
        }
    }

    /**
     * Waits up to 30 s, as {@code awaitMillis}; a failure also tells what the channels looked like then and where
     * the dispatcher's threads were, so that a failure on CI explains itself.
     */
    private void awaitChannels(String what, BooleanSupplier condition) {
        try {
            awaitMillis(what, 30_000, condition);
        } catch (AssertionError e) {
            StringBuilder threads = new StringBuilder();
            Thread.getAllStackTraces().forEach((thread, stack) -> {
                if (thread.getName().startsWith("pillars-external-channel")) {
                    threads.append("\n").append(thread.getName()).append(" ").append(thread.getState());
                    Arrays.stream(stack).limit(25).forEach(frame -> threads.append("\n    at ").append(frame));
                }
            });
            throw new AssertionError(e.getMessage() + "\nGET /api/external/channels: "
                    + get("/api/external/channels", "karaf", "karaf").body() + threads, e);
        }
    }

    /** Retries a second apart, so that the test need not wait long. */
    private void fastRetries(int maxAttempts) throws IOException {
        Hashtable<String, Object> settings = new Hashtable<>();
        settings.put("pollSeconds", 1);
        settings.put("initialBackoffSeconds", 1);
        settings.put("maxBackoffSeconds", 2);
        settings.put("maxAttempts", maxAttempts);
        settings.put("timeoutSeconds", 5);
        configurationAdmin.getConfiguration("be.pillars.external.channels", "?").update(settings);
    }

    /** Run alone (not in the suite) the tests may start before core's and the pillar's routes are all there. */
    @Before
    public void routesUp() {
        awaitServing("/api/organisations", "/api/external/channels");
    }

    @After
    public void defaultRetries() throws IOException {
        configurationAdmin.getConfiguration("be.pillars.external.channels", "?").delete();
    }

    private Configuration webhook(String name, String url) throws IOException {
        Configuration webhook = configurationAdmin.createFactoryConfiguration("be.pillars.external.webhook", "?");
        Hashtable<String, Object> values = new Hashtable<>();
        values.put("name", name);
        values.put("url", url);
        values.put("secret", SECRET);
        webhook.update(values);
        return webhook;
    }

    private static JsonNode channel(String id) {
        for (JsonNode channel : get("/api/external/channels", "karaf", "karaf").json()) {
            if (channel.get("id").asText().equals(id)) {
                return channel;
            }
        }
        return null;
    }

    private static String organisation() {
        Answer created = send("POST", "/api/organisations", "{\"kind\":\"EXTERNAL\",\"name\":\"Kanaal "
                + UUID.randomUUID() + "\"}", "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    private static String openVacancy(String organisation, String title) {
        Answer created = send("POST", "/api/external/vacancies", ExternalVacanciesIT.vacancyJson(organisation, title,
                "OPEN"), "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    /** What a receiver does: the HMAC-SHA256 of "timestamp.body" with the shared secret, compared in constant time. */
    private static boolean signedWithTheSecret(Delivery delivery) throws Exception {
        Mac mac = Mac.getInstance("HmacSHA256");
        mac.init(new SecretKeySpec(SECRET.getBytes(StandardCharsets.UTF_8), "HmacSHA256"));
        byte[] expected = ("sha256=" + HexFormat.of().formatHex(mac.doFinal((delivery.timestamp() + "."
                + delivery.body()).getBytes(StandardCharsets.UTF_8)))).getBytes(StandardCharsets.US_ASCII);
        return MessageDigest.isEqual(expected, delivery.signature().getBytes(StandardCharsets.US_ASCII));
    }

    private Bundle externalBundle() {
        return Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> "be.pillars.external".equals(bundle.getSymbolicName())).findFirst().orElseThrow();
    }

    @Test
    public void aWebhookGetsEverySignedEventAgainAfterAFailureAndAfterAPillarRestart() throws Exception {
        String name = "it-" + UUID.randomUUID().toString().substring(0, 8);
        String channelId = "webhook-" + name;
        fastRetries(100);
        try (Receiver receiver = new Receiver()) {
            Configuration webhook = webhook(name, receiver.url());
            try {
                awaitChannels("the webhook registered", () -> {
                    JsonNode channel = channel(channelId);
                    return channel != null && channel.get("registered").asBoolean();
                });
                String title = "Soep " + UUID.randomUUID();
                receiver.target = title;
                receiver.failures.set(1);
                String organisation = organisation();
                String vacancy = openVacancy(organisation, title);

                awaitChannels("the event delivered after one failure", () -> receiver.about(title).size() >= 2);
                List<Delivery> attempts = receiver.about(title);
                Delivery delivered = attempts.get(1);
                assertEquals("the same event again", attempts.get(0).event(), delivered.event());
                assertTrue(delivered.body(), signedWithTheSecret(delivered));
                JsonNode event = JSON.readTree(delivered.body());
                assertEquals(delivered.event(), event.get("id").asText());
                assertEquals("OPENED", event.get("type").asText());
                assertEquals(vacancy, event.get("vacancy").get("id").asText());
                assertEquals(title, event.get("vacancy").get("title").get("nl").asText());
                assertFalse(delivered.body(), delivered.body().contains("createdBy") || delivered.body().contains("lies"));
                Delivery forged = new Delivery(delivered.event(), delivered.timestamp(), delivered.signature(),
                        delivered.body().replace(title, "Iets anders"));
                assertFalse(signedWithTheSecret(forged));

                awaitMillis("the delivery recorded", 10_000, () -> channel(channelId).get("pending").asInt() == 0);
                Answer deliveries = get("/api/external/channels/" + channelId + "/deliveries?status=DELIVERED&limit=200",
                        "karaf", "karaf");
                assertEquals(deliveries.body(), 200, deliveries.status());
                JsonNode mine = null;
                for (JsonNode item : deliveries.json().get("items")) {
                    if (item.get("vacancyId").asText().equals(vacancy)) {
                        mine = item;
                    }
                }
                assertNotNull(deliveries.body(), mine);
                assertEquals(2, mine.get("attempts").asInt());
                String console = executeCommand("pillars:external-channels");
                assertTrue(console, console.contains(channelId));
                for (String answer : List.of(get("/api/external/channels", "karaf", "karaf").body(), deliveries.body(),
                        console)) {
                    assertFalse("the secret is never shown", answer.contains(SECRET));
                }

                // the receiver fails the change; the pillar stops and starts meanwhile; the change still arrives
                receiver.failures.set(Integer.MAX_VALUE);
                Answer changed = send("PUT", "/api/external/vacancies/" + vacancy, ExternalVacanciesIT.vacancyJson(
                        organisation, title, "CLOSED"), "lies", "geheim", "If-Match", "\"1\"");
                assertEquals(changed.body(), 200, changed.status());
                awaitChannels("the closing tried", () -> closings(receiver, title) > 0);
                Bundle external = externalBundle();
                external.stop();
                assertEquals(404, get("/api/external/channels", "karaf", "karaf").status());
                receiver.failures.set(0);
                long tried = closings(receiver, title);
                external.start();
                awaitChannels("the closing delivered after the restart", () -> closings(receiver, title) > tried
                        && channel(channelId) != null && channel(channelId).get("pending").asInt() == 0);
            } finally {
                webhook.delete();
            }
            awaitMillis("the webhook away", 10_000, () -> !channel(channelId).get("registered").asBoolean());
            assertEquals(204, send("DELETE", "/api/external/channels/" + channelId, null, "karaf", "karaf").status());
            assertEquals(404, send("DELETE", "/api/external/channels/" + channelId, null, "karaf", "karaf").status());
        }
    }

    private static long closings(Receiver receiver, String title) {
        return receiver.about(title).stream().filter(delivery -> delivery.body().contains("\"CLOSED\"")).count();
    }

    @Test
    public void aConnectorOfAnotherBundleIsAChannelAndAFailedDeliveryWaitsForAnAdmin() throws Exception {
        fastRetries(3);
        Connector connector = new Connector();
        String vacancy = openVacancy(organisation(), "Kamp " + UUID.randomUUID());
        ServiceRegistration<VacancyChannel> registration = bundleContext.registerService(VacancyChannel.class,
                connector, null);
        try {
            awaitChannels("the connector gets the public vacancies", () -> connector.events.stream()
                    .anyMatch(event -> event.vacancy().id().toString().equals(vacancy)));
            connector.failing = true;
            String later = openVacancy(organisation(), "Later " + UUID.randomUUID());
            awaitMillis("the connector's delivery failed for good", 30_000,
                    () -> channel("giveaday-it").get("failed").asInt() >= 1);
            JsonNode status = channel("giveaday-it");
            assertEquals("IOException: Give A Day is down", status.get("lastError").asText());
            // the health is the state the dispatcher's last round found (every few seconds)
            awaitChannels("the failure in the health", () -> get("/api/health", "lies", "geheim").body()
                    .contains("giveaday-it: "));
            JsonNode pillar = get("/api/pillars/external").json();
            assertEquals(pillar.toString(), "DEGRADED", pillar.get("state").asText());
            assertEquals(403, get("/api/external/channels", "lies", "geheim").status());
            assertEquals(401, get("/api/external/channels").status());
            assertEquals(403, send("POST", "/api/external/channels/giveaday-it/retry", null, "kim", "wachtwoord")
                    .status());
            assertEquals(409, send("DELETE", "/api/external/channels/giveaday-it", null, "karaf", "karaf").status());
            assertEquals(400, get("/api/external/channels/Not%20An%20Id/deliveries", "karaf", "karaf").status());
            assertEquals(404, get("/api/external/channels/nobody/deliveries", "karaf", "karaf").status());
            assertEquals(400, get("/api/external/channels/giveaday-it/deliveries?status=LOST", "karaf", "karaf")
                    .status());

            connector.failing = false;
            Answer retried = send("POST", "/api/external/channels/giveaday-it/retry", null, "karaf", "karaf");
            assertEquals(retried.body(), 200, retried.status());
            assertTrue(retried.body(), retried.json().get("retried").asInt() >= 1);
            awaitChannels("the retried delivery made", () -> connector.events.stream()
                    .anyMatch(event -> event.vacancy().id().toString().equals(later)));
            assertEquals(0, channel("giveaday-it").get("failed").asInt());
            awaitChannels("the pillar up again", () -> "UP".equals(get("/api/pillars/external").json()
                    .get("state").asText()));
        } finally {
            registration.unregister();
            send("DELETE", "/api/external/channels/giveaday-it", null, "karaf", "karaf");
        }
    }

    private static HttpResponse<String> feed(String pathAndQuery, String ifNoneMatch) throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:"
                + System.getProperty("pillars.http.port") + "/api/external/public/" + pathAndQuery));
        if (ifNoneMatch != null) {
            request.header("If-None-Match", ifNoneMatch);
        }
        return HttpClient.newHttpClient().send(request.build(), HttpResponse.BodyHandlers.ofString());
    }

    @Test
    public void anyoneCanPullTheOpenDataFeedAsJsonAndICalendar() throws Exception {
        String title = "Feest " + UUID.randomUUID().toString().substring(0, 8);
        String vacancy = openVacancy(organisation(), title);

        HttpResponse<String> json = feed("feed.json?q=" + title.replace(" ", "%20"), null);
        assertEquals(json.body(), 200, json.statusCode());
        JsonNode page = JSON.readTree(json.body());
        assertEquals(1, page.get("total").asInt());
        assertEquals(vacancy, page.get("vacancies").get(0).get("id").asText());
        assertFalse(json.body(), json.body().contains("createdBy") || json.body().contains("lies"));
        String etag = json.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> unchanged = feed("feed.json?q=" + title.replace(" ", "%20"), etag);
        assertEquals(304, unchanged.statusCode());
        assertEquals("", unchanged.body());

        HttpResponse<String> ics = feed("feed.ics?q=" + title.replace(" ", "%20") + "&lang=en", null);
        assertEquals(ics.body(), 200, ics.statusCode());
        assertTrue(ics.headers().firstValue("Content-Type").orElseThrow().startsWith("text/calendar"));
        assertTrue(ics.body(), ics.body().startsWith("BEGIN:VCALENDAR\r\n"));
        assertTrue(ics.body(), ics.body().contains("UID:" + vacancy + "@pillars\r\n"));
        assertTrue(ics.body(), ics.body().contains("SUMMARY;LANGUAGE=nl:" + title + "\r\n"));
        assertTrue(feed("feed.ics", null).body().contains("UID:" + vacancy + "@pillars"));

        for (String[] bad : new String[][] {{"feed.json?limit=0", "limit"}, {"feed.json?limit=10001", "limit"},
                {"feed.json?kind=SOMETIMES", "kind"}, {"feed.ics?lang=fr", "lang"}, {"feed.ics?lat=91&lon=5", "lat"},
                {"feed.ics?date=tomorrow", "date"}, {"feed.json?withinKm=5", "withinKm"}}) {
            HttpResponse<String> refused = feed(bad[0], null);
            assertEquals(bad[0], 400, refused.statusCode());
            assertEquals(bad[0], bad[1], JSON.readTree(refused.body()).get("error").get("field").asText());
        }
    }

    @Test
    public void theCalendarLocatesTheStreetAddressAndLinksThePageWhereOneApplies() throws Exception {
        String title = "Markt " + UUID.randomUUID().toString().substring(0, 8);
        Answer created = send("POST", "/api/external/vacancies", ExternalVacanciesIT.vacancyJson(organisation(), title,
                "OPEN").replace("\"place\":{", "\"place\":{\"street\":\"Grote Markt\",\"houseNumber\":\"1\","), "lies",
                "geheim");
        assertEquals(created.body(), 201, created.status());
        String vacancy = created.json().get("id").asText();
        String calendar = "feed.ics?q=" + title.replace(" ", "%20");
        Configuration site = configurationAdmin.getConfiguration("be.pillars.external.site", "?");
        Hashtable<String, Object> values = new Hashtable<>();
        values.put("vacancyPageUrl", "https://www.example.be/vacature/{id}");
        site.update(values);
        try {
            String page = "URL:https://www.example.be/vacature/" + vacancy + "\r\n";
            awaitMillis("the vacancy's page in its event", 10_000, () -> unfolded(calendar).contains(page));
            String events = unfolded(calendar);
            assertTrue(events, events.contains("LOCATION:Grote Markt 1\\, 3500\\, België\r\n"));
            assertTrue(events, events.contains("Solliciteren: https://www.example.be/vacature/" + vacancy));

            // a page that is no web address is refused: the previous one stays, and the pillar says why
            values.put("vacancyPageUrl", "www.example.be/vacature");
            site.update(values);
            awaitMillis("the bad page refused", 10_000, () -> get("/api/pillars/external").body()
                    .contains("vacancyPageUrl"));
            assertEquals("DOWN", get("/api/pillars/external").json().get("state").asText());
            assertTrue(unfolded(calendar).contains(page));
        } finally {
            site.delete();
        }
        awaitMillis("the site's configuration back to none", 10_000, () -> !get("/api/pillars/external").body()
                .contains("vacancyPageUrl"));
        assertFalse(unfolded(calendar).contains("URL:"));
    }

    /** The calendar the feed answers, its folded lines joined again (RFC 5545, 3.1). */
    private static String unfolded(String pathAndQuery) {
        try {
            HttpResponse<String> answer = feed(pathAndQuery, null);
            assertEquals(answer.body(), 200, answer.statusCode());
            return answer.body().replace("\r\n ", "");
        } catch (Exception e) {
            throw new AssertionError(pathAndQuery, e);
        }
    }
}
