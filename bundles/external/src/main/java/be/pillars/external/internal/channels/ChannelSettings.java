package be.pillars.external.internal.channels;

import java.time.Duration;

import be.pillars.api.LocalizedText;
import be.pillars.api.config.ConfigValues;
import be.pillars.api.config.InvalidConfigurationException;

/**
 * The delivery settings in force.
 *
 * @param poll        how often the pillar looks for changed vacancies and due deliveries
 * @param backoff     the waits between attempts
 * @param maxAttempts attempts before a delivery is shown as failed
 * @param timeout     how long one attempt may take
 * @param retention   how long delivered events are kept
 */
record ChannelSettings(Duration poll, Backoff backoff, int maxAttempts, Duration timeout, Duration retention) {

    static final ChannelSettings DEFAULTS = new ChannelSettings(Duration.ofSeconds(2),
            new Backoff(Duration.ofSeconds(10), Duration.ofHours(1)), 12, Duration.ofSeconds(30), Duration.ofDays(30));

    /** @throws InvalidConfigurationException naming the first key that makes no sense */
    static ChannelSettings from(ChannelsConfiguration configuration) {
        int poll = ConfigValues.atLeast("pollSeconds", configuration.pollSeconds(), 1);
        int initial = ConfigValues.atLeast("initialBackoffSeconds", configuration.initialBackoffSeconds(), 1);
        int max = ConfigValues.atLeast("maxBackoffSeconds", configuration.maxBackoffSeconds(), 1);
        if (max < initial) {
            throw new InvalidConfigurationException("maxBackoffSeconds", LocalizedText.of(
                    "mag niet kleiner zijn dan initialBackoffSeconds (" + initial + ")",
                    "must not be less than initialBackoffSeconds (" + initial + ")"));
        }
        return new ChannelSettings(Duration.ofSeconds(poll), new Backoff(Duration.ofSeconds(initial),
                Duration.ofSeconds(max)), ConfigValues.atLeast("maxAttempts", configuration.maxAttempts(), 1),
                Duration.ofSeconds(ConfigValues.atLeast("timeoutSeconds", configuration.timeoutSeconds(), 1)),
                Duration.ofDays(ConfigValues.atLeast("retentionDays", configuration.retentionDays(), 1)));
    }
}
