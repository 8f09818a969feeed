package be.pillars.targetgroups.internal.buddies;

import java.time.LocalDate;
import java.util.UUID;

/**
 * A buddy pair: a volunteer who visits a person helped. Ending it keeps its history.
 *
 * @param personId       the person helped, or null once their data was erased
 * @param personAlias    their alias, or null once erased
 * @param volunteerId    the buddy (a core volunteer), or null once the volunteer's data was erased
 * @param visits         how many visits were logged
 * @param lastVisit      the day of the latest visit, or null
 * @param needsAttention whether the running pair has gone the configured number of weeks without a visit (counted
 *                       from the start when it had none)
 */
public record Pair(UUID id, UUID projectId, UUID personId, String personAlias, UUID volunteerId,
        LocalDate startedOn, LocalDate endedOn, String endReason, int visits, LocalDate lastVisit,
        boolean needsAttention) {

    /** What a coordinator sends to pair a volunteer with a person helped. */
    public record Input(UUID personId, UUID volunteerId, LocalDate startDate) {
    }

    /** What a coordinator sends to end a pair. */
    public record End(LocalDate endDate, String reason) {
    }
}
