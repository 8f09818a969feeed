package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.sql.Connection;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.stream.Collectors;

import javax.inject.Inject;
import javax.sql.DataSource;

import org.junit.After;
import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.Bundle;
import org.osgi.framework.Constants;
import org.osgi.framework.ServiceReference;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

import be.pillars.api.Health;
import be.pillars.api.HealthCheck;
import be.pillars.api.LocalizedText;
import be.pillars.api.storage.PillarsDataSource;

/**
 * The platform as its users meet it, in one boot of the real distribution: everyone over HTTP, admins at the
 * console, municipalities with any subset of pillars, integrators hot-deploying their own. Every test leaves
 * the three pillars installed, as the distribution boots them.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PlatformIT extends PillarsTestSupport {

    @Inject
    private ConfigurationAdmin configurationAdmin;

    private static final List<String> ALL = List.of("external", "internal", "targetgroups");
    // by name: the probe resolves them in the container, the build needs no servlet or whiteboard API for them
    private static final String SERVLET_CONTEXT_HELPER = "org.osgi.service.http.context.ServletContextHelper";
    private static final String SERVLET = "javax.servlet.Servlet";
    private static final String[] PILLAR_BUNDLES = {
        "be.pillars.internal", "be.pillars.external", "be.pillars.targetgroups", "org.example.neighbourhood"};

    @Before
    public void allPillarsInstalled() {
        awaitMillis("all three pillars listed", 30_000, () -> installedPillarIds().equals(ALL));
    }

    /** A failed test must not take the next ones with it: put back what the distribution boots. */
    @After
    public void restoreAllPillars() throws Exception {
        executeCommand("feature:install pillars-internal pillars-external pillars-targetgroups");
        bundle("be.pillars.internal").start();
    }

    private Bundle bundle(String symbolicName) {
        return Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> bundle.getSymbolicName().equals(symbolicName))
                .findFirst().orElseThrow(() -> new AssertionError("no bundle " + symbolicName));
    }

    /** Id, name and state of every bundle except the named ones: a restart or refresh of any other would show. */
    private Map<String, Integer> statesOfBundlesOtherThan(String... symbolicNames) {
        List<String> excluded = List.of(symbolicNames);
        return Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> !excluded.contains(bundle.getSymbolicName()))
                .collect(Collectors.toMap(bundle -> bundle.getBundleId() + " " + bundle.getSymbolicName(),
                        Bundle::getState, (a, b) -> a, TreeMap::new));
    }

    private static void assertServes(String pillarId) {
        Answer summary = get("/api/" + pillarId + "/summary");
        assertEquals(summary.body(), 200, summary.status());
        assertEquals(pillarId, summary.json().get("pillar").asText());
    }

    /** The whiteboard registers a new pillar's servlet moments after its Pillar service: wait for both. */
    private static void awaitServes(String pillarId) {
        awaitMillis(pillarId + " serving its routes", 2000,
                () -> get("/api/" + pillarId + "/summary").status() == 200);
        assertServes(pillarId);
    }

    /** The whiteboard drops a leaving pillar's servlet moments after its Pillar service: wait for both. */
    private static void awaitGone(String pillarId) {
        awaitMillis(pillarId + " routes answering 404", 2000,
                () -> get("/api/" + pillarId + "/summary").status() == 404);
        assertGone(pillarId);
    }

    private static void assertGone(String pillarId) {
        Answer summary = get("/api/" + pillarId + "/summary");
        assertEquals(summary.body(), 404, summary.status());
        assertEquals("not_found", summary.json().get("error").get("code").asText());
    }

    @Test
    public void listsTheInstalledPillarsWithNamesVersionAndState() {
        JsonNode pillars = get("/api/pillars").json();
        assertEquals(3, pillars.size());
        JsonNode internal = pillars.get(1);
        assertEquals("internal", internal.get("id").asText());
        assertEquals("Intern vrijwilligersbeleid", internal.get("name").get("nl").asText());
        assertEquals("Internal volunteer policy", internal.get("name").get("en").asText());
        assertTrue(internal.get("description").get("nl").asText().contains("waarderings- en vergoedingsbeleid"));
        assertTrue(internal.get("description").get("en").asText().contains("appreciation and compensation"));
        assertEquals(bundle("be.pillars.internal").getVersion().toString(), internal.get("version").asText());
        for (JsonNode pillar : pillars) {
            assertEquals(pillar.toString(), "UP", pillar.get("state").asText());
        }
        Answer one = get("/api/pillars/targetgroups");
        assertEquals(200, one.status());
        assertEquals("Doelgroepen", one.json().get("name").get("nl").asText());
    }

    @Test
    public void healthReportsCoreAndEachPillar() {
        Answer health = get("/api/health");
        assertEquals(200, health.status());
        assertEquals("UP", health.json().get("status").asText());
        List<String> checks = health.json().findValuesAsText("name");
        assertEquals(List.of("core", "database", "pillar:external", "pillar:internal", "pillar:targetgroups"),
                checks);
        // an anonymous caller learns what is up, not which database product and version answer
        assertFalse(health.body(), health.body().contains("H2"));
        assertFalse(health.body(), health.body().contains("detail"));
        Answer signedIn = get("/api/health", "lies", "geheim");
        assertTrue(signedIn.body(), signedIn.body().contains("Connected to H2"));
        String console = executeCommand("pillars:health");
        assertTrue(console, console.contains("Pillars: UP"));
        assertTrue(console, console.contains("pillar:targetgroups"));
    }

    @Test
    public void healthAnswers503WhileAnEssentialCheckIsDown() {
        HealthCheck database = new HealthCheck() {
            @Override
            public String name() {
                return "database";
            }

            @Override
            public boolean essential() {
                return true;
            }

            @Override
            public Health check() {
                return Health.down(LocalizedText.of("geen verbinding", "no connection"));
            }
        };
        ServiceRegistration<HealthCheck> registration =
                bundleContext.registerService(HealthCheck.class, database, null);
        try {
            Answer health = get("/api/health");
            assertEquals(503, health.status());
            assertEquals("DOWN", health.json().get("status").asText());
            assertTrue(health.body(), get("/api/health", "lies", "geheim").body().contains("no connection"));
        } finally {
            registration.unregister();
        }
        assertEquals(200, get("/api/health").status());
    }

    @Test
    public void aRequestThatFindsEveryDatabaseConnectionBusyGetsA503ToRetryInsteadOfHanging() throws Exception {
        ServiceReference<DataSource> reference = bundleContext.getServiceReferences(DataSource.class,
                PillarsDataSource.TARGET).iterator().next();
        DataSource pool = bundleContext.getService(reference);
        List<Connection> held = new ArrayList<>();
        try {
            // etc/org.ops4j.datasource-pillars.cfg: pool.maxTotal = 16, pool.maxWaitMillis = 5000
            for (int i = 0; i < 16; i++) {
                held.add(pool.getConnection());
            }
            Answer busy = get("/api/volunteers?name=peeters", "lies", "geheim");
            assertEquals(busy.body(), 503, busy.status());
            assertEquals("storage_unavailable", busy.json().get("error").get("code").asText());
            assertEquals("5", busy.header("Retry-After"));
        } finally {
            for (Connection connection : held) {
                connection.close();
            }
            bundleContext.ungetService(reference);
        }
        assertEquals(200, get("/api/volunteers?name=peeters", "lies", "geheim").status());
    }

    @Test
    public void anonymousCallersReachOnlyWhatIsPublic() {
        assertEquals(200, get("/api/pillars").status());
        assertEquals(200, get("/api/health").status());
        assertEquals(200, get("/api/skills").status());
        assertEquals(200, get("/api/internal/summary").status());
        Answer config = get("/api/internal/config");
        assertEquals(401, config.status());
        assertEquals("unauthenticated", config.json().get("error").get("code").asText());
        assertEquals("Basic realm=\"Pillars\", charset=\"UTF-8\"", config.header("WWW-Authenticate"));
    }

    @Test
    public void wrongCredentialsAreRefusedEvenOnPublicRoutes() {
        for (String[] credentials : new String[][] {{"lies", "fout"}, {"niemand", "geheim"}, {"karaf", ""}}) {
            Answer answer = get("/api/pillars", credentials[0], credentials[1]);
            assertEquals(credentials[0], 401, answer.status());
            assertEquals("invalid_credentials", answer.json().get("error").get("code").asText());
        }
    }

    @Test
    public void eachRoleMeetsItsBoundary() {
        assertEquals(200, get("/api/internal/config", "karaf", "karaf").status());
        assertEquals(200, get("/api/external/config", "lies", "geheim").status());
        Answer organisation = get("/api/external/config", "kim", "wachtwoord");
        assertEquals(403, organisation.status());
        assertEquals("forbidden", organisation.json().get("error").get("code").asText());
        assertEquals(200, get("/api/external/summary", "kim", "wachtwoord").status());
    }

    @Test
    public void eachPillarServesItsOwnConfigurationAndSummary() {
        for (String id : ALL) {
            assertServes(id);
            Answer config = get("/api/" + id + "/config", "lies", "geheim");
            assertEquals(config.body(), 200, config.status());
            assertEquals("be.pillars." + id, config.json().get("pid").asText());
        }
        assertEquals(35.00, get("/api/internal/config", "lies", "geheim").json().get("inForce")
                .get("appreciationAmountPerVolunteer").asDouble(), 0);
    }

    private static JsonNode targetGroupsConfig() {
        return get("/api/targetgroups/config", "lies", "geheim").json();
    }

    @Test
    public void aRefusedConfigurationChangeKeepsThePreviousOneAndSaysWhy() throws Exception {
        Configuration configuration = configurationAdmin.getConfiguration("be.pillars.targetgroups", "?");
        Dictionary<String, Object> original = configuration.getProperties();
        Hashtable<String, Object> changed = new Hashtable<>();
        Collections.list(original.keys()).forEach(key -> changed.put(key, original.get(key)));
        try {
            changed.put("smallGroupThreshold", "0");
            configuration.update(changed);
            awaitMillis("targetgroups refusing the change", 5000,
                    () -> targetGroupsConfig().has("problem"));
            JsonNode config = targetGroupsConfig();
            assertEquals("smallGroupThreshold", config.get("problem").get("key").asText());
            assertEquals(5, config.get("inForce").get("smallGroupThreshold").asInt());
            assertEquals("DOWN", get("/api/pillars/targetgroups").json().get("state").asText());
            assertEquals("DEGRADED", get("/api/health").json().get("status").asText());

            changed.put("smallGroupThreshold", "7");
            configuration.update(changed);
            awaitMillis("targetgroups taking the valid change", 5000,
                    () -> targetGroupsConfig().get("inForce").get("smallGroupThreshold").asInt() == 7);
            assertEquals("UP", get("/api/pillars/targetgroups").json().get("state").asText());
        } finally {
            configuration.update(original);
            awaitMillis("targetgroups back to its shipped configuration", 5000,
                    () -> targetGroupsConfig().get("inForce").get("smallGroupThreshold").asInt() == 5);
        }
    }

    /**
     * An admin's edit of etc/be.pillars.core.cfg takes effect in place: the `pillars` context and core's servlets
     * keep their services, so no route of core or of any pillar is off the air for a moment.
     */
    @Test
    public void aChangeOfCoresConfigurationTakesEffectWithoutTakingAnyRouteAway() throws Exception {
        long context = serviceId(SERVLET_CONTEXT_HELPER, "(osgi.http.whiteboard.context.name=pillars)");
        long volunteers = serviceId(SERVLET, "(osgi.http.whiteboard.servlet.name=core.volunteers)");
        Configuration configuration = configurationAdmin.getConfiguration("be.pillars.core", "?");
        Dictionary<String, Object> original = configuration.getProperties();
        Hashtable<String, Object> changed = new Hashtable<>();
        if (original != null) {
            Collections.list(original.keys()).forEach(key -> changed.put(key, original.get(key)));
        }
        List<Integer> answersDuringTheChange = new CopyOnWriteArrayList<>();
        AtomicBoolean changing = new AtomicBoolean(true);
        Thread caller = new Thread(() -> {
            while (changing.get()) {
                answersDuringTheChange.add(get("/api/pillars").status());
            }
        }, "calling /api/pillars");
        caller.start();
        try {
            changed.put("maxRequestBodyBytes", "4096");
            changed.put("maxImportBytes", "4096");
            configuration.update(changed);
            awaitMillis("core taking the smaller body limit", 5000,
                    () -> statusOfLargePost("/api/volunteers", 8192) == 413);
            awaitMillis("core taking the smaller import limit", 5000,
                    () -> statusOfLargePost("/api/volunteers/import", 8192) == 413);
        } finally {
            changing.set(false);
            caller.join();
            if (original == null) {
                configuration.delete();
            } else {
                configuration.update(original);
            }
            awaitMillis("core back to its shipped body limit", 5000,
                    () -> statusOfLargePost("/api/volunteers", 8192) == 400);
        }
        assertEquals(context, serviceId(SERVLET_CONTEXT_HELPER, "(osgi.http.whiteboard.context.name=pillars)"));
        assertEquals(volunteers, serviceId(SERVLET, "(osgi.http.whiteboard.servlet.name=core.volunteers)"));
        assertTrue("answered while the configuration changed", !answersDuringTheChange.isEmpty());
        assertEquals(List.of(200), answersDuringTheChange.stream().distinct().collect(Collectors.toList()));
    }

    /** The id of the one service of that type and filter: a component that was re-created would have a new one. */
    private long serviceId(String type, String filter) throws Exception {
        ServiceReference<?>[] references = bundleContext.getServiceReferences(type, filter);
        assertEquals(filter, 1, references == null ? 0 : references.length);
        return (Long) references[0].getProperty(Constants.SERVICE_ID);
    }

    /** The status of a POST of {@code size} bytes: 413 above the body limit in force. */
    private static int statusOfLargePost(String path, int size) {
        try {
            return postLarge(path, size, "lies", "geheim").status();
        } catch (Exception e) {
            throw new IllegalStateException(e);
        }
    }

    @Test
    public void theSkillTaxonomyIsMigratedIntoTheDatabaseAndServed() {
        Answer skills = get("/api/skills");
        assertEquals(200, skills.status());
        assertEquals(25, skills.json().size());
        JsonNode firstAid = skills.json().findParents("code").stream()
                .filter(skill -> skill.get("code").asText().equals("first-aid")).findFirst().orElseThrow();
        assertEquals("EHBO", firstAid.get("label").get("nl").asText());
        assertEquals("First aid", firstAid.get("label").get("en").asText());
    }

    @Test
    public void theContainerHoldsOneJacksonVersion() {
        List<String> jackson = Arrays.stream(bundleContext.getBundles())
                .filter(bundle -> bundle.getSymbolicName().startsWith("com.fasterxml.jackson"))
                .map(bundle -> bundle.getVersion().getMajor() + "." + bundle.getVersion().getMinor())
                .distinct().toList();
        assertEquals(List.of("2.21"), jackson);
    }

    @Test
    public void unknownRoutesAnswerAJson404() {
        for (String path : new String[] {"/api/nothing", "/api/internal/nothing", "/api/pillars/nobody"}) {
            Answer answer = get(path);
            assertEquals(path, 404, answer.status());
            assertEquals(path, "not_found", answer.json().get("error").get("code").asText());
        }
    }

    @Test
    public void consoleListShowsWhatHttpShows() {
        String console = executeCommand("pillars:list");
        for (JsonNode pillar : get("/api/pillars").json()) {
            String row = console.lines().filter(line -> line.startsWith(pillar.get("id").asText() + " "))
                    .findFirst().orElseThrow(() -> new AssertionError(console));
            assertTrue(row, row.contains(pillar.get("name").get("nl").asText()));
            assertTrue(row, row.contains(pillar.get("name").get("en").asText()));
            assertTrue(row, row.contains(pillar.get("version").asText()));
            assertTrue(row, row.contains(pillar.get("state").asText()));
        }
    }

    @Test
    public void eachPillarHasItsOwnConsoleCommand() {
        assertTrue(executeCommand("pillars:internal-policy").contains("appreciationAmountPerVolunteer = 35.00"));
        assertTrue(executeCommand("pillars:external-matching").contains("maxDistanceKm          = 25"));
        assertTrue(executeCommand("pillars:targetgroups-settings").contains("smallGroupThreshold      = 5"));
    }

    @Test
    public void theOpenApiDocumentDescribesTheRoutesOfWhatIsInstalledNow() {
        Answer document = get("/api/openapi.json");
        assertEquals(document.body(), 200, document.status());
        assertEquals("3.1.0", document.json().get("openapi").asText());
        // core's routes on the database come once its tables are migrated, which the boot does not wait for
        List<String> expected = List.of("/api/volunteers/{id}", "/api/health", "/api/openapi.json",
                "/api/internal/summary", "/api/external/summary", "/api/targetgroups/summary");
        awaitMillis("every installed bundle's routes in the document", 30_000, () -> {
            JsonNode paths = get("/api/openapi.json").json().get("paths");
            return expected.stream().allMatch(paths::has);
        });
        assertTrue(get("/api/openapi.json").json().get("paths").get("/api/health").get("get").get("security")
                .isEmpty());

        executeCommand("feature:uninstall pillars-external");
        awaitGone("external");
        awaitMillis("external's paths leaving the document", 2000, () -> externalPaths() == 0);
        assertTrue(get("/api/openapi.json").json().get("paths").has("/api/internal/summary"));

        executeCommand("feature:install pillars-external");
        awaitServes("external");
        awaitMillis("external's paths back in the document", 2000, () -> externalPaths() > 0);
    }

    private static long externalPaths() {
        List<String> paths = new ArrayList<>();
        get("/api/openapi.json").json().get("paths").fieldNames().forEachRemaining(paths::add);
        return paths.stream().filter(path -> path.startsWith("/api/external/")).count();
    }

    @Test
    public void uninstallingAPillarFeatureRemovesItAloneAndReinstallingBringsItBack() {
        Map<String, Integer> before = statesOfBundlesOtherThan("be.pillars.external");
        try (BundleEvents events = new BundleEvents()) {
            long start = System.nanoTime();
            executeCommand("feature:uninstall pillars-external");
            awaitMillis("external leaving /api/pillars", 2000, () -> !installedPillarIds().contains("external"));
            awaitGone("external");
            long tookMillis = (System.nanoTime() - start) / 1_000_000;
            assertTrue("took " + tookMillis + " ms", tookMillis <= 2000);
            assertEquals(List.of("internal", "targetgroups"), installedPillarIds());
            assertServes("internal");
            assertServes("targetgroups");
            assertEquals(before, statesOfBundlesOtherThan("be.pillars.external"));

            executeCommand("feature:install pillars-external");
            awaitMillis("external back in /api/pillars", 2000, () -> installedPillarIds().contains("external"));
            awaitServes("external");
            assertEquals(List.of(), events.ofOtherBundlesThan("be.pillars.external"));
        }
        assertEquals(before, statesOfBundlesOtherThan("be.pillars.external"));
    }

    @Test
    public void stoppingAndStartingAPillarBundleBehavesTheSame() {
        long id = bundle("be.pillars.internal").getBundleId();
        Map<String, Integer> before = statesOfBundlesOtherThan("be.pillars.internal");
        try (BundleEvents events = new BundleEvents()) {
            executeCommand("bundle:stop " + id);
            awaitMillis("internal leaving /api/pillars", 2000, () -> !installedPillarIds().contains("internal"));
            awaitGone("internal");
            assertServes("external");
            assertEquals(before, statesOfBundlesOtherThan("be.pillars.internal"));

            executeCommand("bundle:start " + id);
            awaitMillis("internal back in /api/pillars", 2000, () -> installedPillarIds().contains("internal"));
            awaitServes("internal");
            assertEquals(List.of(), events.ofOtherBundlesThan("be.pillars.internal"));
        }
    }

    @Test
    public void coreWithAnySubsetOfPillarsServes() {
        try (BundleEvents events = new BundleEvents()) {
            executeCommand("feature:uninstall pillars-internal pillars-external pillars-targetgroups");
            awaitMillis("core alone", 5000, () -> installedPillarIds().isEmpty());
            Answer health = get("/api/health");
            assertEquals(200, health.status());
            assertEquals(List.of("core", "database"), health.json().findValuesAsText("name"));
            ALL.forEach(PlatformIT::awaitGone);

            executeCommand("feature:install pillars-external");
            awaitMillis("core + external", 5000, () -> installedPillarIds().equals(List.of("external")));
            awaitServes("external");
            awaitGone("internal");

            executeCommand("feature:uninstall pillars-external");
            executeCommand("feature:install pillars-internal pillars-targetgroups");
            awaitMillis("core + internal + targetgroups", 5000,
                    () -> installedPillarIds().equals(List.of("internal", "targetgroups")));
            awaitServes("internal");
            awaitServes("targetgroups");
            awaitGone("external");

            executeCommand("feature:install pillars-external");
            awaitMillis("all pillars", 5000, () -> installedPillarIds().equals(ALL));
            ALL.forEach(PlatformIT::awaitServes);
            assertEquals("core and Karaf bundles untouched", List.of(), events.ofOtherBundlesThan(PILLAR_BUNDLES));
        }
    }

    @Test
    public void aHotDeployedPillarAppearsAndLeavesWithItsJar() throws Exception {
        Path jar = Path.of(System.getProperty("karaf.base"), "deploy", "custom-pillar.jar");
        try (BundleEvents events = new BundleEvents()) {
            Files.copy(Path.of(System.getProperty("pillars.customPillar")), jar, StandardCopyOption.REPLACE_EXISTING);
            // fileinstall polls every second and installs a jar once it looked the same on two polls
            awaitMillis("neighbourhood in /api/pillars", 5000,
                    () -> installedPillarIds().contains("neighbourhood"));
            awaitServes("neighbourhood");
            assertEquals("Buurtwerk", get("/api/pillars/neighbourhood").json().get("name").get("nl").asText());

            Files.delete(jar);
            awaitMillis("neighbourhood leaving /api/pillars", 5000,
                    () -> !installedPillarIds().contains("neighbourhood"));
            awaitGone("neighbourhood");
            assertEquals(ALL, installedPillarIds());
            assertEquals(List.of(), events.ofOtherBundlesThan(PILLAR_BUNDLES));
        } finally {
            Files.deleteIfExists(jar);
        }
    }
}
