package be.pillars.api.engagement;

import java.util.UUID;

/**
 * A search for engagements; every criterion left null matches everyone.
 *
 * @param volunteerId    engagements of this volunteer
 * @param organisationId engagements with this organisation
 * @param pillar         engagements owned by this pillar
 * @param kind           exact kind
 * @param status         exact status
 * @param limit          page size, 1 to {@link #MAX_LIMIT}
 * @param offset         how many results to skip
 */
public record EngagementQuery(UUID volunteerId, UUID organisationId, String pillar, EngagementKind kind,
        EngagementStatus status, int limit, int offset) {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;
}
