package be.pillars.api.volunteer;

/**
 * A search for volunteers; every criterion left null matches everyone.
 *
 * @param name       part of the first or last name, in any case
 * @param skill      a skill code the volunteer has
 * @param postalCode exact postal code
 * @param district   exact district, in any case
 * @param status     exact status
 * @param preference exact preference
 * @param limit      page size, 1 to {@link #MAX_LIMIT}
 * @param offset     how many results to skip
 */
public record VolunteerQuery(String name, String skill, String postalCode, String district, VolunteerStatus status,
        Preference preference, int limit, int offset) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;
}
