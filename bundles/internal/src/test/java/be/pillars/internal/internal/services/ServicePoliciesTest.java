package be.pillars.internal.internal.services;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Constants;

import be.pillars.api.Health;
import be.pillars.internal.internal.InternalPillar;
import be.pillars.internal.internal.Policy.CompensationSystem;
import be.pillars.internal.internal.PolicyConfiguration;

class ServicePoliciesTest {

    private static final UUID LIBRARY = UUID.fromString("00000000-0000-0000-0000-00000000000a");
    private static final UUID MUSEUM = UUID.fromString("00000000-0000-0000-0000-00000000000b");

    static PolicyConfiguration central(boolean overridesAllowed) {
        return new PolicyConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PolicyConfiguration.class;
            }

            @Override
            public String appreciationAmountPerVolunteer() {
                return "35";
            }

            @Override
            public boolean serviceOverridesAllowed() {
                return overridesAllowed;
            }

            @Override
            public String defaultCompensationSystem() {
                return "NONE";
            }
        };
    }

    static ServiceOverrideConfiguration override(String serviceId, String amount, String system) {
        return new ServiceOverrideConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return ServiceOverrideConfiguration.class;
            }

            @Override
            public String serviceId() {
                return serviceId;
            }

            @Override
            public String appreciationAmountPerVolunteer() {
                return amount;
            }

            @Override
            public String defaultCompensationSystem() {
                return system;
            }
        };
    }

    static ServiceOverride configured(String pid, ServiceOverrideConfiguration configuration) {
        return new ServiceOverride(configuration, Map.of(Constants.SERVICE_PID, pid));
    }

    private final InternalPillar pillar = new InternalPillar(central(true));
    private final ServicePolicies policies = pillar.servicePolicies();

    @Test
    void aServiceWithoutOverrideFollowsTheCentralPolicy() {
        ServicePolicies.EffectivePolicy effective = policies.effective(LIBRARY);
        assertEquals(new BigDecimal("35.00"), effective.appreciationAmountPerVolunteer());
        assertEquals(CompensationSystem.NONE, effective.defaultCompensationSystem());
        assertEquals(List.of(), effective.overridden());
        assertEquals(Health.Status.UP, pillar.health().status());
    }

    @Test
    void anOverrideReplacesOnlyTheKeysItSets() {
        pillar.bindServiceOverride(configured("be.pillars.internal.service~library", override(LIBRARY.toString(), "50",
                "")));
        pillar.bindServiceOverride(configured("be.pillars.internal.service~museum", override(MUSEUM.toString(), " ",
                "LUMP_SUM")));
        ServicePolicies.EffectivePolicy library = policies.effective(LIBRARY);
        assertEquals(new BigDecimal("50.00"), library.appreciationAmountPerVolunteer());
        assertEquals(CompensationSystem.NONE, library.defaultCompensationSystem());
        assertEquals(List.of("appreciationAmountPerVolunteer"), library.overridden());
        ServicePolicies.EffectivePolicy museum = policies.effective(MUSEUM);
        assertEquals(new BigDecimal("35.00"), museum.appreciationAmountPerVolunteer());
        assertEquals(CompensationSystem.LUMP_SUM, museum.defaultCompensationSystem());
        assertEquals(2, policies.overridden().size());
        assertEquals(List.of(), policies.refusals());
    }

    @Test
    void theCompensationSystemOfAServiceIsItsOwnElseTheCentralOne() {
        pillar.bindServiceOverride(configured("be.pillars.internal.service~museum", override(MUSEUM.toString(), "",
                "LUMP_SUM")));
        assertEquals(CompensationSystem.LUMP_SUM, policies.compensationSystem(MUSEUM));
        assertEquals(CompensationSystem.NONE, policies.compensationSystem(LIBRARY));
        assertEquals(CompensationSystem.NONE, policies.compensationSystem(null));
        pillar.modified(central(false));
        assertEquals(CompensationSystem.NONE, policies.compensationSystem(MUSEUM));
    }

    @Test
    void overridesAreRefusedWhileTheCentralPolicyDoesNotAllowThem() {
        ServiceOverride library = configured("be.pillars.internal.service~library", override(LIBRARY.toString(), "50",
                "REAL_COSTS"));
        pillar.bindServiceOverride(library);
        pillar.modified(central(false));
        assertEquals(new BigDecimal("35.00"), policies.effective(LIBRARY).appreciationAmountPerVolunteer());
        assertEquals(List.of(), policies.overridden());
        ServicePolicies.Refusal refusal = policies.refusals().get(0);
        assertEquals("serviceOverridesAllowed", refusal.key());
        assertEquals(LIBRARY, refusal.serviceId());
        Health health = pillar.health();
        assertEquals(Health.Status.DEGRADED, health.status());
        assertTrue(health.detail().en().contains("be.pillars.internal.service~library"), health.detail().en());
        assertTrue(health.detail().nl().contains("geen afwijkingen"), health.detail().nl());

        pillar.modified(central(true));
        assertEquals(new BigDecimal("50.00"), policies.effective(LIBRARY).appreciationAmountPerVolunteer());
        pillar.unbindServiceOverride(library);
        assertEquals(new BigDecimal("35.00"), policies.effective(LIBRARY).appreciationAmountPerVolunteer());
    }

    @Test
    void anInvalidOverrideIsRefusedNamingTheKeyAndAValidOneStaysInForce() {
        ServiceOverride museum = configured("be.pillars.internal.service~museum", override(MUSEUM.toString(), "40",
                ""));
        pillar.bindServiceOverride(museum);
        museum.modified(override(MUSEUM.toString(), "-3", ""));
        assertEquals(new BigDecimal("40.00"), policies.effective(MUSEUM).appreciationAmountPerVolunteer());
        assertEquals("appreciationAmountPerVolunteer", policies.refusals().get(0).key());

        pillar.bindServiceOverride(configured("be.pillars.internal.service~nobody", override("library", "40", "")));
        pillar.bindServiceOverride(configured("be.pillars.internal.service~system", override(LIBRARY.toString(), "",
                "CASH")));
        assertEquals(List.of("appreciationAmountPerVolunteer", "serviceId", "defaultCompensationSystem"),
                policies.refusals().stream().map(ServicePolicies.Refusal::key).toList());
        assertEquals(Health.Status.DEGRADED, pillar.health().status());
    }

    @Test
    void aRefusedCentralPolicyOutweighsRefusedOverridesInThePillarsHealth() {
        pillar.modified(central(false));
        pillar.bindServiceOverride(configured("be.pillars.internal.service~a", override(LIBRARY.toString(), "40", "")));
        assertEquals(Health.Status.DEGRADED, pillar.health().status());
        PolicyConfiguration broken = central(false);
        pillar.modified(new PolicyConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PolicyConfiguration.class;
            }

            @Override
            public String appreciationAmountPerVolunteer() {
                return "lots";
            }

            @Override
            public boolean serviceOverridesAllowed() {
                return broken.serviceOverridesAllowed();
            }

            @Override
            public String defaultCompensationSystem() {
                return broken.defaultCompensationSystem();
            }
        });
        assertEquals(Health.Status.DOWN, pillar.health().status());
        assertTrue(pillar.health().detail().en().contains("appreciationAmountPerVolunteer"));
    }

    @Test
    void aSecondOverrideForTheSameServiceIsRefused() {
        pillar.bindServiceOverride(configured("be.pillars.internal.service~a", override(LIBRARY.toString(), "40", "")));
        pillar.bindServiceOverride(configured("be.pillars.internal.service~b", override(LIBRARY.toString(), "60", "")));
        assertEquals(new BigDecimal("40.00"), policies.effective(LIBRARY).appreciationAmountPerVolunteer());
        ServicePolicies.Refusal refusal = policies.refusals().get(0);
        assertEquals("be.pillars.internal.service~b", refusal.pid());
        assertEquals("serviceId", refusal.key());
    }
}
