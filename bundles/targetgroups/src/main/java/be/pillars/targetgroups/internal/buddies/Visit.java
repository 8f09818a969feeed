package be.pillars.targetgroups.internal.buddies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A visit of a buddy: when, how long, and a short note.
 *
 * @param minutes how long, 1 to 1440
 * @param note    at most 500 characters, optional
 */
public record Visit(UUID id, UUID pairId, LocalDate date, int minutes, String note, String recordedBy,
        Instant recordedAt) {

    /** What is sent to log a visit. */
    public record Input(LocalDate date, Integer minutes, String note) {
    }
}
