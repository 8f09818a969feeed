package be.pillars.api.engagement;

/** Where an engagement stands. */
public enum EngagementStatus {
    /** Agreed, not yet started. */
    PLANNED,
    ACTIVE,
    /** Finished as agreed. */
    ENDED,
    /** Called off before it ended. */
    CANCELLED
}
