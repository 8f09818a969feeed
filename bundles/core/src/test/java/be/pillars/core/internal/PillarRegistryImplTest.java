package be.pillars.core.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.util.List;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.Version;

import be.pillars.api.Health;
import be.pillars.api.InstalledPillar;
import be.pillars.api.LocalizedText;
import be.pillars.api.Pillar;

class PillarRegistryImplTest {

    private final PillarRegistryImpl registry = new PillarRegistryImpl();

    static Pillar pillar(String id, Health health) {
        return new Pillar() {
            @Override
            public String id() {
                return id;
            }

            @Override
            public LocalizedText name() {
                return LocalizedText.of("naam " + id, "name " + id);
            }

            @Override
            public LocalizedText description() {
                return LocalizedText.of("beschrijving", "description");
            }

            @Override
            public Health health() {
                return health;
            }
        };
    }

    static Pillar pillar(String id) {
        return pillar(id, Health.up(LocalizedText.of("ok", "ok")));
    }

    /** A service reference from a bundle with the given version. */
    @SuppressWarnings("unchecked")
    static ServiceReference<Pillar> reference(String version) {
        ServiceReference<Pillar> reference = mock(ServiceReference.class);
        Bundle bundle = mock(Bundle.class);
        when(bundle.getVersion()).thenReturn(Version.parseVersion(version));
        when(bundle.getSymbolicName()).thenReturn("test.bundle");
        when(reference.getBundle()).thenReturn(bundle);
        return reference;
    }

    private List<String> ids() {
        return registry.installed().stream().map(InstalledPillar::id).toList();
    }

    @Test
    void listsInstalledPillarsByIdWithTheirBundleVersion() {
        registry.addPillar(pillar("targetgroups"), reference("1.0.0"));
        registry.addPillar(pillar("external"), reference("2.1.0"));
        assertEquals(List.of("external", "targetgroups"), ids());
        InstalledPillar external = registry.find("external").orElseThrow();
        assertEquals("2.1.0", external.version());
        assertEquals(Health.Status.UP, external.state());
        assertEquals("name external", external.name().en());
    }

    @Test
    void aRemovedPillarIsGoneAtOnce() {
        Pillar external = pillar("external");
        ServiceReference<Pillar> reference = reference("1.0.0");
        registry.addPillar(external, reference);
        registry.removePillar(external, reference);
        assertEquals(List.of(), ids());
        assertEquals(true, registry.find("external").isEmpty());
    }

    @Test
    void refusesIdsThatAreMalformedOrTakenByCore() {
        for (String id : new String[] {"Health", "pillars", "health", "x", "with space", "-dash", null}) {
            registry.addPillar(pillar(id), reference("1.0.0"));
        }
        assertEquals(List.of(), ids());
    }

    @Test
    void ofTwoPillarsWithOneIdTheHigherRankedOneShowsAndTheOtherTakesOverWhenItLeaves() {
        Pillar low = pillar("external");
        Pillar high = pillar("external");
        ServiceReference<Pillar> lowReference = reference("1.0.0");
        ServiceReference<Pillar> highReference = reference("2.0.0");
        // ServiceReference orders by service ranking, then by age: the higher ranked one compares greater
        when(highReference.compareTo(lowReference)).thenReturn(1);
        when(lowReference.compareTo(highReference)).thenReturn(-1);
        registry.addPillar(low, lowReference);
        registry.addPillar(high, highReference);
        assertEquals(List.of("external"), ids());
        assertEquals("2.0.0", registry.find("external").orElseThrow().version());
        registry.removePillar(high, highReference);
        assertEquals("1.0.0", registry.find("external").orElseThrow().version());
    }

    @Test
    void aHealthCheckThatThrowsMakesThePillarDownNotTheList() {
        Pillar broken = new Pillar() {
            @Override
            public String id() {
                return "broken";
            }

            @Override
            public LocalizedText name() {
                return LocalizedText.of("kapot", "broken");
            }

            @Override
            public LocalizedText description() {
                return name();
            }

            @Override
            public Health health() {
                throw new IllegalStateException("database unreachable");
            }
        };
        registry.addPillar(broken, reference("1.0.0"));
        InstalledPillar listed = registry.find("broken").orElseThrow();
        assertEquals(Health.Status.DOWN, listed.state());
        assertEquals("The health check failed: java.lang.IllegalStateException: database unreachable",
                listed.stateDetail().en());
    }
}
