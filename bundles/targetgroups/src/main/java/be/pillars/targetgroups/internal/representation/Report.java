package be.pillars.targetgroups.internal.representation;

import java.time.LocalDate;
import java.util.List;

import be.pillars.api.LocalizedText;

/**
 * The representation monitor: does the group of active volunteers mirror the municipality's population, and is it
 * getting younger? Only counts, never a person.
 *
 * @param year             the reference year of the population
 * @param refnis           the municipality's NIS code
 * @param municipality     its name, when the file had it
 * @param asOf             the one day on which ages are counted, the volunteers' and the population's alike:
 *                         1 January of the population's year (Statbel's counting day)
 * @param threshold        the small-group threshold in force
 * @param indexThreshold   the under-representation index in force
 * @param activeVolunteers how many active volunteers; null when fewer than the threshold (then every group is
 *                         suppressed)
 * @param population       the reference population aged 16 or more
 * @param groups           by dimension: age bands, gender, districts
 * @param underRepresented the groups flagged as under-represented
 * @param trend            per year, oldest first
 * @param notes            what the reader should know, such as a population file without districts
 */
public record Report(int year, String refnis, String municipality, LocalDate asOf, int threshold,
        double indexThreshold, Integer activeVolunteers, long population, List<Group> groups,
        List<Group> underRepresented, List<TrendYear> trend, List<LocalizedText> notes) {
}
