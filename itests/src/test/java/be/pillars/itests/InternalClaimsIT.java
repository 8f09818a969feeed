package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;

import javax.inject.Inject;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * Expense claims of the internal pillar over real HTTP and the real console: the compensation system per year,
 * claims checked against the legal ceilings, approval, the statement and the named list as JSON, CSV and
 * printable documents, the legal figures edited through Config Admin, and the GDPR export and erasure.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class InternalClaimsIT extends PillarsTestSupport {

    private static final String FIGURES_PID = "be.pillars.internal.figures";

    @Inject
    private ConfigurationAdmin configurationAdmin;

    /** Earlier tests may have reinstalled the pillar: its claims are served once its tables are migrated. */
    @Before
    public void claimsServed() {
        awaitServing("/api/internal/claims");
    }

    private static String volunteer(String email) {
        Answer created = send("POST", "/api/volunteers", "{\"firstName\":\"Ann\",\"lastName\":\"Claes\",\"email\":\""
                + email + "\",\"postalCode\":\"3500\",\"preference\":\"REGULAR\"}", "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    private static Answer choose(String volunteer, int year, String system) {
        return send("PUT", "/api/internal/compensation/" + volunteer + "/" + year, "{\"system\":\"" + system + "\"}",
                "lies", "geheim");
    }

    private static Answer submit(String json) {
        return send("POST", "/api/internal/claims", json, "lies", "geheim");
    }

    private static String day(String volunteer, String date, String amount, String category) {
        return "{\"volunteerId\":\"" + volunteer + "\",\"kind\":\"LUMP_SUM_DAY\",\"date\":\"" + date + "\""
                + (amount == null ? "" : ",\"amount\":" + amount)
                + (category == null ? "" : ",\"category\":\"" + category + "\"") + "}";
    }

    @Test
    public void aCoordinatorSubmitsAndApprovesClaimsWithinTheCeilings() {
        String volunteer = volunteer("ann.claims@example.be");
        Answer chosen = choose(volunteer, 2024, "LUMP_SUM");
        assertEquals(chosen.body(), 200, chosen.status());
        assertEquals("LUMP_SUM", chosen.json().get("system").asText());

        Answer submitted = submit(day(volunteer, "2024-03-01", null, null));
        assertEquals(submitted.body(), 201, submitted.status());
        String claim = submitted.json().get("claim").get("id").asText();
        assertEquals("/api/internal/claims/" + claim, submitted.header("Location"));
        assertEquals(41.48, submitted.json().get("claim").get("amount").asDouble(), 0);
        assertEquals("PENDING", submitted.json().get("claim").get("status").asText());
        assertEquals("lies", submitted.json().get("claim").get("submittedBy").asText());

        Answer overTheDay = send("POST", "/api/internal/claims", day(volunteer, "2024-03-01", "0.01", "HIGHER"),
                "lies", "geheim", "Accept-Language", "nl-BE");
        assertEquals(overTheDay.body(), 409, overTheDay.status());
        JsonNode error = overTheDay.json().get("error");
        assertEquals("ceiling_exceeded", error.get("code").asText());
        assertEquals("amount", error.get("field").asText());
        assertEquals("Deze aanvraag overschrijdt het forfaitaire dagplafond van 2024 (EUR 41.48): er blijft nog "
                + "EUR 0.00 over op 2024-03-01", error.get("message").asText());

        Answer trip = submit("{\"volunteerId\":\"" + volunteer + "\",\"kind\":\"KILOMETRES\",\"date\":\"2024-04-02\","
                + "\"distanceKm\":100,\"vehicle\":\"CAR\"}");
        assertEquals(trip.body(), 201, trip.status());
        assertEquals(42.65, trip.json().get("claim").get("amount").asDouble(), 0);
        assertEquals(0.4265, trip.json().get("claim").get("ratePerKm").asDouble(), 0);

        Answer approved = send("POST", "/api/internal/claims/" + claim + "/approve", null, "lies", "geheim");
        assertEquals(approved.body(), 200, approved.status());
        assertEquals("APPROVED", approved.json().get("claim").get("status").asText());
        assertEquals("lies", approved.json().get("claim").get("decidedBy").asText());
        assertEquals(409, send("POST", "/api/internal/claims/" + claim + "/approve", null, "lies", "geheim").status());
        String tripId = trip.json().get("claim").get("id").asText();
        Answer rejected = send("POST", "/api/internal/claims/" + tripId + "/reject", "{\"reason\":\"Geen rit\"}",
                "karaf", "karaf");
        assertEquals(rejected.body(), 200, rejected.status());
        assertEquals("karaf", rejected.json().get("decidedBy").asText());

        Answer switched = choose(volunteer, 2024, "REAL_COSTS");
        assertEquals(switched.body(), 409, switched.status());
        assertEquals("system_locked", switched.json().get("error").get("code").asText());
        assertEquals("system", switched.json().get("error").get("field").asText());

        JsonNode summary = get("/api/internal/compensation/" + volunteer + "/2024", "lies", "geheim").json();
        assertEquals(41.48, summary.get("ordinaryLumpSum").asDouble(), 0);
        assertEquals("ORDINARY_YEARLY", summary.get("ceilings").get(0).get("ceiling").asText());
        assertEquals(1617.81, summary.get("ceilings").get(0).get("left").asDouble(), 0);

        Answer declared = send("POST", "/api/internal/compensation/" + volunteer + "/2024/declarations",
                "{\"organisation\":\"Sportclub\",\"amount\":1300.00}", "lies", "geheim");
        assertEquals(declared.body(), 201, declared.status());
        assertEquals("near_ceiling", declared.json().get("warnings").get(0).get("code").asText());
        Answer warned = submit(day(volunteer, "2024-03-02", null, null));
        assertEquals(warned.body(), 201, warned.status());
        assertEquals("ORDINARY_YEARLY", warned.json().get("warnings").get(0).get("ceiling").asText());
        String declaration = declared.json().get("declarations").get(0).get("id").asText();
        Answer withdrawn = send("DELETE", "/api/internal/compensation/" + volunteer + "/2024/declarations/"
                + declaration, null, "lies", "geheim");
        assertEquals(withdrawn.body(), 200, withdrawn.status());
        assertEquals(0, withdrawn.json().get("declarations").size());
    }

    @Test
    public void badInputAndMissingFiguresAreRefusedNamingTheFieldAndChangeNothing() {
        String volunteer = volunteer("bert.claims@example.be");
        choose(volunteer, 2022, "LUMP_SUM");
        Answer noFigures = submit(day(volunteer, "2022-06-01", null, null));
        assertEquals(noFigures.body(), 400, noFigures.status());
        assertEquals("missing_figure", noFigures.json().get("error").get("code").asText());
        assertEquals("date", noFigures.json().get("error").get("field").asText());
        assertTrue(noFigures.body(), noFigures.json().get("error").get("message").asText().contains("lumpSumPerDay"));

        Answer noSystem = submit(day(volunteer, "2024-06-01", null, null));
        assertEquals(409, noSystem.status());
        assertEquals("no_allowance_system", noSystem.json().get("error").get("code").asText());
        Answer unknownField = submit("{\"volunteerId\":\"" + volunteer + "\",\"kind\":\"LUMP_SUM_DAY\","
                + "\"date\":\"2024-06-01\",\"hours\":3}");
        assertEquals(400, unknownField.status());
        assertEquals("hours", unknownField.json().get("error").get("field").asText());
        Answer wrongKind = submit("{\"volunteerId\":\"" + volunteer + "\",\"kind\":\"BONUS\",\"date\":\"2024-06-01\"}");
        assertEquals(400, wrongKind.status());
        assertEquals("kind", wrongKind.json().get("error").get("field").asText());
        Answer stranger = submit(day("00000000-0000-0000-0000-000000000000", "2024-06-01", null, null));
        assertEquals(400, stranger.status());
        assertEquals("volunteerId", stranger.json().get("error").get("field").asText());
        Answer badYear = get("/api/internal/compensation/" + volunteer + "/1850", "lies", "geheim");
        assertEquals(400, badYear.status());
        assertEquals("year", badYear.json().get("error").get("field").asText());
        assertEquals(0, get("/api/internal/claims?volunteerId=" + volunteer, "lies", "geheim").json().get("total")
                .asInt());

        assertEquals(401, get("/api/internal/claims").status());
        assertEquals(403, get("/api/internal/claims", "kim", "wachtwoord").status());
        assertEquals(403, get("/api/internal/named-list/2024", "kim", "wachtwoord").status());
        assertEquals(404, get("/api/internal/claims/" + volunteer, "lies", "geheim").status());
    }

    @Test
    public void theStatementAndTheNamedListAreJsonCsvAndPrintableDocuments() {
        String volunteer = volunteer("cas.claims@example.be");
        choose(volunteer, 2026, "REAL_COSTS");
        String claim = submit("{\"volunteerId\":\"" + volunteer + "\",\"kind\":\"REAL_COST\",\"date\":\"2026-02-03\","
                + "\"amount\":12.50,\"description\":\"Treinticket Hasselt-Genk\",\"proofReference\":\"bon 17\"}")
                .json().get("claim").get("id").asText();
        assertEquals(200, send("POST", "/api/internal/claims/" + claim + "/approve", null, "lies", "geheim").status());

        JsonNode statement = get("/api/internal/statements/" + volunteer + "/2026", "lies", "geheim").json();
        assertEquals("Ann Claes", statement.get("name").asText());
        assertEquals(12.5, statement.get("total").asDouble(), 0);
        Answer dutch = send("GET", "/api/internal/statements/" + volunteer + "/2026/document", null, "lies", "geheim",
                "Accept-Language", "nl-BE,nl;q=0.9");
        assertEquals(200, dutch.status());
        assertTrue(dutch.header("Content-Type"), dutch.header("Content-Type").startsWith("text/html"));
        assertTrue(dutch.body(), dutch.body().contains("Overzicht onkostenvergoedingen 2026"));
        assertTrue(dutch.body(), dutch.body().contains("@media print"));
        assertTrue("Dutch when nobody asks a language", get("/api/internal/statements/" + volunteer
                + "/2026/document", "lies", "geheim").body().contains("Overzicht onkostenvergoedingen 2026"));
        Answer english = get("/api/internal/statements/" + volunteer + "/2026/document?lang=en", "lies", "geheim");
        assertTrue(english.body(), english.body().contains("Statement of expense allowances 2026"));
        assertEquals(400, get("/api/internal/statements/" + volunteer + "/2026/document?lang=fr", "lies", "geheim")
                .status());

        JsonNode trail = get("/api/audit?subjectId=" + volunteer + "&limit=200", "karaf", "karaf").json();
        assertTrue(trail.toString(), trail.toString().contains("internal allowance statement document"));
        assertTrue(trail.toString(), trail.toString().contains("\"actor\":\"lies\""));
        Answer csv = get("/api/internal/named-list/2026/csv", "lies", "geheim");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type"), csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("\uFEFFvrijwilliger;naam;dag;soort;bedrag\r\n"));
        assertTrue(csv.body(), csv.body().contains(volunteer + ";Claes Ann;2026-02-03;reële kost;12,50"));
        String englishCsv = send("GET", "/api/internal/named-list/2026/csv", null, "lies", "geheim",
                "Accept-Language", "en").body();
        assertTrue(englishCsv, englishCsv.startsWith("\uFEFFvolunteer;name;day;kind;amount\r\n"));
        assertTrue(englishCsv, englishCsv.contains(volunteer + ";Claes Ann;2026-02-03;real cost;12.50"));
        assertTrue(get("/api/internal/named-list/2026/document?lang=nl", "lies", "geheim").body()
                .contains("Nominatieve lijst vrijwilligersvergoedingen 2026"));
        assertTrue(get("/api/internal/named-list/2026", "lies", "geheim").json().get("entries").size() >= 1);
    }

    @Test
    public void aServiceReportShowsTheAllowancesPaidForWorkAtThatService() {
        String service = send("POST", "/api/organisations", "{\"kind\":\"MUNICIPAL_SERVICE\",\"name\":"
                + "\"Dienst Claims Rapport\"}", "lies", "geheim").json().get("id").asText();
        String volunteer = volunteer("dirk.service@example.be");
        choose(volunteer, 2026, "REAL_COSTS");
        String claim = submit("{\"volunteerId\":\"" + volunteer + "\",\"serviceId\":\"" + service + "\","
                + "\"kind\":\"REAL_COST\",\"date\":\"2026-04-07\",\"amount\":23.40,\"description\":\"Materiaal\","
                + "\"proofReference\":\"bon 88\"}").json().get("claim").get("id").asText();
        assertEquals(200, send("POST", "/api/internal/claims/" + claim + "/approve", null, "lies", "geheim").status());

        JsonNode report = get("/api/internal/services/" + service + "/report?year=2026", "lies", "geheim").json();
        assertTrue(report.toString(), report.get("allowancesPaidKnown").asBoolean());
        assertEquals(report.toString(), 23.40, report.get("allowancesPaid").asDouble(), 0.001);
        Answer external = submit("{\"volunteerId\":\"" + volunteer + "\",\"serviceId\":\"" + volunteer + "\","
                + "\"kind\":\"REAL_COST\",\"date\":\"2026-04-08\",\"amount\":1.00,\"description\":\"x\","
                + "\"proofReference\":\"y\"}");
        assertEquals(external.body(), 400, external.status());
        assertEquals("serviceId", external.json().get("error").get("field").asText());
    }

    @Test
    public void theClaimsStayWhenThePillarIsUninstalledAndAreThereWhenItComesBack() {
        String volunteer = volunteer("els.stays@example.be");
        choose(volunteer, 2026, "LUMP_SUM");
        String claim = submit(day(volunteer, "2026-05-04", "20.00", null)).json().get("claim").get("id").asText();

        executeCommand("feature:uninstall pillars-internal");
        awaitMillis("the internal pillar gone", 30_000,
                () -> get("/api/internal/claims/" + claim, "lies", "geheim").status() == 404);
        executeCommand("feature:install pillars-internal");
        claimsServed();
        Answer back = get("/api/internal/claims/" + claim, "lies", "geheim");
        assertEquals(back.body(), 200, back.status());
        assertEquals("PENDING", back.json().get("status").asText());
        assertEquals(20.00, back.json().get("amount").asDouble(), 0.001);
    }

    @Test
    public void theConsoleListsApprovesRejectsAndShowsStatementsAndFigures() {
        String volunteer = volunteer("dirk.claims@example.be");
        choose(volunteer, 2024, "LUMP_SUM");
        String first = submit(day(volunteer, "2024-05-06", null, null)).json().get("claim").get("id").asText();
        String second = submit(day(volunteer, "2024-05-07", "20.00", null)).json().get("claim").get("id").asText();

        String pending = executeCommand("pillars:claims-pending --limit 200");
        assertTrue(pending, pending.contains(first) && pending.contains(second));
        assertTrue("the volunteer's name beside the id: " + pending, pending.contains(volunteer + " | Ann Claes"));
        String approved = executeCommand("pillars:claim-approve " + first);
        assertTrue(approved, approved.contains("Approved / Goedgekeurd: " + first));
        String again = executeCommand("pillars:claim-approve " + first);
        assertTrue(again, again.contains("already_decided"));
        String typo = executeCommand("pillars:claim-approve not-an-id");
        assertTrue(typo, typo.contains("invalid_id (id)"));
        executeCommand("pillars:claim-reject " + second + " dubbel ingediend");
        JsonNode rejected = get("/api/internal/claims/" + second, "lies", "geheim").json();
        assertEquals("REJECTED", rejected.get("status").asText());
        assertEquals("dubbel ingediend", rejected.get("reason").asText());
        assertEquals("console:karaf", rejected.get("decidedBy").asText());

        String statement = executeCommand("pillars:allowance-statement " + volunteer + " 2024");
        assertTrue(statement, statement.contains("Ann Claes 2024"));
        assertTrue(statement, statement.contains("EUR 41.48"));
        String figures = executeCommand("pillars:allowance-figures 2024");
        assertTrue(figures, figures.contains("higherLumpSumPerYear  3047.43"));
        assertTrue(figures, figures.contains("Q2=0.4265"));
    }

    /** Config Admin delivers updates on its own thread, after whatever else it has queued: waits are generous. */
    @Test
    public void theMunicipalityAddsNextYearsFiguresAndAMistakeIsRefused() throws Exception {
        assertEquals(FIGURES_PID, get("/api/internal/figures", "lies", "geheim").json().get("pid").asText());
        assertFalse(get("/api/internal/figures/2027", "lies", "geheim").json().has("lumpSumPerDay"));
        Configuration configuration = configurationAdmin.getConfiguration(FIGURES_PID, "?");
        Dictionary<String, Object> original = configuration.getProperties();
        Hashtable<String, Object> changed = new Hashtable<>();
        Collections.list(original.keys()).forEach(key -> changed.put(key, original.get(key)));
        try {
            changed.put("lumpSumPerDay", original.get("lumpSumPerDay") + ", 2027=45.10");
            configuration.update(changed);
            awaitMillis("2027's figure in force", 30_000, () -> get("/api/internal/figures/2027", "lies", "geheim")
                    .json().has("lumpSumPerDay"));
            assertEquals(45.10, get("/api/internal/figures/2027", "lies", "geheim").json().get("lumpSumPerDay")
                    .asDouble(), 0);

            changed.put("lumpSumPerYear", "2024=1659,29");
            configuration.update(changed);
            awaitMillis("the mistake refused", 30_000, () -> get("/api/internal/figures", "lies", "geheim").json()
                    .has("problem"));
            JsonNode figures = get("/api/internal/figures", "lies", "geheim").json();
            assertEquals("lumpSumPerYear", figures.get("problem").get("key").asText());
            assertEquals(1659.29, figures.get("inForce").get("lumpSumPerYear").get("2024").asDouble(), 0);
        } finally {
            configuration.update(original);
            awaitMillis("the shipped figures back", 30_000, () -> !get("/api/internal/figures", "lies", "geheim").json()
                    .has("problem") && !get("/api/internal/figures/2027", "lies", "geheim").json()
                            .has("lumpSumPerDay"));
        }
    }

    @Test
    public void erasureKeepsTheAllowancesPaidWithoutTheName() {
        String volunteer = volunteer("eva.claims@example.be");
        choose(volunteer, 2023, "LUMP_SUM");
        String claim = submit(day(volunteer, "2023-09-09", null, null)).json().get("claim").get("id").asText();
        send("POST", "/api/internal/claims/" + claim + "/approve", null, "lies", "geheim");
        JsonNode export = get("/api/volunteers/" + volunteer + "/export", "lies", "geheim").json();
        assertEquals(claim, export.get("holders").get("internal.claims").get("claims").get(0).get("id").asText());

        Answer erased = send("POST", "/api/volunteers/" + volunteer + "/erase", null, "karaf", "karaf");
        assertEquals(erased.body(), 200, erased.status());
        assertTrue(erased.body(), erased.body().contains("internal.claims"));
        JsonNode kept = get("/api/internal/claims/" + claim, "lies", "geheim").json();
        assertTrue(kept.get("anonymised").asBoolean());
        assertEquals(40.67, kept.get("amount").asDouble(), 0);
        String csv = get("/api/internal/named-list/2023/csv", "lies", "geheim").body();
        assertFalse(csv, csv.contains(volunteer));
        assertTrue(csv, csv.contains(kept.get("volunteerId").asText() + ";;2023-09-09;forfaitaire dag;40,67"));
    }
}
