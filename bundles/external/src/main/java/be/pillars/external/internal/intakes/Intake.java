package be.pillars.external.internal.intakes;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * An intake conversation of a volunteer coach with a volunteer. Its notes are for coaches, coordinators and
 * admins only: no route open to organisation users returns an intake.
 *
 * @param outcome    null until the coach records it
 * @param referredTo the vacancies the coach referred the volunteer to
 */
public record Intake(UUID id, long version, UUID volunteerId, String coach, Instant plannedAt, Outcome outcome,
        String notes, List<UUID> referredTo, Instant createdAt, Instant updatedAt) {

    /** How the conversation ended. */
    public enum Outcome {
        /** Ready to start: referred to vacancies. */
        READY,
        /** Not yet: to be seen again later. */
        NOT_YET,
        /** Volunteering through the platform does not fit now. */
        NOT_SUITABLE
    }

    /** What a coach sends to plan an intake; the coach is the caller. */
    public record Plan(UUID volunteerId, Instant plannedAt) {
    }

    /** What a coach records after the conversation. */
    public record Result(Outcome outcome, String notes, List<UUID> referredTo) {
    }
}
