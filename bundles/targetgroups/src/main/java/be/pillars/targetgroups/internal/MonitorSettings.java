package be.pillars.targetgroups.internal;

import java.util.Locale;

import be.pillars.api.LocalizedText;
import be.pillars.api.config.ConfigValues;

/**
 * The thresholds of the target-group pillar.
 *
 * @param smallGroupThreshold      groups with fewer people are shown as suppressed, so nobody can be singled out
 * @param underRepresentationIndex a group whose share among volunteers divided by its share in the population
 *                                 falls below this is under-represented
 * @param buddyVisitGapWeeks       a buddy pair without a visit for this many weeks is flagged to its coordinator
 */
public record MonitorSettings(int smallGroupThreshold, double underRepresentationIndex, int buddyVisitGapWeeks) {

    static final MonitorSettings DEFAULTS = new MonitorSettings(5, 0.8, 4);

    static MonitorSettings from(MonitorConfiguration configuration) {
        return new MonitorSettings(
                ConfigValues.atLeast("smallGroupThreshold", configuration.smallGroupThreshold(), 1),
                ConfigValues.between("underRepresentationIndex", configuration.underRepresentationIndex(), 0, 1),
                ConfigValues.atLeast("buddyVisitGapWeeks", configuration.buddyVisitGapWeeks(), 1));
    }

    public LocalizedText describe() {
        String index = String.format(Locale.ROOT, "%.2f", underRepresentationIndex);
        return LocalizedText.of(
                "Representatiemonitor: groepen van minder dan " + smallGroupThreshold + " personen worden niet "
                        + "getoond; een groep met een index onder " + index.replace('.', ',')
                        + " is ondervertegenwoordigd. Buddyparen zonder bezoek sinds " + buddyVisitGapWeeks
                        + " weken worden gemeld aan de coördinator.",
                "Representation monitor: groups of fewer than " + smallGroupThreshold + " people are not shown; "
                        + "a group with an index below " + index + " is under-represented. Buddy pairs without a "
                        + "visit for " + buddyVisitGapWeeks + " weeks are flagged to the coordinator.");
    }
}
