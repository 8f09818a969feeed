package be.pillars.internal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;

import org.junit.jupiter.api.Test;

import be.pillars.api.Health;
import be.pillars.api.config.InvalidConfigurationException;

class PolicyTest {

    private static PolicyConfiguration configuration(String amount, String system) {
        return new PolicyConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return PolicyConfiguration.class;
            }

            @Override
            public String appreciationAmountPerVolunteer() {
                return amount;
            }

            @Override
            public boolean serviceOverridesAllowed() {
                return false;
            }

            @Override
            public String defaultCompensationSystem() {
                return system;
            }
        };
    }

    @Test
    void readsAValidConfiguration() {
        Policy policy = Policy.from(configuration("40", "LUMP_SUM"));
        assertEquals(new BigDecimal("40.00"), policy.appreciationAmountPerVolunteer());
        assertEquals(Policy.CompensationSystem.LUMP_SUM, policy.defaultCompensationSystem());
    }

    @Test
    void namesTheKeyOfEachInvalidValue() {
        assertEquals("appreciationAmountPerVolunteer", assertThrows(InvalidConfigurationException.class,
                () -> Policy.from(configuration("-5", "NONE"))).key());
        assertEquals("defaultCompensationSystem", assertThrows(InvalidConfigurationException.class,
                () -> Policy.from(configuration("35", "CASH"))).key());
    }

    @Test
    void describesThePolicyInBothLanguages() {
        Policy policy = Policy.from(configuration("35.00", "NONE"));
        assertEquals("One appreciation and compensation policy for all services. Appreciation budget: EUR 35.00 "
                + "per volunteer who worked for the service in the year. Default compensation system: no allowance. "
                + "Services follow the central policy without exceptions.", policy.describe().en());
        assertEquals("Eén waarderings- en vergoedingsbeleid voor alle diensten. Waarderingsbudget: EUR 35.00 "
                + "per vrijwilliger die in het jaar voor de dienst werkte. Standaard vergoedingssysteem: geen "
                + "vergoeding. Diensten volgen het centrale beleid zonder afwijkingen.", policy.describe().nl());
    }

    @Test
    void aRefusedChangeKeepsThePolicyInForceAndMarksThePillarDown() {
        InternalPillar pillar = new InternalPillar(configuration("50", "NONE"));
        pillar.modified(configuration("fifty", "NONE"));
        assertEquals(new BigDecimal("50.00"), pillar.policy().inForce().appreciationAmountPerVolunteer());
        assertEquals(Health.Status.DOWN, pillar.health().status());
    }
}
