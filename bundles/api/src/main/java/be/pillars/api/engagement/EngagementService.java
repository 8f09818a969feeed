package be.pillars.api.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;

import org.osgi.annotation.versioning.ProviderType;

import be.pillars.api.DomainException;
import be.pillars.api.Page;

/**
 * Engagements and their hours, stored by core. Changes are validated as a whole and either stored
 * completely or refused with a {@link DomainException} naming the field, changing nothing.
 * <p>
 * An engagement's status follows its dates: one stored without a status is {@code PLANNED} before its start,
 * {@code ACTIVE} from it and {@code ENDED} after its end, and core moves {@code PLANNED} and {@code ACTIVE}
 * engagements on as the days pass. A candidate volunteer who gets an engagement that is not cancelled becomes
 * {@code ACTIVE}; when a volunteer is deactivated or erased, their active engagements end that day and their
 * planned ones are cancelled.
 */
@ProviderType
public interface EngagementService {

    Engagement create(EngagementData data);

    Optional<Engagement> find(UUID id);

    /** @throws DomainException {@code STALE} when someone changed the engagement since that version */
    Engagement update(UUID id, long expectedVersion, EngagementData data);

    /** Ordered by start date (newest first), then id. */
    Page<Engagement> search(EngagementQuery query);

    /**
     * Hands every engagement the query's criteria match to {@code each}, in the order of {@link #search}, whatever
     * the query's limit and offset: for reports over all engagements, without holding them all in memory. They are
     * read page by page, so an engagement changed meanwhile may be seen as it was or as it is.
     */
    void forEachMatching(EngagementQuery query, Consumer<Engagement> each);

    /**
     * Sets the hours worked on one day, replacing what was registered for that day.
     *
     * @throws DomainException {@code INVALID} for a day outside the engagement or in the future, or hours
     *                         that are not more than 0 and at most 24 in quarters
     */
    Hours registerHours(UUID engagementId, LocalDate date, BigDecimal hours);

    /** The hours registered on an engagement, by day. */
    List<Hours> hours(UUID engagementId);

    /**
     * Who worked with an organisation during a period, each person once: everyone with an engagement there that was
     * under way in the period (active or ended, its dates overlapping it) or with hours registered in it, with the
     * hours they registered in the period (zero for those who register none). Occasional volunteers count as long
     * after their engagement ended as the period reaches back.
     *
     * @return hours by volunteer id, in no particular order
     * @throws DomainException {@code INVALID} when {@code to} lies before {@code from}
     */
    Map<UUID, BigDecimal> hoursWorked(UUID organisationId, LocalDate from, LocalDate to);
}
