package be.pillars.api.engagement;

/**
 * OSGi Event Admin topics that core posts after a change to an engagement is committed, with the ids and
 * version only. Subscribe to {@code be/pillars/engagement/*} for all of them.
 */
public final class EngagementEvents {

    public static final String CREATED = "be/pillars/engagement/CREATED";
    public static final String UPDATED = "be/pillars/engagement/UPDATED";
    public static final String HOURS_REGISTERED = "be/pillars/engagement/HOURS_REGISTERED";

    /** Event property: the engagement's id, as text. */
    public static final String ID = "id";

    /** Event property: the volunteer's id, as text. */
    public static final String VOLUNTEER_ID = "volunteerId";

    /** Event property: the engagement's version after the change, a {@code Long}. */
    public static final String VERSION = "version";

    private EngagementEvents() {
    }
}
