package be.pillars.api.organisation;

import java.util.Optional;
import java.util.UUID;

import org.osgi.annotation.versioning.ProviderType;

import be.pillars.api.DomainException;
import be.pillars.api.Page;

/**
 * The organisations of the municipality, stored by core. Changes are validated as a whole and either
 * stored completely or refused with a {@link DomainException} naming the field, changing nothing.
 */
@ProviderType
public interface OrganisationService {

    Organisation create(OrganisationData data);

    Optional<Organisation> find(UUID id);

    /** @throws DomainException {@code STALE} when someone changed the organisation since that version */
    Organisation update(UUID id, long expectedVersion, OrganisationData data);

    /** Marks an organisation inactive, keeping everything else. */
    Organisation deactivate(UUID id, long expectedVersion);

    /** Ordered by name, then id. */
    Page<Organisation> search(OrganisationQuery query);

    /**
     * Links a login of the JAAS realm (a user with the {@code organisation} role) to the organisation it acts
     * for, replacing an earlier link; such a user sees only what belongs to that organisation.
     */
    void linkMember(UUID organisationId, String username);

    /** Removes the link of a login, if any. */
    void unlinkMember(String username);

    /** The organisation a login acts for, if it is linked to one. */
    Optional<UUID> organisationOf(String username);
}
