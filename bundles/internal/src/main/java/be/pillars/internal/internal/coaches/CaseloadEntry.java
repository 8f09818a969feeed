package be.pillars.internal.internal.coaches;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One volunteer in a coach's caseload.
 *
 * @param lastCheckIn the day of the coach's latest check-in with the volunteer, or null
 */
public record CaseloadEntry(UUID volunteerId, String firstName, String lastName, String assignedBy,
        Instant assignedAt, LocalDate lastCheckIn) {
}
