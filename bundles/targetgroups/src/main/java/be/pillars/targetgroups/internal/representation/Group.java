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
 * @param underRepresented the index as shown (2 decimals) below the configured threshold; for a group suppressed
 *                         as small: even with one volunteer fewer than the threshold it would be (certain, not a
 *                         guess); never for a group suppressed only to protect another ({@link #PROTECTS})
 * @param suppressed       fewer volunteers than the small-group threshold (or suppressed so that such a group
 *                         cannot be worked out from the others)
 * @param suppressedAs     why it is suppressed: {@link #SMALL}, {@link #PROTECTS} or {@link #TOO_FEW}; null when
 *                         shown
 */
public record Group(String dimension, String key, LocalizedText label, Integer volunteers, Double volunteerShare,
        Long population, Double populationShare, Double index, boolean underRepresented, boolean suppressed,
        String suppressedAs) {

    /** Fewer volunteers than the small-group threshold (but more than 0). */
    public static final String SMALL = "small";
    /** Not small itself: hidden only so that the one small group of its dimension cannot be worked out. */
    public static final String PROTECTS = "protectsSmallGroup";
    /** Fewer active volunteers in all than the threshold: nothing about volunteers is shown. */
    public static final String TOO_FEW = "tooFewVolunteers";
}
