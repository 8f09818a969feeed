package be.pillars.targetgroups.internal.representation;

/**
 * People of one single year of age, sex and district in the reference population.
 *
 * @param age      in whole years, 0 to 120
 * @param sex      {@code M} or {@code F}, as Statbel's {@code CD_SEX}
 * @param district the part of the municipality, or {@code ""} when the file has none
 * @param people   how many
 */
public record PopulationCell(int age, String sex, String district, long people) {
}
