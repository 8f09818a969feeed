package be.pillars.internal.internal.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** The proof of the information duty: which version of the note a volunteer received, and when. */
public record Receipt(UUID volunteerId, int version, LocalDate receivedOn, String recordedBy, Instant recordedAt) {

    /** What a coordinator sends to record that a volunteer received a version. */
    public record Input(Integer version, LocalDate receivedOn) {
    }
}
