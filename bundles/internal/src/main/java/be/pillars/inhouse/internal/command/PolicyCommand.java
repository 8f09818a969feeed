package be.pillars.inhouse.internal.command;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import be.pillars.inhouse.internal.InternalPillar;
import be.pillars.inhouse.internal.Policy;

/** {@code pillars:internal-policy}: the central policy in force, as {@code GET /api/internal/config} shows it. */
@Service
@Command(scope = "pillars", name = "internal-policy",
        description = "Shows the central appreciation and compensation policy / Toont het centrale beleid")
public class PolicyCommand implements Action {

    @Reference
    InternalPillar pillar;

    @Override
    public Object execute() {
        Policy policy = pillar.policy().inForce();
        System.out.println("appreciationAmountPerVolunteer = " + policy.appreciationAmountPerVolunteer());
        System.out.printf("appreciationReferenceDate      = %02d-%02d%n", policy.appreciationReferenceDate().getMonthValue(),
                policy.appreciationReferenceDate().getDayOfMonth());
        System.out.println("serviceOverridesAllowed        = " + policy.serviceOverridesAllowed());
        System.out.println("defaultCompensationSystem      = " + policy.defaultCompensationSystem());
        System.out.println();
        System.out.println(policy.describe().in(Locale.getDefault()));
        if (pillar.policy().problem().isPresent()) {
            System.out.println();
            System.out.println(pillar.health().detail().in(Locale.getDefault()));
        }
        return null;
    }
}
