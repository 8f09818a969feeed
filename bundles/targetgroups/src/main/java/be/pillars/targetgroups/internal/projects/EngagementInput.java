package be.pillars.targetgroups.internal.projects;

import java.time.LocalDate;
import java.util.UUID;

import be.pillars.api.engagement.EngagementKind;

/**
 * A volunteer engaged in a project: becomes a core engagement owned by this pillar with one of the project's
 * partners.
 *
 * @param volunteerId    required, a core volunteer
 * @param organisationId required, one of the project's partners
 * @param role           required, what the volunteer does
 * @param kind           occasional or regular; required
 * @param startDate      required
 * @param endDate        optional
 */
public record EngagementInput(UUID volunteerId, UUID organisationId, String role, EngagementKind kind,
        LocalDate startDate, LocalDate endDate) {
}
