package be.pillars.api.volunteer;

/**
 * OSGi Event Admin topics that core posts after a change to a volunteer is committed. Events carry the
 * volunteer's id and new version, never personal data: a listener that needs more asks the
 * {@link VolunteerService}. Subscribe to {@code be/pillars/volunteer/*} for all of them.
 */
public final class VolunteerEvents {

    public static final String CREATED = "be/pillars/volunteer/CREATED";
    public static final String UPDATED = "be/pillars/volunteer/UPDATED";
    public static final String DEACTIVATED = "be/pillars/volunteer/DEACTIVATED";
    public static final String ERASED = "be/pillars/volunteer/ERASED";

    /** Event property: the volunteer's id, as text. */
    public static final String ID = "id";

    /** Event property: the volunteer's version after the change, a {@code Long}. */
    public static final String VERSION = "version";

    private VolunteerEvents() {
    }
}
