package be.pillars.internal.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import be.pillars.api.Health;
import be.pillars.api.LocalizedText;
import be.pillars.api.Pillar;
import be.pillars.api.config.CheckedConfiguration;
import be.pillars.internal.internal.services.ServiceOverride;
import be.pillars.internal.internal.services.ServicePolicies;

/** The internal pillar: the city's own volunteers under one appreciation and compensation policy. */
@Component(service = {Pillar.class, InternalPillar.class}, configurationPid = InternalPillar.PID)
@Designate(ocd = PolicyConfiguration.class)
public class InternalPillar implements Pillar {

    static final String ID = "internal";
    static final String PID = "be.pillars.internal";

    private final CheckedConfiguration<Policy> policy = new CheckedConfiguration<>(PID, Policy.DEFAULTS);
    private final ServicePolicies servicePolicies = new ServicePolicies(policy::inForce);

    @Activate
    public InternalPillar(PolicyConfiguration configuration) {
        modified(configuration);
    }

    @Modified
    public void modified(PolicyConfiguration configuration) {
        policy.apply(() -> Policy.from(configuration));
    }

    /** Each factory configuration of a service's own policy; {@link ServicePolicies} decides if it is honoured. */
    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    public void bindServiceOverride(ServiceOverride override) {
        servicePolicies.add(override);
    }

    public void unbindServiceOverride(ServiceOverride override) {
        servicePolicies.remove(override);
    }

    public CheckedConfiguration<Policy> policy() {
        return policy;
    }

    /** The policy in force for each service: the central one with the service's override where allowed. */
    public ServicePolicies servicePolicies() {
        return servicePolicies;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Intern vrijwilligersbeleid", "Internal volunteer policy");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "De eigen vrijwilligers van de stad in alle diensten: één transparant waarderings- en "
                        + "vergoedingsbeleid, onkostenvergoedingen binnen de wet, vrijwilligerscoaches en feesten.",
                "The city's own volunteers across its services: one transparent appreciation and compensation "
                        + "policy, expense allowances within the law, volunteer coaches and events.");
    }

    @Override
    public Health health() {
        LocalizedText inForce = LocalizedText.of("Beleid van kracht", "Policy in force");
        // a refused central policy (DOWN) outweighs refused service overrides (DEGRADED)
        return policy.problem().isPresent() ? policy.health(inForce) : servicePolicies.health(inForce);
    }
}
