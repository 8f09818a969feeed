package be.pillars.targetgroups.internal.representation;

import be.pillars.api.LocalizedText;

/**
 * One group of a dimension of the report: volunteers versus population.
 *
 * @param dimension        {@code age}, {@code gender} or {@code district}
 * @param key              the group, such as {@code 25-34}, {@code F}, a district's name, {@code other} or
 *                         {@code unknown}
 * @param label            in Dutch and English
 * @param volunteers       active volunteers in the group; null when suppressed
 * @param volunteerShare   their share among the active volunteers whose value is known; null when suppressed or
 *                         for {@code unknown}
 * @param population       people of the group in the reference population; null where the population has no such
 *                         group ({@code other}, {@code unknown})
 * @param populationShare  their share of the reference population (aged 16 or more)
 * @param index            volunteer share divided by population share, 2 decimals; null when either is unknown
 * @param underRepresented index below the configured threshold (for a suppressed group: even with one volunteer
 *                         fewer than the threshold it would be)
 * @param suppressed       fewer volunteers than the small-group threshold (or suppressed so that such a group
 *                         cannot be worked out from the others)
 */
public record Group(String dimension, String key, LocalizedText label, Integer volunteers, Double volunteerShare,
        Long population, Double populationShare, Double index, boolean underRepresented, boolean suppressed) {
}
