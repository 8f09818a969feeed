package be.pillars.external.internal.vacancies;

/**
 * Where the work is.
 *
 * @param postalCode required, a Belgian postal code
 * @param latitude   optional, in degrees (WGS 84); given together with the longitude
 * @param longitude  optional, in degrees (WGS 84)
 */
public record Place(String postalCode, Double latitude, Double longitude) {
}
