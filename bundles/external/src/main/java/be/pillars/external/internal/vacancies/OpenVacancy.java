package be.pillars.external.internal.vacancies;

import java.time.Instant;
import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import be.pillars.api.engagement.EngagementKind;

/**
 * A vacancy as anyone sees it without logging in: what the work is, where and when, and how many places are
 * left, the languages asked and the street to go to; nothing about the people behind it (no author, no
 * applicants).
 *
 * @param version    grows with every change: of two answers about one vacancy the higher version is newer
 * @param updatedAt  when it last changed
 * @param distanceKm from the searcher's place, when both it and the vacancy have coordinates
 */
public record OpenVacancy(UUID id, long version, Instant updatedAt, String organisationName, Text title,
        Text description, Set<String> mustHaveSkills, Set<String> niceToHaveSkills, Set<String> languages,
        Place place, Schedule time, EngagementKind kind, int placesLeft, LocalDate publishUntil, Double distanceKm) {

    public static OpenVacancy of(Vacancy vacancy, String organisationName, Double distanceKm) {
        return new OpenVacancy(vacancy.id(), vacancy.version(), vacancy.updatedAt(), organisationName,
                vacancy.title(), vacancy.description(), vacancy.mustHaveSkills(), vacancy.niceToHaveSkills(),
                vacancy.languages(), vacancy.place(), vacancy.time(), vacancy.kind(),
                vacancy.wanted() - vacancy.filled(), vacancy.publishUntil(), distanceKm);
    }
}
