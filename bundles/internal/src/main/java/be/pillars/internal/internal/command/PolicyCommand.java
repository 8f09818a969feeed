package be.pillars.internal.internal.command;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import be.pillars.api.validation.Text;
import be.pillars.internal.internal.InternalPillar;
import be.pillars.internal.internal.Policy;
import be.pillars.internal.internal.services.ServicePolicies;

/**
 * {@code pillars:internal-policy}: the central policy in force, as {@code GET /api/internal/config} shows it,
 * then the services that override it and the overrides refused, as {@code GET /api/internal/policy} does.
 */
@Service
@Command(scope = "pillars", name = "internal-policy",
        description = "Shows the central appreciation and compensation policy / Toont het centrale beleid")
public class PolicyCommand implements Action {

    @Reference
    InternalPillar pillar;

    @Override
    public Object execute() {
        Policy policy = pillar.policy().inForce();
        ServicePolicies policies = pillar.servicePolicies();
        System.out.println("appreciationAmountPerVolunteer = " + policy.appreciationAmountPerVolunteer());
        System.out.println("serviceOverridesAllowed        = " + policy.serviceOverridesAllowed());
        System.out.println("defaultCompensationSystem      = " + policy.defaultCompensationSystem());
        System.out.println();
        System.out.println(policy.describe().in(Locale.getDefault()));
        if (pillar.policy().problem().isPresent()) {
            System.out.println();
            System.out.println(pillar.health().detail().in(Locale.getDefault()));
        }
        System.out.println();
        System.out.println("Service overrides in force / Afwijkingen per dienst van kracht:");
        for (ServicePolicies.EffectivePolicy service : policies.overridden()) {
            System.out.println("  " + service.serviceId() + "  appreciationAmountPerVolunteer = "
                    + service.appreciationAmountPerVolunteer() + ", defaultCompensationSystem = "
                    + service.defaultCompensationSystem() + "  (own: " + String.join(", ", service.overridden()) + ")");
        }
        for (ServicePolicies.Refusal refusal : policies.refusals()) {
            System.out.println(Text.printable("  REFUSED / GEWEIGERD " + refusal.pid() + " (" + refusal.key() + "): "
                    + refusal.reason().in(Locale.getDefault())));
        }
        return null;
    }
}
