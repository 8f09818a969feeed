package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.Collections;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.UUID;

import javax.inject.Inject;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The internal pillar's policy per service, appreciation budgets, volunteer events, coaches, information duty,
 * service reports and GDPR part, over real HTTP and the real console against the real distribution.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class InternalCareIT extends PillarsTestSupport {

    private static final int YEAR = LocalDate.now().getYear();

    @Inject
    private ConfigurationAdmin configurationAdmin;

    private static String service(String name) {
        Answer created = send("POST", "/api/organisations", "{\"kind\":\"MUNICIPAL_SERVICE\",\"name\":\"" + name + "\"}",
                "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    private static String volunteer(String lastName) {
        String email = lastName.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.be";
        Answer volunteer = send("POST", "/api/volunteers", "{\"firstName\":\"Vera\",\"lastName\":\"" + lastName
                + "\",\"email\":\"" + email + "\",\"postalCode\":\"3500\",\"preference\":\"REGULAR\"}", "lies",
                "geheim");
        assertEquals(volunteer.body(), 201, volunteer.status());
        return volunteer.json().get("id").asText();
    }

    /** A volunteer with an active engagement at the service since 1 January of last year. */
    private static String engagedVolunteer(String lastName, String serviceId) {
        String id = volunteer(lastName);
        Answer engagement = send("POST", "/api/engagements", "{\"volunteerId\":\"" + id + "\",\"organisationId\":\""
                + serviceId + "\",\"role\":\"onthaal\",\"kind\":\"REGULAR\",\"startDate\":\"" + (YEAR - 1)
                + "-01-01\",\"status\":\"ACTIVE\",\"pillar\":\"internal\"}", "lies", "geheim");
        assertEquals(engagement.body(), 201, engagement.status());
        return id;
    }

    /**
     * An occasional engagement of one day, 1 January of this year (ended since, unless that is today), with six hours
     * registered on it: a steward of a festival.
     */
    private static void workedOneDay(String volunteerId, String serviceId) {
        Answer engagement = send("POST", "/api/engagements", "{\"volunteerId\":\"" + volunteerId
                + "\",\"organisationId\":\"" + serviceId + "\",\"role\":\"steward\",\"kind\":\"OCCASIONAL\","
                + "\"startDate\":\"" + YEAR + "-01-01\",\"endDate\":\"" + YEAR + "-01-01\",\"pillar\":\"internal\"}",
                "lies", "geheim");
        assertEquals(engagement.body(), 201, engagement.status());
        Answer hours = send("PUT", "/api/engagements/" + engagement.json().get("id").asText() + "/hours/" + YEAR
                + "-01-01", "{\"hours\":6}", "lies", "geheim");
        assertEquals(hours.body(), 200, hours.status());
    }

    private static JsonNode servicePolicy(String serviceId) {
        return get("/api/internal/policy/" + serviceId, "lies", "geheim").json();
    }

    private static String internalState() {
        return get("/api/pillars/internal").json().get("state").asText();
    }

    @Test
    public void aServiceOverridesTheCentralPolicyOnlyWhileThatIsAllowed() throws Exception {
        String library = service("Bibliotheek " + UUID.randomUUID());
        assertEquals(35.0, servicePolicy(library).get("appreciationAmountPerVolunteer").asDouble(), 0);
        Configuration override = configurationAdmin.createFactoryConfiguration("be.pillars.internal.service", "?");
        Configuration central = configurationAdmin.getConfiguration("be.pillars.internal", "?");
        Dictionary<String, Object> original = central.getProperties();
        try {
            Hashtable<String, Object> values = new Hashtable<>();
            values.put("serviceId", library);
            values.put("appreciationAmountPerVolunteer", "50");
            values.put("defaultCompensationSystem", "LUMP_SUM");
            override.update(values);
            awaitMillis("the override in force", 30_000, () -> servicePolicy(library)
                    .get("appreciationAmountPerVolunteer").asDouble() == 50.0);
            assertEquals("LUMP_SUM", servicePolicy(library).get("defaultCompensationSystem").asText());
            for (String path : new String[] {"/api/internal/policy", "/api/internal/services"}) {
                JsonNode answer = get(path, "lies", "geheim").json();
                JsonNode services = answer.has("services") ? answer.get("services") : answer;
                JsonNode own = null;
                for (JsonNode service : services) {
                    own = service.get("id").asText().equals(library) ? service : own;
                }
                assertEquals(path, 50.0, own.get("policy").get("appreciationAmountPerVolunteer").asDouble(), 0);
            }
            assertTrue(executeCommand("pillars:internal-policy").contains(library));
            assertEquals(403, get("/api/internal/policy", "kim", "wachtwoord").status());

            Hashtable<String, Object> disallowed = new Hashtable<>();
            Collections.list(original.keys()).forEach(key -> disallowed.put(key, original.get(key)));
            disallowed.put("serviceOverridesAllowed", "false");
            central.update(disallowed);
            awaitMillis("the override refused", 30_000, () -> servicePolicy(library)
                    .get("appreciationAmountPerVolunteer").asDouble() == 35.0);
            JsonNode overview = get("/api/internal/policy", "lies", "geheim").json();
            assertEquals("serviceOverridesAllowed", overview.get("refused").get(0).get("key").asText());
            assertEquals(library, overview.get("refused").get(0).get("serviceId").asText());
            assertEquals("DEGRADED", internalState());
            assertTrue(executeCommand("pillars:internal-policy").contains("REFUSED"));
        } finally {
            override.delete();
            central.update(original);
        }
        awaitMillis("the pillar up again", 30_000, () -> "UP".equals(internalState()));
    }

    @Test
    public void aServiceSpendsItsAppreciationBudgetUntilAnAdminRaisesIt() {
        String museum = service("Museum " + UUID.randomUUID());
        engagedVolunteer("Budget", museum);
        String budgetPath = "/api/internal/budgets/" + museum + "/" + YEAR;
        Answer linked = send("PUT", "/api/organisations/" + museum + "/members/kim", null, "karaf", "karaf");
        assertTrue(linked.body(), linked.status() / 100 == 2);
        try {
            JsonNode budget = get(budgetPath, "kim", "wachtwoord").json().get("budget");
            assertEquals(1, budget.get("volunteers").asInt());
            assertEquals(35.0, budget.get("budget").asDouble(), 0);

            String spending = "{\"spentOn\":\"" + YEAR + "-03-01\",\"description\":\"Daguitstap\","
                    + "\"kind\":\"DAY_TRIP\",\"amount\":";
            Answer spent = send("POST", budgetPath + "/spendings", spending + "30.00}", "kim", "wachtwoord");
            assertEquals(spent.body(), 201, spent.status());
            Answer over = send("POST", budgetPath + "/spendings", spending + "5.01}", "kim", "wachtwoord",
                    "Accept-Language", "nl");
            assertEquals(over.body(), 409, over.status());
            assertEquals("amount", over.json().get("error").get("field").asText());
            assertTrue(over.body(), over.json().get("error").get("message").asText()
                    .contains("budget EUR 35.00, besteed EUR 30.00, over EUR 5.00"));
            Answer wrongYear = send("POST", budgetPath + "/spendings", "{\"spentOn\":\"" + (YEAR - 1)
                    + "-03-01\",\"description\":\"X\",\"kind\":\"GIFT\",\"amount\":1}", "kim", "wachtwoord");
            assertEquals(400, wrongYear.status());
            assertEquals("spentOn", wrongYear.json().get("error").get("field").asText());
            assertEquals(400, send("POST", budgetPath + "/spendings", spending + "1.001}", "kim", "wachtwoord")
                    .status());

            String raise = "{\"amount\":20,\"reason\":\"Extra vorming\"}";
            assertEquals(403, send("POST", budgetPath + "/raises", raise, "kim", "wachtwoord").status());
            assertEquals(403, send("POST", budgetPath + "/raises", raise, "lies", "geheim").status());
            assertEquals(201, send("POST", budgetPath + "/raises", raise, "karaf", "karaf").status());
            assertEquals(201, send("POST", budgetPath + "/spendings", spending + "5.01}", "kim", "wachtwoord")
                    .status());
            JsonNode detail = get(budgetPath, "lies", "geheim").json();
            assertEquals(55.0, detail.get("budget").get("budget").asDouble(), 0);
            assertEquals(19.99, detail.get("budget").get("left").asDouble(), 0);
            assertEquals("karaf", detail.get("raises").get(0).get("raisedBy").asText());
            assertEquals(2, detail.get("spendings").size());

            String other = service("Sportdienst " + UUID.randomUUID());
            assertEquals(403, get("/api/internal/budgets/" + other + "/" + YEAR, "kim", "wachtwoord").status());

            Answer csv = get("/api/internal/budgets/report.csv?year=" + YEAR, "lies", "geheim");
            assertEquals(200, csv.status());
            assertTrue(csv.header("Content-Type"), csv.header("Content-Type").startsWith("text/csv"));
            assertTrue(csv.body(), csv.body().startsWith("\uFEFFdienst;dienst-id;jaar;"));
            assertTrue(csv.body(), csv.body().contains(";35,01;"));
            String englishCsv = send("GET", "/api/internal/budgets/report.csv?year=" + YEAR, null, "lies", "geheim",
                    "Accept-Language", "en").body();
            assertTrue(englishCsv, englishCsv.startsWith("\uFEFFservice;service id;year;"));
            assertTrue(englishCsv, englishCsv.contains(";35.01;"));
            JsonNode report = get("/api/internal/budgets?year=" + YEAR, "lies", "geheim").json();
            assertTrue(report.get("total").get("spent").asDouble() >= 35.01);

            String console = executeCommand("pillars:internal-raise-budget " + museum + " " + YEAR
                    + " 5 \"Nieuwjaarsreceptie\"");
            assertTrue(console, console.contains("EUR 60.00"));
            assertTrue(executeCommand("pillars:internal-budgets --year " + YEAR).contains(museum));

            JsonNode serviceReport = get("/api/internal/services/" + museum + "/report?year=" + YEAR, "kim",
                    "wachtwoord").json();
            assertEquals(1, serviceReport.get("volunteers").asInt());
            assertEquals(35.01, serviceReport.get("appreciationSpent").asDouble(), 0);
            assertTrue(serviceReport.toString(), serviceReport.has("allowancesPaidKnown"));
            assertEquals(403, get("/api/internal/services/" + other + "/report", "kim", "wachtwoord").status());
        } finally {
            send("DELETE", "/api/organisations/members/kim", null, "karaf", "karaf");
        }
    }

    @Test
    public void aServiceCorrectsOrWithdrawsASpendingRecordedByMistake() {
        String museum = service("Stadsmuseum " + UUID.randomUUID());
        engagedVolunteer("Correctie", museum);
        engagedVolunteer("Verbetering", museum);
        String budgetPath = "/api/internal/budgets/" + museum + "/" + YEAR;
        Answer linked = send("PUT", "/api/organisations/" + museum + "/members/kim", null, "karaf", "karaf");
        assertTrue(linked.body(), linked.status() / 100 == 2);
        try {
            Answer spent = send("POST", budgetPath + "/spendings", "{\"spentOn\":\"" + YEAR + "-02-01\","
                    + "\"description\":\"Nieuwjaarsdrink\",\"kind\":\"OTHER\",\"amount\":60.00}", "kim",
                    "wachtwoord");
            assertEquals(spent.body(), 201, spent.status());
            assertEquals("\"1\"", spent.header("ETag"));
            String spending = spent.header("Location");
            assertEquals(budgetPath + "/spendings/" + spent.json().get("id").asText(), spending);
            assertEquals("\"1\"", get(spending, "kim", "wachtwoord").header("ETag"));

            String fixed = "{\"spentOn\":\"" + YEAR + "-02-01\",\"description\":\"Nieuwjaarsdrink\","
                    + "\"kind\":\"OTHER\",\"amount\":6.00,\"reason\":\"Typfout: 6 in plaats van 60\"}";
            assertEquals(428, send("PUT", spending, fixed, "kim", "wachtwoord").status());
            Answer corrected = send("PUT", spending, fixed, "kim", "wachtwoord", "If-Match", "\"1\"");
            assertEquals(corrected.body(), 200, corrected.status());
            assertEquals("\"2\"", corrected.header("ETag"));
            assertEquals(6.0, corrected.json().get("amount").asDouble(), 0);
            assertEquals(412, send("PUT", spending, fixed, "kim", "wachtwoord", "If-Match", "\"1\"").status());
            Answer over = send("PUT", spending, fixed.replace("6.00", "99.00"), "kim", "wachtwoord", "If-Match",
                    "\"2\"");
            assertEquals(over.body(), 409, over.status());
            assertEquals("amount", over.json().get("error").get("field").asText());
            Answer negative = send("PUT", spending, fixed.replace("6.00", "-6.00"), "kim", "wachtwoord", "If-Match",
                    "\"2\"");
            assertEquals(400, negative.status());
            assertEquals("amount", negative.json().get("error").get("field").asText());

            JsonNode detail = get(budgetPath, "kim", "wachtwoord").json();
            assertEquals(6.0, detail.get("budget").get("spent").asDouble(), 0);
            JsonNode kept = detail.get("corrections").get(0);
            assertEquals("CORRECTED", kept.get("change").asText());
            assertEquals(60.0, kept.get("before").get("amount").asDouble(), 0);
            assertEquals(6.0, kept.get("after").get("amount").asDouble(), 0);
            assertEquals("kim", kept.get("correctedBy").asText());
            assertEquals("Typfout: 6 in plaats van 60", kept.get("reason").asText());
            assertEquals(1, get(spending, "kim", "wachtwoord").json().get("corrections").size());

            Answer byCoordinator = send("PUT", spending, fixed.replace("6.00", "7.50"), "lies", "geheim", "If-Match",
                    "\"2\"");
            assertEquals(byCoordinator.body(), 200, byCoordinator.status());
            String other = service("Jeugddienst " + UUID.randomUUID());
            assertEquals(403, send("PUT", "/api/internal/budgets/" + other + "/" + YEAR + "/spendings/"
                    + spent.json().get("id").asText(), fixed, "kim", "wachtwoord", "If-Match", "\"3\"").status());

            Answer withdrawn = send("DELETE", spending + "?reason=Dubbel", null, "kim", "wachtwoord", "If-Match",
                    "\"3\"");
            assertEquals(withdrawn.body(), 200, withdrawn.status());
            assertEquals("WITHDRAWN", withdrawn.json().get("change").asText());
            assertFalse(withdrawn.body(), withdrawn.json().has("after"));
            assertEquals(404, get(spending, "kim", "wachtwoord").status());
            detail = get(budgetPath, "lies", "geheim").json();
            assertEquals(0.0, detail.get("budget").get("spent").asDouble(), 0);
            assertEquals(3, detail.get("corrections").size());

            String raise = "{\"amount\":20,\"reason\":\"Extra\"}";
            assertEquals(201, send("POST", budgetPath + "/raises", raise, "karaf", "karaf").status());
            Answer tooMuch = send("POST", budgetPath + "/raises", "{\"amount\":-30,\"reason\":\"Vergissing\"}",
                    "karaf", "karaf");
            assertEquals(tooMuch.body(), 409, tooMuch.status());
            assertEquals("lowering_too_large", tooMuch.json().get("error").get("code").asText());
            assertEquals(403, send("POST", budgetPath + "/raises", "{\"amount\":-20,\"reason\":\"Vergissing\"}",
                    "lies", "geheim").status());
            assertEquals(201, send("POST", budgetPath + "/raises", "{\"amount\":-20,\"reason\":\"Vergissing\"}",
                    "karaf", "karaf").status());
            assertEquals(70.0, get(budgetPath, "lies", "geheim").json().get("budget").get("budget").asDouble(), 0);
        } finally {
            send("DELETE", "/api/organisations/members/kim", null, "karaf", "karaf");
        }
    }

    @Test
    public void coordinatorsInviteTheVolunteersOfAServiceAndRecordRepliesAndAttendance() throws Exception {
        String events = service("Evenementendienst " + UUID.randomUUID());
        String volunteer = engagedVolunteer("Feestganger", events);
        Answer bad = send("POST", "/api/internal/events", "{\"kind\":\"PARTY\",\"date\":\"" + LocalDate.now() + "\"}",
                "lies", "geheim");
        assertEquals(400, bad.status());
        assertEquals("name", bad.json().get("error").get("field").asText());
        Answer created = send("POST", "/api/internal/events", "{\"name\":\"Vrijwilligersfeest\",\"kind\":\"PARTY\","
                + "\"date\":\"" + LocalDate.now() + "\"}", "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        String event = created.json().get("id").asText();

        Answer invited = send("POST", "/api/internal/events/" + event + "/invitations", "{\"serviceIds\":[\"" + events
                + "\"]}", "lies", "geheim");
        assertEquals(invited.body(), 200, invited.status());
        assertEquals(1, invited.json().get("invited").asInt());
        String invitation = "/api/internal/events/" + event + "/invitations/" + volunteer;
        assertEquals(200, send("PUT", invitation + "/reply", "{\"reply\":\"YES\"}", "lies", "geheim").status());
        assertEquals(200, send("PUT", invitation + "/attendance", "{\"attended\":true}", "lies", "geheim").status());
        Answer stranger = send("PUT", "/api/internal/events/" + event + "/invitations/" + UUID.randomUUID() + "/reply",
                "{\"reply\":\"NO\"}", "lies", "geheim");
        assertEquals(404, stranger.status());
        JsonNode counts = get("/api/internal/events/" + event, "lies", "geheim").json().get("counts");
        assertEquals(1, counts.get("yes").asInt());
        assertEquals(1, counts.get("attended").asInt());
        Answer csv = get("/api/internal/events/" + event + "/invitations.csv", "lies", "geheim");
        assertTrue(csv.body(), csv.body().startsWith("\uFEFFfamilienaam;voornaam;"));
        assertTrue(csv.body(), csv.body().contains("Feestganger;Vera;") && csv.body().contains(";ja;ja"));
        assertTrue(send("GET", "/api/internal/events/" + event + "/invitations.csv", null, "lies", "geheim",
                "Accept-Language", "en").body().contains(";yes;yes"));
        assertEquals(403, get("/api/internal/events", "kim", "wachtwoord").status());

        assertTrue(executeCommand("pillars:internal-events").contains(event));
        assertTrue(executeCommand("pillars:internal-event-invite --service " + events + " " + event)
                .contains("0 invited"));
        Path file = Files.createTempFile("guests", ".csv");
        executeCommand("pillars:internal-event-export " + event + " " + file);
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).startsWith("\uFEFFfamilienaam;voornaam;"));
        assertTrue(Files.readString(file, StandardCharsets.UTF_8).contains("Feestganger"));
        Files.delete(file);
    }

    @Test
    public void occasionalVolunteersWhoWorkedThisYearCountInTheBudgetAndAreInvitedOnce() {
        String festival = service("Feestdienst " + UUID.randomUUID());
        String museum = service("Museumwacht " + UUID.randomUUID());
        String steward = volunteer("Steward");
        workedOneDay(steward, festival);
        workedOneDay(steward, museum);

        JsonNode budget = get("/api/internal/budgets/" + festival + "/" + YEAR, "lies", "geheim").json().get("budget");
        assertEquals(budget.toString(), 1, budget.get("volunteers").asInt());
        assertEquals(YEAR + "-01-01", budget.get("countedFrom").asText());
        assertEquals(35.0, budget.get("budget").asDouble(), 0);
        assertEquals(1, get("/api/internal/budgets/" + museum + "/" + YEAR, "lies", "geheim").json().get("budget")
                .get("volunteers").asInt());
        JsonNode report = get("/api/internal/services/" + festival + "/report?year=" + YEAR, "lies", "geheim").json();
        assertEquals(6.0, report.get("hours").asDouble(), 0);

        String erased = volunteer("Gewist");
        workedOneDay(erased, festival);
        assertEquals(200, send("POST", "/api/volunteers/" + erased + "/erase", null, "karaf", "karaf").status());
        String event = send("POST", "/api/internal/events", "{\"name\":\"Stewardsfeest\",\"kind\":\"PARTY\","
                + "\"date\":\"" + LocalDate.now() + "\"}", "lies", "geheim").json().get("id").asText();
        String invitations = "/api/internal/events/" + event + "/invitations";
        Answer round = send("POST", invitations, "{\"serviceIds\":[\"" + festival + "\",\"" + museum + "\"]}",
                "lies", "geheim");
        assertEquals(round.body(), 200, round.status());
        assertEquals("the steward once, the erased volunteer not", 1, round.json().get("invited").asInt());
        assertEquals(YEAR + "-01-01", round.json().get("from").asText());
        assertEquals(YEAR + "-12-31", round.json().get("to").asText());
        JsonNode guests = get(invitations, "lies", "geheim").json();
        assertEquals(guests.toString(), 1, guests.size());
        assertEquals(steward, guests.get(0).get("volunteerId").asText());
        assertEquals(festival, guests.get(0).get("serviceId").asText());
        Answer backwards = send("POST", invitations, "{\"from\":\"" + YEAR + "-12-31\",\"to\":\"" + YEAR
                + "-01-01\"}", "lies", "geheim");
        assertEquals(backwards.body(), 400, backwards.status());
        assertEquals("to", backwards.json().get("error").get("field").asText());

        String newcomer = volunteer("Nieuwkomer");
        Answer personal = send("PUT", invitations + "/" + newcomer, null, "lies", "geheim");
        assertEquals(personal.body(), 201, personal.status());
        assertFalse("no service in the event's year: " + personal.body(), personal.json().has("serviceId"));
        assertEquals(200, send("PUT", invitations + "/" + newcomer, null, "lies", "geheim").status());
        Answer inactive = send("PUT", invitations + "/" + erased, null, "lies", "geheim");
        assertEquals(inactive.body(), 409, inactive.status());
        assertEquals("volunteerId", inactive.json().get("error").get("field").asText());
        assertEquals(404, send("PUT", invitations + "/" + UUID.randomUUID(), null, "lies", "geheim").status());
        assertEquals(403, send("PUT", invitations + "/" + newcomer, null, "kim", "wachtwoord").status());
        JsonNode trail = get("/api/audit?subjectId=" + newcomer + "&limit=200", "karaf", "karaf").json();
        assertTrue(trail.toString(), trail.toString().contains("internal event invitation"));

        String console = executeCommand("pillars:internal-event-invite --service " + festival + " --from " + YEAR
                + "-01-01 --to " + YEAR + "-12-31 " + event);
        assertTrue(console, console.contains("0 invited / uitgenodigd, 1 already invited"));
        assertTrue(executeCommand("pillars:internal-event-invite --from 1-1-" + YEAR + " " + event)
                .contains("invalid_date (--from)"));
        String one = executeCommand("pillars:internal-event-invite-volunteer " + event + " " + newcomer);
        assertTrue(one, one.contains("Already invited / Al uitgenodigd: " + newcomer));
        assertEquals(2, get(invitations, "lies", "geheim").json().size());
    }

    @Test
    public void aCoachKeepsACaseloadAndConfidentialCheckIns() {
        String care = service("Woonzorgcentrum " + UUID.randomUUID());
        String volunteer = engagedVolunteer("Gecoacht", care);
        assertEquals(403, send("PUT", "/api/internal/coaches/karaf", null, "lies", "geheim").status());
        assertEquals(200, send("PUT", "/api/internal/coaches/lies", null, "lies", "geheim").status());
        String caseload = "/api/internal/coaches/lies/volunteers/" + volunteer;
        assertEquals(200, send("PUT", caseload, null, "karaf", "karaf").status());
        assertTrue(get("/api/internal/coaches/lies/volunteers", "lies", "geheim").body().contains(volunteer));
        Answer checkIn = send("POST", caseload + "/checkins", "{\"date\":\"" + LocalDate.now()
                + "\",\"notes\":\"Vertrouwelijk gesprek\"}", "lies", "geheim");
        assertEquals(checkIn.body(), 201, checkIn.status());
        assertEquals(403, send("POST", caseload + "/checkins", "{\"date\":\"" + LocalDate.now()
                + "\",\"notes\":\"Namens lies\"}", "karaf", "karaf").status());
        Answer future = send("POST", caseload + "/checkins", "{\"date\":\"" + LocalDate.now().plusDays(1)
                + "\",\"notes\":\"Morgen\"}", "lies", "geheim");
        assertEquals(400, future.status());
        assertEquals("date", future.json().get("error").get("field").asText());
        assertEquals("Vertrouwelijk gesprek", get(caseload + "/checkins", "karaf", "karaf").json().get(0).get("notes")
                .asText());
        assertEquals(403, get(caseload + "/checkins", "kim", "wachtwoord").status());

        JsonNode export = get("/api/volunteers/" + volunteer + "/export", "lies", "geheim").json().get("holders");
        assertEquals("Vertrouwelijk gesprek", export.get("internal.coaches").get("checkIns").get(0).get("notes")
                .asText());
        Answer erased = send("POST", "/api/volunteers/" + volunteer + "/erase", null, "karaf", "karaf");
        assertTrue(erased.body(), erased.body().contains("internal.coaches"));
        assertEquals(0, get(caseload + "/checkins", "karaf", "karaf").json().size());
    }

    @Test
    public void theOrganisationNoteNeedsEveryRequiredPartAndReceiptsAreRecorded() {
        String library = service("Stadsarchief " + UUID.randomUUID());
        String informed = engagedVolunteer("Geinformeerd", library);
        String uninformed = engagedVolunteer("Oningelicht", library);
        Answer insurance = send("POST", "/api/internal/information/insurance", "{\"insurer\":\"Ethias\","
                + "\"policyNumber\":\"45.123\",\"cover\":\"Burgerlijke aansprakelijkheid\",\"validFrom\":\""
                + (YEAR - 1) + "-01-01\"}", "karaf", "karaf");
        assertEquals(insurance.body(), 201, insurance.status());
        assertEquals(403, send("POST", "/api/internal/information/insurance", "{}", "lies", "geheim").status());
        String part = "{\"nl\":\"Tekst\",\"en\":\"Text\"}";
        Answer missing = send("POST", "/api/internal/information/note/versions", "{\"purpose\":" + part
                + ",\"legalForm\":" + part + ",\"insurance\":" + part + ",\"expenses\":{\"nl\":\"Forfait\"},"
                + "\"discretion\":" + part + "}", "karaf", "karaf");
        assertEquals(400, missing.status());
        assertEquals("expenses.en", missing.json().get("error").get("field").asText());
        Answer published = send("POST", "/api/internal/information/note/versions", "{\"purpose\":" + part
                + ",\"legalForm\":" + part + ",\"insurance\":" + part + ",\"expenses\":" + part + ",\"discretion\":"
                + part + "}", "karaf", "karaf");
        assertEquals(published.body(), 201, published.status());
        int version = published.json().get("version").asInt();
        JsonNode note = get("/api/internal/information/note", "lies", "geheim").json();
        assertEquals(version, note.get("note").get("version").asInt());
        assertEquals("Ethias", note.get("insurancePolicy").get("insurer").asText());

        Answer receipt = send("PUT", "/api/internal/information/receipts/" + informed, "{\"version\":" + version
                + ",\"receivedOn\":\"" + LocalDate.now() + "\"}", "lies", "geheim");
        assertEquals(receipt.body(), 200, receipt.status());
        String list = get("/api/internal/information/uninformed?limit=200", "lies", "geheim").body();
        assertTrue(list, list.contains(uninformed));
        assertFalse(list, list.contains(informed));
        assertEquals(400, send("PUT", "/api/internal/information/receipts/" + informed, "{\"version\":" + (version + 1)
                + ",\"receivedOn\":\"" + LocalDate.now() + "\"}", "lies", "geheim").status());
        JsonNode export = get("/api/volunteers/" + informed + "/export", "lies", "geheim").json().get("holders");
        assertEquals(version, export.get("internal.information").get("noteReceipts").get(0).get("version").asInt());
    }
}
