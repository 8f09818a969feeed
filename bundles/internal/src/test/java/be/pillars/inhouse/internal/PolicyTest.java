package be.pillars.inhouse.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.lang.annotation.Annotation;
import java.math.BigDecimal;
import java.time.MonthDay;

import org.junit.jupiter.api.Test;

import be.pillars.api.Health;
import be.pillars.api.config.InvalidConfigurationException;

class PolicyTest {

    private static PolicyConfiguration configuration(String amount, String referenceDate, String system) {
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
            public String appreciationReferenceDate() {
                return referenceDate;
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
        Policy policy = Policy.from(configuration("40", "09-01", "LUMP_SUM"));
        assertEquals(new BigDecimal("40.00"), policy.appreciationAmountPerVolunteer());
        assertEquals(MonthDay.of(9, 1), policy.appreciationReferenceDate());
        assertEquals(Policy.CompensationSystem.LUMP_SUM, policy.defaultCompensationSystem());
    }

    @Test
    void namesTheKeyOfEachInvalidValue() {
        assertEquals("appreciationAmountPerVolunteer", assertThrows(InvalidConfigurationException.class,
                () -> Policy.from(configuration("-5", "01-01", "NONE"))).key());
        assertEquals("appreciationReferenceDate", assertThrows(InvalidConfigurationException.class,
                () -> Policy.from(configuration("35", "02-30", "NONE"))).key());
        assertEquals("defaultCompensationSystem", assertThrows(InvalidConfigurationException.class,
                () -> Policy.from(configuration("35", "01-01", "CASH"))).key());
    }

    @Test
    void describesThePolicyInBothLanguages() {
        Policy policy = Policy.from(configuration("35.00", "01-01", "NONE"));
        assertEquals("One appreciation and compensation policy for all services. Appreciation budget: EUR 35.00 "
                + "per active volunteer per year, counted on 1 January. Default compensation system: no allowance. "
                + "Services follow the central policy without exceptions.", policy.describe().en());
        assertEquals("Eén waarderings- en vergoedingsbeleid voor alle diensten. Waarderingsbudget: EUR 35.00 "
                + "per actieve vrijwilliger per jaar, geteld op 1 januari. Standaard vergoedingssysteem: geen "
                + "vergoeding. Diensten volgen het centrale beleid zonder afwijkingen.", policy.describe().nl());
    }

    @Test
    void aRefusedChangeKeepsThePolicyInForceAndMarksThePillarDown() {
        InternalPillar pillar = new InternalPillar(configuration("50", "01-01", "NONE"));
        pillar.modified(configuration("fifty", "01-01", "NONE"));
        assertEquals(new BigDecimal("50.00"), pillar.policy().inForce().appreciationAmountPerVolunteer());
        assertEquals(Health.Status.DOWN, pillar.health().status());
    }
}
