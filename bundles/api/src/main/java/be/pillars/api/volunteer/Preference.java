package be.pillars.api.volunteer;

/** What kind of engagement a volunteer looks for. */
public enum Preference {
    /** One-off help: an event, one day. */
    OCCASIONAL,
    /** A recurring engagement. */
    REGULAR,
    BOTH
}
