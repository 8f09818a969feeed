package be.pillars.liquibase;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.jar.Attributes;
import java.util.jar.JarFile;
import java.util.zip.ZipEntry;

import org.junit.jupiter.api.Test;

/**
 * The bundle built here is Liquibase's, byte for byte, with two manifest headers changed: its Require-Capability
 * keeps only what does not ask for the ServiceLoader Mediator, and its version carries a qualifier. Checked against
 * the original jar, so that an upgrade of Liquibase that changes its requirements fails the build instead of being
 * hidden by the repackaging.
 */
class LiquibaseBundleIT {

    private static final String REQUIRE_CAPABILITY = "Require-Capability";
    private static final String BUNDLE_VERSION = "Bundle-Version";

    private final JarFile original = open("original.jar");
    private final JarFile repackaged = open("repackaged.jar");

    @Test
    void everyClassAndResourceIsLiquibasesOwn() {
        assertEquals(contents(original), contents(repackaged));
    }

    @Test
    void onlyTheRequirementsOfTheMediatorAreLeftOut() throws IOException {
        List<String> kept = new ArrayList<>();
        for (String clause : clauses(mainAttributes(original).getValue(REQUIRE_CAPABILITY))) {
            if (!clause.startsWith("osgi.extender;") && !clause.startsWith("osgi.serviceloader;")) {
                kept.add(clause);
            }
        }
        assertEquals(kept, clauses(mainAttributes(repackaged).getValue(REQUIRE_CAPABILITY)),
                "the property liquibase.requireCapability of this module's pom no longer matches Liquibase's manifest");
    }

    @Test
    void everyOtherHeaderIsLiquibasesOwn() throws IOException {
        Attributes expected = mainAttributes(original);
        Attributes actual = mainAttributes(repackaged);
        assertEquals(expected.getValue(BUNDLE_VERSION) + ".pillars", actual.getValue(BUNDLE_VERSION));
        for (Attributes headers : List.of(expected, actual)) {
            headers.remove(new Attributes.Name(REQUIRE_CAPABILITY));
            headers.remove(new Attributes.Name(BUNDLE_VERSION));
        }
        assertEquals(expected, actual);
    }

    /** Splits an OSGi header into its clauses: at the commas outside quoted values. */
    static List<String> clauses(String header) {
        List<String> clauses = new ArrayList<>();
        StringBuilder clause = new StringBuilder();
        boolean quoted = false;
        for (char c : header.toCharArray()) {
            if (c == '"') {
                quoted = !quoted;
            }
            if (c == ',' && !quoted) {
                clauses.add(clause.toString().trim());
                clause.setLength(0);
            } else {
                clause.append(c);
            }
        }
        clauses.add(clause.toString().trim());
        return clauses;
    }

    private static Map<String, Long> contents(JarFile jar) {
        Map<String, Long> crcs = new TreeMap<>();
        jar.stream().filter(entry -> !entry.getName().equals(JarFile.MANIFEST_NAME))
                .forEach((ZipEntry entry) -> crcs.put(entry.getName(), entry.getCrc()));
        return crcs;
    }

    private static Attributes mainAttributes(JarFile jar) throws IOException {
        return jar.getManifest().getMainAttributes();
    }

    private static JarFile open(String property) {
        try {
            return new JarFile(System.getProperty(property));
        } catch (IOException | NullPointerException e) {
            throw new IllegalStateException("system property " + property + " must name a jar (set by the pom)", e);
        }
    }
}
