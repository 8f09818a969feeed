package be.pillars.api.http;

import java.util.Optional;
import java.util.UUID;

import be.pillars.api.LocalizedText;
import be.pillars.api.organisation.OrganisationService;

/**
 * What a caller may see: coordinators and admins everything, a user with the {@code organisation} role only
 * what belongs to the organisation their login is linked to ({@link OrganisationService#organisationOf}).
 */
public final class OrganisationScope {

    private final OrganisationService organisations;

    public OrganisationScope(OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** Empty when the caller sees everything; otherwise the one organisation the caller acts for. */
    public Optional<UUID> restrictionOf(Caller caller) {
        if (caller.hasAnyRole(Role.COORDINATOR)) {
            return Optional.empty();
        }
        return Optional.of(organisations.organisationOf(caller.name()).orElseThrow(() -> new ApiException(403,
                "no_organisation", LocalizedText.of("Je login is aan geen organisatie gekoppeld",
                        "Your login is not linked to an organisation"), null)));
    }

    /** Refuses the caller unless they see everything or act for this organisation. */
    public void requireAccessTo(Caller caller, UUID organisationId) {
        restrictionOf(caller).filter(own -> !own.equals(organisationId)).ifPresent(own -> {
            throw outside();
        });
    }

    /**
     * The organisation a search is limited to: the caller's own for organisation users (refusing another one
     * asked for), what was asked (or null for all) for everyone else.
     */
    public UUID filter(Caller caller, UUID asked) {
        return restrictionOf(caller).map(own -> {
            if (asked != null && !asked.equals(own)) {
                throw outside();
            }
            return own;
        }).orElse(asked);
    }

    public static ApiException outside() {
        return new ApiException(403, "forbidden", LocalizedText.of(
                "Dit hoort niet bij jouw organisatie", "This does not belong to your organisation"), null);
    }
}
