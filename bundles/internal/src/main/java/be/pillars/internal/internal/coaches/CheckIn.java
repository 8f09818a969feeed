package be.pillars.internal.internal.coaches;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A coach's conversation with a volunteer.
 *
 * @param notes null when the reader may not see them: only the coach who wrote them and admins may
 */
public record CheckIn(UUID id, UUID volunteerId, String coach, LocalDate date, String notes, Instant recordedAt) {

    /** What a coach sends to record a check-in. */
    public record Input(LocalDate date, String notes) {
    }
}
