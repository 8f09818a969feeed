package be.pillars.targetgroups.internal.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * A stored project, with anonymous counts of who takes part: never the participants or persons helped
 * themselves, so that any coordinator may see it.
 *
 * @param volunteers   how many core engagements of volunteers the project has
 * @param participants how many people from the target group take part as volunteers
 * @param activePairs  how many buddy pairs are running
 */
public record Project(UUID id, String name, String description, String coordinator, LocalDate startDate,
        LocalDate endDate, List<String> targetGroups, List<UUID> partners, int volunteers, int participants,
        int activePairs, String createdBy, Instant createdAt) {
}
