package be.pillars.api.engagement;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A stored engagement.
 *
 * @param id        assigned by core
 * @param version   grows with every change; a change must name the version it was based on
 * @param data      what was agreed
 * @param createdAt when it was first stored
 * @param updatedAt when it last changed
 */
public record Engagement(UUID id, long version, @JsonUnwrapped EngagementData data, Instant createdAt,
        Instant updatedAt) {
}
