package be.pillars.targetgroups.internal.representation;

/**
 * How young the volunteer group was in one year.
 *
 * @param volunteers    volunteers with an engagement running in that year and a known birth date; null when
 *                      suppressed
 * @param medianAge     their median age at the end of the year (today for the current year); null when suppressed
 * @param shareUnder35  the share younger than 35, 3 decimals; null when suppressed
 * @param suppressed    fewer than the small-group threshold
 */
public record TrendYear(int year, Integer volunteers, Double medianAge, Double shareUnder35, boolean suppressed) {
}
