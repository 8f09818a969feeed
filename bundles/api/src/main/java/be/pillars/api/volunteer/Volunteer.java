package be.pillars.api.volunteer;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A stored volunteer.
 *
 * @param id        assigned by core
 * @param version   grows with every change; a change must name the version it was based on
 * @param data      what is known about the volunteer
 * @param createdAt when the volunteer was first stored
 * @param updatedAt when the volunteer last changed
 */
public record Volunteer(UUID id, long version, @JsonUnwrapped VolunteerData data, Instant createdAt,
        Instant updatedAt) {
}
