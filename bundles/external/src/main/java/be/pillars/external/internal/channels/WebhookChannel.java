package be.pillars.external.internal.channels;

import java.io.IOException;
import java.net.URI;
import java.net.URISyntaxException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.util.regex.Pattern;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.LocalizedText;
import be.pillars.api.channel.VacancyChannel;
import be.pillars.api.channel.VacancyEvent;
import be.pillars.api.config.ConfigValues;
import be.pillars.api.config.InvalidConfigurationException;
import be.pillars.api.http.JsonResponses;

/**
 * A channel that POSTs each event as JSON to a receiver's URL, signed with a secret shared with that receiver
 * (see {@link WebhookSignature}); any 2xx answer means delivered, anything else is tried again. One instance per
 * factory configuration of {@link #PID}; its channel id is {@code webhook-<name>}.
 */
@Component(service = VacancyChannel.class, configurationPid = WebhookChannel.PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = WebhookConfiguration.class, factory = true)
public class WebhookChannel implements VacancyChannel {

    public static final String PID = "be.pillars.external.webhook";
    static final int MIN_SECRET_LENGTH = 16;

    private static final Logger LOG = LoggerFactory.getLogger(WebhookChannel.class);
    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,55}");

    private final String id;
    private final URI url;
    private final String secret;
    private final Duration timeout;
    private final HttpClient client;
    private final Clock clock;

    @Activate
    public WebhookChannel(WebhookConfiguration configuration) {
        this(configuration, Clock.systemUTC());
    }

    /**
     * @throws InvalidConfigurationException naming the key that makes no sense; the component then does not
     *         start, and the log says why
     */
    WebhookChannel(WebhookConfiguration configuration, Clock clock) {
        try {
            String name = configuration.name() == null ? "" : configuration.name().strip();
            if (!NAME.matcher(name).matches()) {
                throw new InvalidConfigurationException("name", LocalizedText.of(
                        "moet uit kleine letters, cijfers, '-', '.' of '_' bestaan (hoogstens 56), niet '" + name + "'",
                        "must be lower-case letters, digits, '-', '.' or '_' (at most 56), not '" + name + "'"));
            }
            this.id = "webhook-" + name;
            this.url = url(configuration.url());
            String key = configuration.secret();
            if (key == null || key.length() < MIN_SECRET_LENGTH) {
                throw new InvalidConfigurationException("secret", LocalizedText.of(
                        "moet minstens " + MIN_SECRET_LENGTH + " tekens lang zijn",
                        "must be at least " + MIN_SECRET_LENGTH + " characters long"));
            }
            this.secret = key;
            this.timeout = Duration.ofSeconds(ConfigValues.atLeast("timeoutSeconds", configuration.timeoutSeconds(), 1));
        } catch (InvalidConfigurationException e) {
            LOG.error("{} refused ({}): {}; this webhook does not start", PID, e.key(), e.text().en());
            throw e;
        }
        this.clock = clock;
        this.client = HttpClient.newBuilder().connectTimeout(timeout).followRedirects(HttpClient.Redirect.NEVER)
                .build();
    }

    private static URI url(String value) {
        try {
            URI url = new URI(value == null ? "" : value.strip());
            if (("http".equals(url.getScheme()) || "https".equals(url.getScheme())) && url.getHost() != null
                    && url.getUserInfo() == null && url.getFragment() == null) {
                return url;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw new InvalidConfigurationException("url", LocalizedText.of(
                "moet een http- of https-adres zijn zonder gebruiker of #, zoals https://example.be/hooks/pillars",
                "must be an http or https address without user or #, such as https://example.be/hooks/pillars"));
    }

    @Override
    public String id() {
        return id;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Webhook naar " + url.getHost(), "Webhook to " + url.getHost());
    }

    @Override
    public void publish(VacancyEvent event) throws IOException, InterruptedException {
        byte[] body = JsonResponses.toJson(event).getBytes(StandardCharsets.UTF_8);
        long timestamp = clock.instant().getEpochSecond();
        HttpRequest request = HttpRequest.newBuilder(url).timeout(timeout)
                .header("Content-Type", "application/json; charset=utf-8")
                .header(WebhookSignature.EVENT_HEADER, event.id().toString())
                .header(WebhookSignature.TIMESTAMP_HEADER, Long.toString(timestamp))
                .header(WebhookSignature.SIGNATURE_HEADER, WebhookSignature.sign(secret, timestamp, body))
                .POST(HttpRequest.BodyPublishers.ofByteArray(body)).build();
        HttpResponse<Void> response = client.send(request, HttpResponse.BodyHandlers.discarding());
        if (response.statusCode() / 100 != 2) {
            throw new IOException(url.getHost() + " answered HTTP " + response.statusCode());
        }
    }
}
