package be.pillars.internal.internal.services;

import java.util.List;
import java.util.UUID;

/** A service, by id and name, with the policy in force for it. */
record NamedPolicy(UUID id, String name, ServicePolicies.EffectivePolicy policy) {

    /** Every active service, by name. */
    static List<NamedPolicy> all(ServiceDirectory directory, ServicePolicies policies) {
        return directory.services().stream().map(service -> new NamedPolicy(service.id(), service.data().name(),
                policies.effective(service.id()))).toList();
    }
}
