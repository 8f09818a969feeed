package be.pillars.external.internal.vacancies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import be.pillars.api.engagement.EngagementKind;

/**
 * A stored vacancy, as its organisation and the coordinators see it.
 *
 * @param version   grows with every change; a change names the version it was based on (If-Match)
 * @param languages ISO 639-1 codes of which a volunteer should speak one; empty when any will do
 * @param filled    how many applications were accepted
 */
public record Vacancy(UUID id, long version, UUID organisationId, Text title, Text description,
        Set<String> mustHaveSkills, Set<String> niceToHaveSkills, Set<String> languages, Place place, Schedule time,
        EngagementKind kind, int wanted, int filled, VacancyStatus status, LocalDate publishFrom,
        LocalDate publishUntil, String createdBy, Instant createdAt, Instant updatedAt) {
}
