package be.pillars.api.engagement;

import java.time.LocalDate;
import java.util.UUID;

/**
 * What a caller sends to create or replace an engagement.
 *
 * @param volunteerId    the volunteer; required and must exist
 * @param organisationId the organisation; required and must exist
 * @param role           what the volunteer does, such as "onthaal"; required
 * @param kind           occasional or regular; required
 * @param startDate      required
 * @param endDate        optional; not before the start
 * @param status         {@code PLANNED} when not given
 * @param pillar         the id of the pillar that owns the engagement, such as {@code external}; required
 */
public record EngagementData(UUID volunteerId, UUID organisationId, String role, EngagementKind kind,
        LocalDate startDate, LocalDate endDate, EngagementStatus status, String pillar) {
}
