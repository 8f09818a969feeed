package be.pillars.external.internal.vacancies;

import java.time.LocalDate;
import java.util.Set;
import java.util.UUID;

import be.pillars.api.engagement.EngagementKind;

/**
 * A vacancy as anyone sees it without logging in: what the work is, where and when, and how many places are
 * left; nothing about the people behind it (no author, no applicants).
 *
 * @param distanceKm from the searcher's place, when both it and the vacancy have coordinates
 */
public record OpenVacancy(UUID id, String organisationName, Text title, Text description,
        Set<String> mustHaveSkills, Set<String> niceToHaveSkills, Place place, Schedule time, EngagementKind kind,
        int placesLeft, LocalDate publishUntil, Double distanceKm) {

    static OpenVacancy of(Vacancy vacancy, String organisationName, Double distanceKm) {
        return new OpenVacancy(vacancy.id(), organisationName, vacancy.title(), vacancy.description(),
                vacancy.mustHaveSkills(), vacancy.niceToHaveSkills(), vacancy.place(), vacancy.time(), vacancy.kind(),
                vacancy.wanted() - vacancy.filled(), vacancy.publishUntil(), distanceKm);
    }
}
