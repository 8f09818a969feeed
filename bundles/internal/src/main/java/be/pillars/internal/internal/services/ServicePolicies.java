package be.pillars.internal.internal.services;

import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import java.util.stream.Collectors;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.Health;
import be.pillars.api.LocalizedText;
import be.pillars.api.config.CheckedConfiguration;
import be.pillars.internal.internal.Policy;
import be.pillars.internal.internal.Policy.CompensationSystem;

/**
 * The policy in force for each service: the central policy, with the service's override where the central
 * policy allows overrides. An override that is refused (overrides not allowed, an invalid value, a second
 * override for the same service) is logged and named in the pillar's health; the central policy applies then.
 * The internal pillar holds it and feeds it the overrides DS binds.
 */
public class ServicePolicies {

    private static final Logger LOG = LoggerFactory.getLogger(ServicePolicies.class);

    /**
     * @param overridden the keys the service's own configuration decides, empty when it follows the central policy
     */
    public record EffectivePolicy(UUID serviceId, BigDecimal appreciationAmountPerVolunteer,
            CompensationSystem defaultCompensationSystem, List<String> overridden) {
    }

    /** An override that is not honoured, with the configuration key at fault and why. */
    public record Refusal(String pid, UUID serviceId, String key, LocalizedText reason) {
    }

    private final Supplier<Policy> central;
    private final Map<String, ServiceOverride> overrides = new ConcurrentHashMap<>();
    private final Set<Refusal> logged = ConcurrentHashMap.newKeySet();

    /** @param central the central policy in force at each moment */
    public ServicePolicies(Supplier<Policy> central) {
        this.central = central;
    }

    public void add(ServiceOverride override) {
        overrides.put(override.pid(), override);
    }

    public void remove(ServiceOverride override) {
        overrides.remove(override.pid(), override);
    }

    public Policy central() {
        return central.get();
    }

    /** The policy in force for one service. */
    public EffectivePolicy effective(UUID serviceId) {
        return effective(serviceId, honoured().get(serviceId));
    }

    /**
     * The default compensation system for work at a service: its own where its override sets one, else the
     * central one; the central one for no service ({@code null}).
     */
    public CompensationSystem compensationSystem(UUID serviceId) {
        return serviceId == null ? central().defaultCompensationSystem()
                : effective(serviceId).defaultCompensationSystem();
    }

    /** The policy of every service that has an honoured override; any other service follows the central one. */
    public List<EffectivePolicy> overridden() {
        return honoured().entrySet().stream().map(entry -> effective(entry.getKey(), entry.getValue()))
                .sorted(Comparator.comparing(policy -> policy.serviceId().toString())).toList();
    }

    private EffectivePolicy effective(UUID serviceId, ServiceOverride.Values values) {
        Policy central = central();
        if (values == null) {
            return new EffectivePolicy(serviceId, central.appreciationAmountPerVolunteer(),
                    central.defaultCompensationSystem(), List.of());
        }
        List<String> keys = new ArrayList<>();
        if (values.appreciationAmountPerVolunteer() != null) {
            keys.add("appreciationAmountPerVolunteer");
        }
        if (values.defaultCompensationSystem() != null) {
            keys.add("defaultCompensationSystem");
        }
        return new EffectivePolicy(serviceId,
                values.appreciationAmountPerVolunteer() == null ? central.appreciationAmountPerVolunteer()
                        : values.appreciationAmountPerVolunteer(),
                values.defaultCompensationSystem() == null ? central.defaultCompensationSystem()
                        : values.defaultCompensationSystem(),
                List.copyOf(keys));
    }

    /** The values honoured now, by service. */
    private Map<UUID, ServiceOverride.Values> honoured() {
        Map<UUID, ServiceOverride.Values> honoured = new HashMap<>();
        if (!central().serviceOverridesAllowed()) {
            return honoured;
        }
        for (ServiceOverride override : byPid()) {
            ServiceOverride.Values values = override.snapshot().inForce();
            if (values != null) {
                honoured.putIfAbsent(values.serviceId(), values);
            }
        }
        return honoured;
    }

    private List<ServiceOverride> byPid() {
        return overrides.values().stream().sorted(Comparator.comparing(ServiceOverride::pid)).toList();
    }

    /** Every override that is not (wholly) honoured now; each new one is logged once. */
    public List<Refusal> refusals() {
        List<Refusal> refusals = new ArrayList<>();
        boolean allowed = central().serviceOverridesAllowed();
        Map<UUID, String> first = new HashMap<>();
        for (ServiceOverride override : byPid()) {
            CheckedConfiguration.Snapshot<ServiceOverride.Values> snapshot = override.snapshot();
            UUID serviceId = snapshot.inForce() == null ? null : snapshot.inForce().serviceId();
            if (snapshot.problem() != null) {
                refusals.add(new Refusal(override.pid(), serviceId, snapshot.problem().key(), snapshot.problem()
                        .message()));
            }
            if (serviceId == null) {
                continue;
            }
            if (!allowed) {
                refusals.add(new Refusal(override.pid(), serviceId, "serviceOverridesAllowed", LocalizedText.of(
                        "het centrale beleid staat geen afwijkingen per dienst toe; het centrale beleid geldt",
                        "the central policy allows no overrides per service; the central policy applies")));
            } else if (first.putIfAbsent(serviceId, override.pid()) != null) {
                refusals.add(new Refusal(override.pid(), serviceId, "serviceId", LocalizedText.of(
                        "deze dienst heeft al een afwijking (" + first.get(serviceId) + ")",
                        "this service already has an override (" + first.get(serviceId) + ")")));
            }
        }
        for (Refusal refusal : refusals) {
            if (logged.add(refusal)) {
                LOG.warn("Service override {} refused ({}): {}", refusal.pid(), refusal.key(), refusal.reason().en());
            }
        }
        logged.retainAll(refusals);
        return refusals;
    }

    /** UP with the given detail while every override is honoured, DEGRADED naming each refused one. */
    public Health health(LocalizedText whenAllHonoured) {
        List<Refusal> refusals = refusals();
        if (refusals.isEmpty()) {
            return Health.up(whenAllHonoured);
        }
        return Health.degraded(LocalizedText.of(
                "Afwijking(en) per dienst geweigerd: " + refusals.stream().map(refusal -> refusal.pid() + " ("
                        + refusal.key() + "): " + refusal.reason().nl()).collect(Collectors.joining("; ")),
                "Service override(s) refused: " + refusals.stream().map(refusal -> refusal.pid() + " ("
                        + refusal.key() + "): " + refusal.reason().en()).collect(Collectors.joining("; "))));
    }
}
