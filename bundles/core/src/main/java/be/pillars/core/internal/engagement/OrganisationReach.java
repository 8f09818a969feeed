package be.pillars.core.internal.engagement;

import java.util.List;
import java.util.UUID;

import be.pillars.api.engagement.EngagementQuery;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.engagement.EngagementStatus;

/**
 * Which volunteers an organisation's users may read: those with an engagement of that organisation that is
 * planned, running or ended. A cancelled engagement does not count: the organisation never worked with the
 * person, or no longer will, so that it was once proposed gives it no reason to read their data.
 */
public final class OrganisationReach {

    /** Named rather than "all but cancelled", so that a status added later grants nothing until decided here. */
    private static final List<EngagementStatus> READABLE = List.of(EngagementStatus.ACTIVE, EngagementStatus.PLANNED,
            EngagementStatus.ENDED);

    private OrganisationReach() {
    }

    public static boolean reaches(EngagementService engagements, UUID organisationId, UUID volunteerId) {
        return READABLE.stream().anyMatch(status -> engagements.search(new EngagementQuery(volunteerId,
                organisationId, null, null, status, 1, 0)).total() > 0);
    }
}
