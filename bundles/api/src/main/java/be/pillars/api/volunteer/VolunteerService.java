package be.pillars.api.volunteer;

import java.util.Optional;
import java.util.UUID;

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
}
