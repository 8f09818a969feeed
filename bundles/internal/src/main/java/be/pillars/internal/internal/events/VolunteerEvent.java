package be.pillars.internal.internal.events;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/** A thank-you event for the city's volunteers, such as the yearly party or the volunteer breakfast. */
public record VolunteerEvent(UUID id, String name, EventKind kind, LocalDate date, String description,
        String createdBy, Instant createdAt) {

    /** What a coordinator sends to create an event. */
    public record Input(String name, EventKind kind, LocalDate date, String description) {
    }
}
