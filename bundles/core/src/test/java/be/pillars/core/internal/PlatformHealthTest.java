package be.pillars.core.internal;

import static be.pillars.core.internal.PillarRegistryImplTest.pillar;
import static be.pillars.core.internal.PillarRegistryImplTest.reference;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.ServiceReference;

import be.pillars.api.Health;
import be.pillars.api.HealthCheck;
import be.pillars.api.LocalizedText;

class PlatformHealthTest {

    private final PillarRegistryImpl registry = new PillarRegistryImpl();
    private final PlatformHealth health = new PlatformHealth(registry);

    private static HealthCheck check(String name, boolean essential, Health.Status status) {
        return new HealthCheck() {
            @Override
            public String name() {
                return name;
            }

            @Override
            public boolean essential() {
                return essential;
            }

            @Override
            public Health check() {
                if (status == null) {
                    throw new IllegalStateException("no answer");
                }
                return new Health(status, LocalizedText.of("toestand", "state"));
            }
        };
    }

    @SuppressWarnings("unchecked")
    private void add(HealthCheck check) {
        health.addCheck(check, mock(ServiceReference.class));
    }

    @Test
    void coreAloneIsUp() {
        PlatformHealth.Report report = health.report();
        assertEquals(Health.Status.UP, report.status());
        assertEquals(List.of("core"), report.checks().stream().map(PlatformHealth.Check::name).toList());
        assertEquals("0 pillar(s) installed", report.checks().get(0).detail().en());
    }

    @Test
    void anEssentialCheckDownTakesThePlatformDown() {
        add(check("database", true, Health.Status.DOWN));
        assertEquals(Health.Status.DOWN, health.report().status());
    }

    @Test
    void aCheckThatThrowsCountsAsDown() {
        add(check("database", true, null));
        PlatformHealth.Report report = health.report();
        assertEquals(Health.Status.DOWN, report.status());
        assertEquals("The check failed: java.lang.IllegalStateException: no answer",
                report.checks().get(1).detail().en());
    }

    @Test
    void aPillarOrOptionalCheckDownOnlyDegradesThePlatform() {
        registry.addPillar(pillar("external", Health.down(LocalizedText.of("stuk", "broken"))), reference("1.0.0"));
        add(check("mail", false, Health.Status.DOWN));
        PlatformHealth.Report report = health.report();
        assertEquals(Health.Status.DEGRADED, report.status());
        assertEquals(List.of("core", "mail", "pillar:external"),
                report.checks().stream().map(PlatformHealth.Check::name).toList());
    }
}
