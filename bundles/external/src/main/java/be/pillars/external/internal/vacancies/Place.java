package be.pillars.external.internal.vacancies;

/**
 * Where the work is.
 *
 * @param street      optional, such as {@code Kerkstraat}: the street, square or building where the volunteer goes
 * @param houseNumber optional, such as {@code 12A}; only with a street
 * @param postalCode  required, a Belgian postal code
 * @param latitude    optional, in degrees (WGS 84); given together with the longitude
 * @param longitude   optional, in degrees (WGS 84)
 */
public record Place(String street, String houseNumber, String postalCode, Double latitude, Double longitude) {

    /** The street and house number as one line, such as {@code Kerkstraat 12A}, or null without a street. */
    public String streetLine() {
        if (street == null) {
            return null;
        }
        return houseNumber == null ? street : street + " " + houseNumber;
    }
}
