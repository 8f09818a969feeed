package be.pillars.core.internal;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.Health;
import be.pillars.api.InstalledPillar;
import be.pillars.api.LocalizedText;
import be.pillars.api.Pillar;
import be.pillars.api.PillarRegistry;

/**
 * Tracks every {@link Pillar} service as it comes and goes. The OSGi service registry is the only record of
 * what is installed: this class keeps references to the live services, never a list of its own.
 */
@Component(service = PillarRegistry.class)
public class PillarRegistryImpl implements PillarRegistry {

    private static final Logger LOG = LoggerFactory.getLogger(PillarRegistryImpl.class);

    /** Paths under /api that core serves itself, so no pillar may take them as its id. */
    static final Set<String> RESERVED_IDS = Set.of("pillars", "health", "skills", "volunteers", "organisations", "engagements", "audit");

    private final Map<ServiceReference<Pillar>, Pillar> pillars = new ConcurrentHashMap<>();

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addPillar(Pillar pillar, ServiceReference<Pillar> reference) {
        String id = pillar.id();
        if (id == null || !id.matches(Pillar.ID_PATTERN) || RESERVED_IDS.contains(id)) {
            LOG.warn("Ignoring pillar from bundle {}: id '{}' must match {} and not be one of {}",
                    reference.getBundle().getSymbolicName(), id, Pillar.ID_PATTERN, RESERVED_IDS);
            return;
        }
        pillars.put(reference, pillar);
        LOG.info("Pillar '{}' installed by bundle {}", id, reference.getBundle().getSymbolicName());
    }

    void removePillar(Pillar pillar, ServiceReference<Pillar> reference) {
        if (pillars.remove(reference) != null) {
            LOG.info("Pillar '{}' removed", pillar.id());
        }
    }

    @Override
    public List<InstalledPillar> installed() {
        // Two services with the same id: the one with the highest service ranking (then the oldest) wins.
        Map<String, Map.Entry<ServiceReference<Pillar>, Pillar>> winners = new TreeMap<>();
        for (Map.Entry<ServiceReference<Pillar>, Pillar> entry : Map.copyOf(pillars).entrySet()) {
            winners.merge(entry.getValue().id(), entry,
                    (a, b) -> a.getKey().compareTo(b.getKey()) >= 0 ? a : b);
        }
        return winners.values().stream()
                .map(entry -> describe(entry.getKey(), entry.getValue()))
                .flatMap(Optional::stream)
                .toList();
    }

    @Override
    public Optional<InstalledPillar> find(String id) {
        return installed().stream().filter(pillar -> pillar.id().equals(id)).findFirst();
    }

    /** Empty when the pillar's bundle went away while it was being described. */
    private static Optional<InstalledPillar> describe(ServiceReference<Pillar> reference, Pillar pillar) {
        Bundle bundle = reference.getBundle();
        if (bundle == null) {
            return Optional.empty();
        }
        Health health = healthOf(pillar);
        return Optional.of(new InstalledPillar(pillar.id(), pillar.name(), pillar.description(),
                bundle.getVersion().toString(), health.status(), health.detail()));
    }

    static Health healthOf(Pillar pillar) {
        try {
            return pillar.health();
        } catch (RuntimeException e) {
            LOG.warn("Health check of pillar '{}' failed", pillar.id(), e);
            return Health.down(LocalizedText.of("De gezondheidscontrole faalde: " + e,
                    "The health check failed: " + e));
        }
    }

}
