package be.pillars.api.config;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;

import be.pillars.api.Health;
import be.pillars.api.LocalizedText;

class CheckedConfigurationTest {

    private static final LocalizedText FINE = LocalizedText.of("in orde", "fine");

    private static Integer positive(int value) {
        if (value <= 0) {
            throw new InvalidConfigurationException("threshold",
                    LocalizedText.of("moet positief zijn", "must be positive"));
        }
        return value;
    }

    @Test
    void aValidConfigurationTakesEffect() {
        CheckedConfiguration<Integer> configuration = new CheckedConfiguration<>("be.pillars.test", 5);
        configuration.apply(() -> positive(7));
        assertEquals(7, configuration.inForce());
        assertTrue(configuration.problem().isEmpty());
        assertEquals(Health.Status.UP, configuration.health(FINE).status());
    }

    @Test
    void aRefusedConfigurationKeepsThePreviousOneAndSaysWhy() {
        CheckedConfiguration<Integer> configuration = new CheckedConfiguration<>("be.pillars.test", 5);
        configuration.apply(() -> positive(-1));
        assertEquals(5, configuration.inForce());
        assertEquals("threshold", configuration.problem().orElseThrow().key());
        assertEquals("be.pillars.test", configuration.snapshot().pid());
        assertEquals(configuration.problem().orElseThrow(), configuration.snapshot().problem());
        Health health = configuration.health(FINE);
        assertEquals(Health.Status.DOWN, health.status());
        assertEquals("Configuration refused (threshold): must be positive; the previous one stays in force",
                health.detail().en());
    }

    @Test
    void aLaterValidConfigurationClearsTheProblem() {
        CheckedConfiguration<Integer> configuration = new CheckedConfiguration<>("be.pillars.test", 5);
        configuration.apply(() -> positive(0));
        configuration.apply(() -> positive(3));
        assertEquals(3, configuration.inForce());
        assertTrue(configuration.problem().isEmpty());
    }
}
