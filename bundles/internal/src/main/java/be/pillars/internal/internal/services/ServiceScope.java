package be.pillars.internal.internal.services;

import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.Caller;
import be.pillars.api.http.Role;
import be.pillars.api.organisation.OrganisationService;

/**
 * What a login with the {@code organisation} role may see of this pillar: only the service it is linked to
 * (core's {@code PUT /api/organisations/{id}/members/{login}}). Coordinators and admins see every service.
 */
@Component(service = ServiceScope.class)
public class ServiceScope {

    private final OrganisationService organisations;

    @Activate
    public ServiceScope(@Reference OrganisationService organisations) {
        this.organisations = organisations;
    }

    /** @throws ApiException 403 when the caller acts for another organisation, or for none */
    public void requireAccessTo(Caller caller, UUID serviceId) {
        if (caller.hasAnyRole(Role.COORDINATOR)) {
            return;
        }
        if (!organisations.organisationOf(caller.name()).map(serviceId::equals).orElse(false)) {
            throw new ApiException(403, "outside_organisation", LocalizedText.of(
                    "Dit hoort niet bij de dienst waarvoor je werkt", "This does not belong to the service you work for"),
                    null);
        }
    }
}
