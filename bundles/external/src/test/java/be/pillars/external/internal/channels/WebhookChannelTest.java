package be.pillars.external.internal.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.annotation.Annotation;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

import be.pillars.api.channel.PublishedVacancy;
import be.pillars.api.channel.VacancyEvent;
import be.pillars.api.config.InvalidConfigurationException;
import be.pillars.api.engagement.EngagementKind;

/** The webhook against a real HTTP receiver on a free local port. */
class WebhookChannelTest {

    private static final String SECRET = "a-secret-of-more-than-16";
    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private record Received(Headers headers, byte[] body) {
    }

    private final List<Received> received = new CopyOnWriteArrayList<>();
    private final AtomicInteger answer = new AtomicInteger(204);
    private HttpServer receiver;

    @BeforeEach
    void startReceiver() throws IOException {
        receiver = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        receiver.createContext("/hooks", exchange -> {
            received.add(new Received(exchange.getRequestHeaders(), exchange.getRequestBody().readAllBytes()));
            exchange.sendResponseHeaders(answer.get(), -1);
            exchange.close();
        });
        receiver.start();
    }

    @AfterEach
    void stopReceiver() {
        receiver.stop(0);
    }

    private static WebhookConfiguration configuration(String name, String url, String secret) {
        return new WebhookConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return WebhookConfiguration.class;
            }

            @Override
            public String name() {
                return name;
            }

            @Override
            public String url() {
                return url;
            }

            @Override
            public String secret() {
                return secret;
            }

            @Override
            public int timeoutSeconds() {
                return 5;
            }
        };
    }

    private String url() {
        return "http://127.0.0.1:" + receiver.getAddress().getPort() + "/hooks/pillars?token=x";
    }

    static VacancyEvent event() {
        return new VacancyEvent(UUID.randomUUID(), VacancyEvent.Type.OPENED, CLOCK.instant(), new PublishedVacancy(
                UUID.randomUUID(), 2, CLOCK.instant(), "Voedselbank", new PublishedVacancy.Text("Soep koken", null),
                new PublishedVacancy.Text("Help mee", "Lend a hand"), Set.of("cooking"), Set.of("first-aid"),
                new PublishedVacancy.Place("3500", null, null), new PublishedVacancy.Time(LocalDate.of(2026, 12, 5),
                        LocalTime.of(9, 0), LocalTime.of(13, 0), null, null, null), EngagementKind.OCCASIONAL, 2, null));
    }

    @Test
    void eachEventIsPostedAsJsonWithItsIdTimestampAndSignature() throws Exception {
        WebhookChannel channel = new WebhookChannel(configuration("city-site", url(), SECRET), CLOCK);
        assertEquals("webhook-city-site", channel.id());
        assertEquals("Webhook to 127.0.0.1", channel.name().en());
        VacancyEvent event = event();
        channel.publish(event);

        assertEquals(1, received.size());
        Received delivery = received.get(0);
        String body = new String(delivery.body(), StandardCharsets.UTF_8);
        assertEquals(event, ChannelStore.event(body));
        assertTrue(body.contains("\"type\":\"OPENED\""), body);
        assertEquals(event.id().toString(), delivery.headers().getFirst("X-Pillars-Event"));
        assertEquals("1795428000", delivery.headers().getFirst("X-Pillars-Timestamp"));
        assertEquals(WebhookSignature.sign(SECRET, 1_795_428_000L, delivery.body()),
                delivery.headers().getFirst("X-Pillars-Signature"));
        assertTrue(delivery.headers().getFirst("Content-Type").startsWith("application/json"));
    }

    @Test
    void anAnswerOtherThan2xxFailsTheAttemptWithoutTellingTheSecret() {
        WebhookChannel channel = new WebhookChannel(configuration("city-site", url(), SECRET), CLOCK);
        for (int status : new int[] {500, 404, 302}) {
            answer.set(status);
            IOException failure = assertThrows(IOException.class, () -> channel.publish(event()));
            assertEquals("127.0.0.1 answered HTTP " + status, failure.getMessage());
        }
    }

    @Test
    void aReceiverThatIsNotThereFailsTheAttempt() {
        WebhookChannel channel = new WebhookChannel(configuration("gone", url(), SECRET), CLOCK);
        receiver.stop(0);
        assertThrows(IOException.class, () -> channel.publish(event()));
    }

    @Test
    void aConfigurationThatMakesNoSenseIsRefusedNamingTheKeyButNeverTheSecret() {
        for (String[] bad : new String[][] {{"City Site", url(), SECRET, "name"}, {"", url(), SECRET, "name"},
                {"site", "ftp://example.be/x", SECRET, "url"}, {"site", "http://user:pw@example.be/", SECRET, "url"},
                {"site", "not a url", SECRET, "url"}, {"site", url(), "too-short", "secret"},
                {"site", url(), null, "secret"}}) {
            InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                    () -> new WebhookChannel(configuration(bad[0], bad[1], bad[2]), CLOCK));
            assertEquals(bad[3], refused.key(), bad[0] + " " + bad[1]);
            assertFalse(refused.text().en().contains("too-short") || refused.text().nl().contains("too-short"));
        }
    }
}
