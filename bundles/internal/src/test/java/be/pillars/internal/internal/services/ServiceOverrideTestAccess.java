package be.pillars.internal.internal.services;

import java.util.UUID;

import be.pillars.internal.internal.PolicyConfiguration;

/** Lets tests of other packages of this pillar configure the central policy and service overrides. */
public final class ServiceOverrideTestAccess {

    private ServiceOverrideTestAccess() {
    }

    public static PolicyConfiguration central(boolean overridesAllowed) {
        return ServicePoliciesTest.central(overridesAllowed);
    }

    /** Binds an override of the appreciation amount of one service, as Config Admin and DS would. */
    public static void override(ServicePolicies policies, String pid, UUID serviceId, String amount) {
        policies.add(ServicePoliciesTest.configured(pid, ServicePoliciesTest.override(serviceId.toString(),
                amount, "")));
    }
}
