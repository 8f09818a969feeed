package be.pillars.api.volunteer;

import java.util.List;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;

import org.osgi.annotation.versioning.ProviderType;

import be.pillars.api.DomainException;
import be.pillars.api.Page;

/**
 * The volunteers of the municipality, stored by core. Every change is validated as a whole and either
 * stored completely or refused with a {@link DomainException} that names the field, changing nothing.
 */
@ProviderType
public interface VolunteerService {

    /** Stores a new volunteer; status is {@code CANDIDATE} unless given. */
    Volunteer create(VolunteerData data);

    Optional<Volunteer> find(UUID id);

    /** The volunteer with this e-mail address (unique; compared in lower case, surrounding spaces aside). */
    Optional<Volunteer> findByEmail(String email);

    /**
     * Replaces what is known about a volunteer.
     *
     * @param expectedVersion the version the caller based the change on
     * @throws DomainException {@code STALE} when someone changed the volunteer since that version
     */
    Volunteer update(UUID id, long expectedVersion, VolunteerData data);

    /** Marks a volunteer inactive, keeping everything else. */
    Volunteer deactivate(UUID id, long expectedVersion);

    /** Ordered by last name, first name, id. */
    Page<Volunteer> search(VolunteerQuery query);

    /**
     * Hands every volunteer the query's criteria match to {@code each}, in the order of {@link #search}, whatever
     * the query's limit and offset: for exports, without holding them all in memory. They are read page by page,
     * so a volunteer changed meanwhile may be seen as it was or as it is.
     */
    void forEachMatching(VolunteerQuery query, Consumer<Volunteer> each);

    /**
     * Checks many new volunteers as {@link #importAll} would, storing nothing.
     *
     * @return every problem, with the 1-based position of the volunteer in the list; empty when all are fine
     */
    List<DomainException.Problem> check(List<VolunteerData> volunteers);

    /**
     * Stores many new volunteers at once, all or none: every one is checked (also against each other and
     * against those stored) before any is stored.
     *
     * @param progress told how many are stored so far, now and then, for a long import
     * @return how many were stored
     * @throws DomainException {@code INVALID} with code {@code invalid_rows}, listing every problem with its
     *                         1-based position in the list, when any volunteer is refused; nothing is stored
     */
    int importAll(List<VolunteerData> volunteers, IntConsumer progress);
}
