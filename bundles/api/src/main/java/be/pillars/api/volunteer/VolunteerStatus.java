package be.pillars.api.volunteer;

/** Where a volunteer stands with the municipality. */
public enum VolunteerStatus {
    /** Registered, not yet engaged. */
    CANDIDATE,
    ACTIVE,
    /** No longer volunteering; kept until erased. */
    INACTIVE
}
