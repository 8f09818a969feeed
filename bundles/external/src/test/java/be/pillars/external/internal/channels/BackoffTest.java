package be.pillars.external.internal.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Duration;

import org.junit.jupiter.api.Test;

import be.pillars.api.config.InvalidConfigurationException;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(10), Duration.ofHours(1));

    @Test
    void theWaitDoublesAfterEachFailureUpToTheMaximum() {
        assertEquals(Duration.ofSeconds(10), backoff.after(1));
        assertEquals(Duration.ofSeconds(20), backoff.after(2));
        assertEquals(Duration.ofSeconds(40), backoff.after(3));
        assertEquals(Duration.ofSeconds(2560), backoff.after(9));
        assertEquals(Duration.ofHours(1), backoff.after(10));
        assertEquals(Duration.ofHours(1), backoff.after(Integer.MAX_VALUE));
    }

    @Test
    void thereIsNoWaitBeforeAFailure() {
        assertThrows(IllegalArgumentException.class, () -> backoff.after(0));
    }

    @Test
    void settingsRefuseAMaximumBelowTheFirstWait() {
        ChannelsConfiguration configuration = TestSettings.of(60, 30, 3, 5);
        assertEquals("maxBackoffSeconds", assertThrows(InvalidConfigurationException.class,
                () -> ChannelSettings.from(configuration)).key());
    }
}
