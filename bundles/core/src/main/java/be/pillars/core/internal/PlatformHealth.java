package be.pillars.core.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.Health;
import be.pillars.api.HealthCheck;
import be.pillars.api.InstalledPillar;
import be.pillars.api.LocalizedText;
import be.pillars.api.PillarRegistry;

/**
 * The health of the platform: core itself, every {@link HealthCheck} service and every installed pillar.
 * The platform is DOWN when an essential part is down; pillars are never essential, because a municipality
 * may run without any of them.
 */
@Component(service = PlatformHealth.class)
public class PlatformHealth {

    private static final Logger LOG = LoggerFactory.getLogger(PlatformHealth.class);

    /** One line of the report. */
    public record Check(String name, boolean essential, Health.Status status, LocalizedText detail) {
    }

    /** The whole report; {@code status} is the worst that matters. */
    public record Report(Health.Status status, List<Check> checks) {

        /**
         * The report without the details, for callers who are not signed in: a detail names the database product
         * and version, configuration keys or connection errors, which tell an attacker what to try.
         */
        public Report withoutDetails() {
            return new Report(status, checks.stream()
                    .map(check -> new Check(check.name(), check.essential(), check.status(), null)).toList());
        }
    }

    private final PillarRegistry registry;
    private final Map<ServiceReference<HealthCheck>, HealthCheck> checks = new ConcurrentHashMap<>();

    @Activate
    public PlatformHealth(@Reference PillarRegistry registry) {
        this.registry = registry;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addCheck(HealthCheck check, ServiceReference<HealthCheck> reference) {
        checks.put(reference, check);
    }

    void removeCheck(HealthCheck check, ServiceReference<HealthCheck> reference) {
        checks.remove(reference);
    }

    public Report report() {
        List<InstalledPillar> pillars = registry.installed();
        List<Check> lines = new ArrayList<>();
        lines.add(new Check("core", true, Health.Status.UP, LocalizedText.of(
                pillars.size() + " pijler(s) geïnstalleerd", pillars.size() + " pillar(s) installed")));
        checks.values().stream()
                .map(PlatformHealth::run)
                .sorted((a, b) -> a.name().compareTo(b.name()))
                .forEach(lines::add);
        pillars.forEach(pillar -> lines.add(new Check("pillar:" + pillar.id(), false, pillar.state(),
                pillar.stateDetail())));
        return new Report(overall(lines), List.copyOf(lines));
    }

    /** DOWN if an essential check is down; DEGRADED if anything else is not UP; UP otherwise. */
    static Health.Status overall(List<Check> lines) {
        Health.Status worst = Health.Status.UP;
        for (Check line : lines) {
            Health.Status counted = line.essential() || line.status() == Health.Status.UP
                    ? line.status() : Health.Status.DEGRADED;
            if (counted.compareTo(worst) > 0) {
                worst = counted;
            }
        }
        return worst;
    }

    private static Check run(HealthCheck check) {
        Health health;
        try {
            health = check.check();
        } catch (RuntimeException e) {
            LOG.warn("Health check '{}' failed", check.name(), e);
            health = Health.down(LocalizedText.of("De controle faalde: " + e, "The check failed: " + e));
        }
        return new Check(check.name(), check.essential(), health.status(), health.detail());
    }
}
