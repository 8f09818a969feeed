package be.pillars.api.matching;

import java.util.List;
import java.util.UUID;

import be.pillars.api.LocalizedText;

/**
 * An explained suggestion of a volunteer for a vacancy.
 *
 * @param volunteerId   the volunteer
 * @param vacancyId     the vacancy
 * @param score         the weighted score, from 0 to 1, rounded to 4 decimals
 * @param contributions every scored component with its weight and reason
 */
public record Match(UUID volunteerId, UUID vacancyId, double score, List<Contribution> contributions) {

    public Match {
        contributions = List.copyOf(contributions);
    }

    /**
     * One component of a match.
     *
     * @param scorer the component's id, such as {@code distance}
     * @param score  the component's own score, from 0 to 1
     * @param weight the component's share of the total, from 0 to 1
     * @param reason why, in Dutch and English
     */
    public record Contribution(String scorer, double score, double weight, LocalizedText reason) {
    }
}
