package be.pillars.targetgroups.internal.projects;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import be.pillars.api.DomainException;
import be.pillars.api.validation.Fields;

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

    /**
     * The organisation, when it is one of the project's partners: the only organisations its volunteers are engaged
     * with.
     *
     * @throws DomainException naming {@code organisationId} when it is missing or not a partner
     */
    public UUID partner(UUID organisationId) {
        UUID organisation = Fields.present("organisationId", organisationId);
        if (!partners.contains(organisation)) {
            throw Fields.invalid("not_a_partner", "organisationId", "Deze organisatie is geen partner van het project",
                    "This organisation is not a partner of the project");
        }
        return organisation;
    }
}
