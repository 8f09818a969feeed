package be.pillars.targetgroups.internal;

import static be.pillars.targetgroups.internal.TestConfigurations.configuration;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import org.junit.jupiter.api.Test;

import be.pillars.api.Health;
import be.pillars.api.config.InvalidConfigurationException;

class MonitorSettingsTest {

    @Test
    void describesTheThresholdsInBothLanguages() {
        MonitorSettings settings = MonitorSettings.from(configuration(5, 0.8, 4));
        assertEquals("Representation monitor: groups of fewer than 5 people are not shown; a group with an index "
                + "below 0.80 is under-represented. Buddy pairs without a visit for 4 weeks are flagged to the "
                + "coordinator.", settings.describe().en());
        assertEquals("Representatiemonitor: groepen van minder dan 5 personen worden niet getoond; een groep met "
                + "een index onder 0,80 is ondervertegenwoordigd. Buddyparen zonder bezoek sinds 4 weken worden "
                + "gemeld aan de coördinator.", settings.describe().nl());
    }

    @Test
    void refusesThresholdsThatWouldExposeOrNeverFlag() {
        assertEquals("smallGroupThreshold", assertThrows(InvalidConfigurationException.class,
                () -> MonitorSettings.from(configuration(0, 0.8, 4))).key());
        assertEquals("underRepresentationIndex", assertThrows(InvalidConfigurationException.class,
                () -> MonitorSettings.from(configuration(5, 1.2, 4))).key());
        assertEquals("buddyVisitGapWeeks", assertThrows(InvalidConfigurationException.class,
                () -> MonitorSettings.from(configuration(5, 0.8, 0))).key());
    }

    @Test
    void aRefusedChangeKeepsTheThresholdsInForce() {
        TargetGroupsPillar pillar = new TargetGroupsPillar(configuration(7, 0.8, 4));
        pillar.modified(configuration(0, 0.8, 4));
        assertEquals(7, pillar.settings().inForce().smallGroupThreshold());
        assertEquals(Health.Status.DOWN, pillar.health().status());
    }
}
