package be.pillars.api.organisation;

/**
 * A search for organisations; every criterion left null matches everyone.
 *
 * @param name       part of the name, in any case
 * @param kind       exact kind
 * @param postalCode exact postal code
 * @param active     only active (true) or only deactivated (false) organisations
 * @param limit      page size, 1 to {@link #MAX_LIMIT}
 * @param offset     how many results to skip
 */
public record OrganisationQuery(String name, OrganisationKind kind, String postalCode, Boolean active, int limit,
        int offset) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;
}
