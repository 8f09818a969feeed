package be.pillars.external.internal;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

import be.pillars.api.LocalizedText;
import be.pillars.api.config.ConfigValues;
import be.pillars.api.config.InvalidConfigurationException;

/**
 * The weights of the scored parts of a match; must-have skills and hard unavailability only filter.
 *
 * @param niceToHaveSkills share of the vacancy's nice-to-have skills the volunteer has
 * @param availability     overlap of the volunteer's availability with the vacancy's time
 * @param distance         closeness, falling to nothing at {@code maxDistanceKm}
 * @param preference       fit of occasional/regular preference
 * @param languages        shared languages
 * @param maxDistanceKm    beyond this distance a place scores nothing for closeness
 * @param scorerWeights    weights of scorers other bundles register, by scorer id
 * @param otherScorers     the weight of a registered scorer whose id is not in {@code scorerWeights}
 */
public record MatchingWeights(double niceToHaveSkills, double availability, double distance, double preference,
        double languages, int maxDistanceKm, Map<String, Double> scorerWeights, double otherScorers) {

    static final MatchingWeights DEFAULTS = new MatchingWeights(0.30, 0.25, 0.20, 0.15, 0.10, 25, Map.of(), 0.10);

    public MatchingWeights {
        scorerWeights = Map.copyOf(scorerWeights);
    }

    static MatchingWeights from(MatchingConfiguration configuration) {
        MatchingWeights weights = new MatchingWeights(
                ConfigValues.between("weightNiceToHaveSkills", configuration.weightNiceToHaveSkills(), 0, 1),
                ConfigValues.between("weightAvailability", configuration.weightAvailability(), 0, 1),
                ConfigValues.between("weightDistance", configuration.weightDistance(), 0, 1),
                ConfigValues.between("weightPreference", configuration.weightPreference(), 0, 1),
                ConfigValues.between("weightLanguages", configuration.weightLanguages(), 0, 1),
                ConfigValues.atLeast("maxDistanceKm", configuration.maxDistanceKm(), 1),
                scorerWeights(configuration.scorerWeights()),
                ConfigValues.between("weightOtherScorers", configuration.weightOtherScorers(), 0, 1));
        if (weights.total() <= 0) {
            throw new InvalidConfigurationException("weightNiceToHaveSkills", LocalizedText.of(
                    "minstens één gewicht moet groter dan 0 zijn", "at least one weight must be above 0"));
        }
        return weights;
    }

    /**
     * Entries such as {@code same-district=0.2}; a {@code .cfg} file gives them as one text, separated by commas.
     */
    private static Map<String, Double> scorerWeights(String[] values) {
        Map<String, Double> weights = new LinkedHashMap<>();
        for (String entry : values == null ? List.<String>of() : Arrays.stream(values)
                .flatMap(value -> Arrays.stream(value.split(","))).filter(piece -> !piece.isBlank()).toList()) {
            int equals = entry.indexOf('=');
            String id = equals < 0 ? "" : entry.substring(0, equals).strip();
            double weight;
            try {
                weight = equals < 0 ? Double.NaN : Double.parseDouble(entry.substring(equals + 1).strip());
            } catch (NumberFormatException e) {
                weight = Double.NaN;
            }
            if (id.isEmpty() || !(weight >= 0 && weight <= 1)) {
                throw new InvalidConfigurationException("scorerWeights", LocalizedText.of(
                        "'" + entry + "' is geen scorer-id=gewicht met een gewicht van 0 tot 1",
                        "'" + entry + "' is not scorer-id=weight with a weight from 0 to 1"));
            }
            weights.put(id, weight);
        }
        return weights;
    }

    /** The weight of a scorer registered by another bundle. */
    public double weightOf(String scorerId) {
        return scorerWeights.getOrDefault(scorerId, otherScorers);
    }

    double total() {
        return niceToHaveSkills + availability + distance + preference + languages;
    }

    private long percent(double weight) {
        return Math.round(100 * weight / total());
    }

    /** How a coach would explain the scoring to a volunteer or an organisation. */
    public LocalizedText describe() {
        return LocalizedText.of(
                "Verplichte vaardigheden en onbeschikbaarheid filteren; de score weegt gewenste vaardigheden "
                        + percent(niceToHaveSkills) + "%, beschikbaarheid " + percent(availability) + "%, afstand "
                        + percent(distance) + "% (tot " + maxDistanceKm + " km), voorkeur eenmalig/regelmatig "
                        + percent(preference) + "% en talen " + percent(languages) + "%.",
                "Must-have skills and unavailability filter; the score weighs nice-to-have skills "
                        + percent(niceToHaveSkills) + "%, availability " + percent(availability) + "%, distance "
                        + percent(distance) + "% (up to " + maxDistanceKm + " km), occasional/regular preference "
                        + percent(preference) + "% and languages " + percent(languages) + "%.");
    }
}
