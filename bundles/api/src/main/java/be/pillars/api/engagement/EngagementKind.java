package be.pillars.api.engagement;

/** One-off help (an event, one day) or a recurring engagement. */
public enum EngagementKind {
    OCCASIONAL,
    REGULAR
}
