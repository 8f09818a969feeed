package be.pillars.external.internal.applications;

import java.util.Set;

/** Where an application stands, and where it may go from there. */
public enum ApplicationStatus {
    /** A coach proposed the volunteer; the volunteer has not said yes yet. */
    PROPOSED,
    /** The volunteer applied (or agreed to a proposal). */
    APPLIED,
    INTAKE_PLANNED,
    /** Final: the core engagement exists. */
    ACCEPTED,
    /** Final: the organisation or the coach said no. */
    DECLINED,
    /** Final: the volunteer said no. */
    WITHDRAWN;

    /** Whether an application may move from this status to {@code next}. */
    public boolean mayBecome(ApplicationStatus next) {
        return switch (this) {
            case PROPOSED -> Set.of(APPLIED, DECLINED, WITHDRAWN).contains(next);
            case APPLIED -> Set.of(INTAKE_PLANNED, ACCEPTED, DECLINED, WITHDRAWN).contains(next);
            case INTAKE_PLANNED -> Set.of(ACCEPTED, DECLINED, WITHDRAWN).contains(next);
            case ACCEPTED, DECLINED, WITHDRAWN -> false;
        };
    }

    /** Still waiting for a decision. */
    public boolean pending() {
        return this == PROPOSED || this == APPLIED || this == INTAKE_PLANNED;
    }
}
