package be.pillars.core.internal.http;

import java.util.Optional;
import java.util.UUID;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.Caller;
import be.pillars.api.http.Role;
import be.pillars.api.organisation.OrganisationService;

/**
 * What a caller may see: coordinators and admins everything, a user with the {@code organisation} role only
 * what belongs to the organisation their login is linked to. Every core route that organisation users may
 * call asks this first.
 */
final class OrganisationScope {

    private final OrganisationService organisations;

    OrganisationScope(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** Empty when the caller sees everything; otherwise the one organisation the caller acts for. */
    Optional<UUID> restrictionOf(Caller caller) {
        if (caller.hasAnyRole(Role.COORDINATOR)) {
            return Optional.empty();
        }
        return Optional.of(organisations.organisationOf(caller.name()).orElseThrow(() -> new ApiException(403,
                "no_organisation", LocalizedText.of("Je login is aan geen organisatie gekoppeld",
                        "Your login is not linked to an organisation"), null)));
    }

    /** Refuses the caller unless they see everything or act for this organisation. */
    void requireAccessTo(Caller caller, UUID organisationId) {
        restrictionOf(caller).filter(own -> !own.equals(organisationId)).ifPresent(own -> {
            throw outside();
        });
    }

    static ApiException outside() {
        return new ApiException(403, "forbidden", LocalizedText.of(
                "Dit hoort niet bij jouw organisatie", "This does not belong to your organisation"), null);
    }
}
