package be.pillars.external.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;

import org.junit.jupiter.api.Test;

import be.pillars.api.Health;
import be.pillars.api.config.InvalidConfigurationException;

class MatchingWeightsTest {

    private static MatchingConfiguration configuration(double skills, double availability, int maxDistanceKm) {
        return configuration(skills, availability, maxDistanceKm, new String[0]);
    }

    static MatchingConfiguration configuration(double skills, double availability, int maxDistanceKm,
            String[] scorerWeights) {
        return new MatchingConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return MatchingConfiguration.class;
            }

            @Override
            public double weightNiceToHaveSkills() {
                return skills;
            }

            @Override
            public double weightAvailability() {
                return availability;
            }

            @Override
            public double weightDistance() {
                return 0;
            }

            @Override
            public double weightPreference() {
                return 0;
            }

            @Override
            public double weightLanguages() {
                return 0;
            }

            @Override
            public int maxDistanceKm() {
                return maxDistanceKm;
            }

            @Override
            public String[] scorerWeights() {
                return scorerWeights;
            }

            @Override
            public double weightOtherScorers() {
                return 0.05;
            }
        };
    }

    @Test
    void explainsTheWeightsAsShares() {
        MatchingWeights weights = MatchingWeights.from(configuration(0.3, 0.1, 10));
        assertEquals("Must-have skills and unavailability filter; the score weighs nice-to-have skills 75%, "
                + "availability 25%, distance 0% (up to 10 km), occasional/regular preference 0% and languages 0%.",
                weights.describe().en());
        assertEquals("Verplichte vaardigheden en onbeschikbaarheid filteren; de score weegt gewenste vaardigheden "
                + "75%, beschikbaarheid 25%, afstand 0% (tot 10 km), voorkeur eenmalig/regelmatig 0% en talen 0%.",
                weights.describe().nl());
    }

    @Test
    void refusesWeightsOutOfRangeAllZeroOrNoDistance() {
        assertEquals("weightNiceToHaveSkills", assertThrows(InvalidConfigurationException.class,
                () -> MatchingWeights.from(configuration(1.5, 0, 10))).key());
        assertEquals("weightNiceToHaveSkills", assertThrows(InvalidConfigurationException.class,
                () -> MatchingWeights.from(configuration(0, 0, 10))).key());
        assertEquals("maxDistanceKm", assertThrows(InvalidConfigurationException.class,
                () -> MatchingWeights.from(configuration(0.5, 0.5, 0))).key());
    }

    @Test
    void theDefaultsAreTheDocumentedOnes() {
        ExternalPillar pillar = new ExternalPillar(configuration(0.3, 0.25, 25));
        assertEquals(Health.Status.UP, pillar.health().status());
        pillar.modified(configuration(-1, 0.25, 25));
        assertEquals(Health.Status.DOWN, pillar.health().status());
        assertEquals(0.3, pillar.matching().inForce().niceToHaveSkills());
        assertEquals(25, MatchingWeights.DEFAULTS.maxDistanceKm());
    }

    @Test
    void weighsAddedScorersByIdWithADefaultForOthers() {
        MatchingWeights weights = MatchingWeights.from(configuration(0.3, 0.1, 10,
                new String[] {"same-district = 0.2", "seniority=0"}));
        assertEquals(0.2, weights.weightOf("same-district"));
        assertEquals(0.0, weights.weightOf("seniority"));
        assertEquals(0.05, weights.weightOf("unknown"));
        MatchingWeights fromCfgText = MatchingWeights.from(configuration(0.3, 0.1, 10,
                new String[] {"same-district=0.2, seniority=0.05,"}));
        assertEquals(0.2, fromCfgText.weightOf("same-district"));
        assertEquals(0.05, fromCfgText.weightOf("seniority"));
    }

    @Test
    void refusesScorerWeightsThatAreNotIdEqualsWeight() {
        for (String entry : new String[] {"same-district", "=0.2", "same-district=much", "same-district=1.5"}) {
            assertEquals("scorerWeights", assertThrows(InvalidConfigurationException.class,
                    () -> MatchingWeights.from(configuration(0.3, 0.1, 10, new String[] {entry}))).key(), entry);
        }
    }
}
