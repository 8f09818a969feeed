package be.pillars.api.organisation;

import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A stored organisation.
 *
 * @param id        assigned by core
 * @param version   grows with every change; a change must name the version it was based on
 * @param data      what is known about the organisation
 * @param active    false once deactivated
 * @param createdAt when it was first stored
 * @param updatedAt when it last changed
 */
public record Organisation(UUID id, long version, @JsonUnwrapped OrganisationData data, boolean active,
        Instant createdAt, Instant updatedAt) {
}
