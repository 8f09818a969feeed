package be.pillars.api.organisation;

/**
 * What is known about an organisation: what a caller sends to create or replace one.
 *
 * @param kind          municipal service or external organisation; required
 * @param name          required, unique among organisations
 * @param contactPerson optional
 * @param email         optional; stored in lower case
 * @param phone         optional
 * @param street        optional: street and number
 * @param postalCode    optional, a Belgian postal code
 * @param municipality  optional
 * @param website       optional, an http(s) address
 */
public record OrganisationData(OrganisationKind kind, String name, String contactPerson, String email, String phone,
        String street, String postalCode, String municipality, String website) {
}
