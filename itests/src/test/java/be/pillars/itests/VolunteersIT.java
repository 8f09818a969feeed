package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Hashtable;
import java.util.Map;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;

import com.fasterxml.jackson.databind.JsonNode;

import be.pillars.api.volunteer.VolunteerEvents;

/** Volunteers over real HTTP against the real distribution and its H2 database, as coordinators use them. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class VolunteersIT extends PillarsTestSupport {

    private static String volunteer(String email, String postalCode) {
        return "{\"firstName\":\"An\",\"lastName\":\"Peeters\",\"email\":\"" + email + "\",\"postalCode\":\""
                + postalCode + "\",\"district\":\"Kiewit\",\"languages\":[\"nl\"],\"skills\":[\"first-aid\"],"
                + "\"availability\":[{\"day\":\"MONDAY\",\"from\":\"09:00\",\"to\":\"12:00\"}],"
                + "\"preference\":\"BOTH\",\"gender\":\"vrouw\",\"consents\":[{\"purpose\":\"matching\",\"givenAt\":\"2026-01-05T10:00:00Z\"}]}";
    }

    private static Answer create(String email) {
        Answer created = send("POST", "/api/volunteers", volunteer(email, "3500"), "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        return created;
    }

    @Test
    public void aCoordinatorCreatesReadsChangesAndDeactivatesAVolunteer() {
        Answer created = create("an.lifecycle@example.be");
        String id = created.json().get("id").asText();
        assertEquals("\"1\"", created.header("ETag"));
        assertEquals("/api/volunteers/" + id, created.header("Location"));
        assertEquals("CANDIDATE", created.json().get("status").asText());

        Answer read = get("/api/volunteers/" + id, "lies", "geheim");
        assertEquals(200, read.status());
        assertEquals("\"1\"", read.header("ETag"));
        assertEquals("MONDAY", read.json().get("availability").get(0).get("day").asText());
        assertFalse("gender is for anonymous statistics only", read.json().has("gender"));

        String changed = volunteer("an.lifecycle@example.be", "3510").replace("\"BOTH\"", "\"REGULAR\"");
        Answer updated = send("PUT", "/api/volunteers/" + id, changed, "lies", "geheim", "If-Match", "\"1\"");
        assertEquals(updated.body(), 200, updated.status());
        assertEquals("\"2\"", updated.header("ETag"));
        assertEquals("3510", get("/api/volunteers/" + id, "lies", "geheim").json().get("postalCode").asText());
        // the PUT did not name the gender it cannot see: what the volunteer said stays
        assertEquals("vrouw", get("/api/volunteers/" + id + "/export", "lies", "geheim").json().get("holders")
                .get("core.volunteers").get("gender").asText());
        String withoutGender = changed.replace(",\"gender\":\"vrouw\"", "");
        assertEquals(200, send("PUT", "/api/volunteers/" + id, withoutGender.replace("3510", "3511"), "lies", "geheim",
                "If-Match", "\"2\"").status());
        assertEquals("vrouw", get("/api/volunteers/" + id + "/export", "lies", "geheim").json().get("holders")
                .get("core.volunteers").get("gender").asText());
        assertEquals(200, send("PUT", "/api/volunteers/" + id, changed.replace("\"vrouw\"", "null"), "lies", "geheim",
                "If-Match", "\"3\"").status());
        assertFalse("a gender named null is cleared", get("/api/volunteers/" + id + "/export", "lies", "geheim").json()
                .get("holders").get("core.volunteers").hasNonNull("gender"));

        Answer deactivated = send("POST", "/api/volunteers/" + id + "/deactivate", null, "karaf", "karaf",
                "If-Match", "\"4\"");
        assertEquals(deactivated.body(), 200, deactivated.status());
        assertEquals("INACTIVE", deactivated.json().get("status").asText());
    }

    @Test
    public void changesAreAnnouncedOnEventAdmin() throws Exception {
        BlockingQueue<Event> heard = new LinkedBlockingQueue<>();
        ServiceRegistration<EventHandler> listener = bundleContext.registerService(EventHandler.class, heard::add,
                new Hashtable<>(Map.of(EventConstants.EVENT_TOPIC, "be/pillars/volunteer/*")));
        try {
            String id = create("an.events@example.be").json().get("id").asText();
            Event created = heard.poll(5, TimeUnit.SECONDS);
            assertEquals(VolunteerEvents.CREATED, created.getTopic());
            assertEquals(id, created.getProperty(VolunteerEvents.ID));
            assertEquals(1L, created.getProperty(VolunteerEvents.VERSION));
        } finally {
            listener.unregister();
        }
    }

    @Test
    public void aVolunteerIsExportedAndErasedEverywhere() {
        String id = create("an.gdpr@example.be").json().get("id").asText();
        Answer export = get("/api/volunteers/" + id + "/export", "lies", "geheim");
        assertEquals(export.body(), 200, export.status());
        JsonNode core = export.json().get("holders").get("core.volunteers");
        assertEquals("an.gdpr@example.be", core.get("volunteer").get("email").asText());
        assertEquals("vrouw", core.get("gender").asText());

        assertEquals("only admins erase", 403, send("POST", "/api/volunteers/" + id + "/erase", null, "lies",
                "geheim").status());
        Answer erased = send("POST", "/api/volunteers/" + id + "/erase", null, "karaf", "karaf");
        assertEquals(erased.body(), 200, erased.status());
        assertTrue(erased.body(), erased.body().contains("core.volunteers"));
        JsonNode after = get("/api/volunteers/" + id, "lies", "geheim").json();
        assertEquals("-", after.get("lastName").asText());
        assertFalse(after.toString().contains("an.gdpr"));
        assertEquals(0, get("/api/volunteers?name=peeters&postalCode=3500&limit=200", "lies", "geheim").json()
                .findValuesAsText("email").stream().filter(email -> email.contains("an.gdpr")).count());
        assertEquals(404, send("POST", "/api/volunteers/00000000-0000-0000-0000-000000000001/erase", null, "karaf",
                "karaf").status());
    }

    @Test
    public void adminsExtendTheSkillTaxonomyAndVolunteersUseIt() {
        String beekeeping = "{\"code\":\"beekeeping\",\"label\":{\"nl\":\"Imkeren\",\"en\":\"Beekeeping\"}}";
        assertEquals(403, send("POST", "/api/skills", beekeeping, "lies", "geheim").status());
        assertEquals(201, send("POST", "/api/skills", beekeeping, "karaf", "karaf").status());
        assertEquals(409, send("POST", "/api/skills", beekeeping, "karaf", "karaf").status());
        Answer badCode = send("POST", "/api/skills", beekeeping.replace("beekeeping", "Bee Keeping"), "karaf", "karaf");
        assertEquals("code", badCode.json().get("error").get("field").asText());
        assertEquals(200, send("PUT", "/api/skills/beekeeping", "{\"label\":{\"nl\":\"Bijen houden\","
                + "\"en\":\"Beekeeping\"}}", "karaf", "karaf").status());
        assertTrue(get("/api/skills").body().contains("Bijen houden"));
        Answer volunteer = send("POST", "/api/volunteers", volunteer("an.bees@example.be", "3500")
                .replace("\"first-aid\"", "\"beekeeping\""), "lies", "geheim");
        assertEquals(volunteer.body(), 201, volunteer.status());
    }

    @Test
    public void aSearchResultIsExportedAsCsv() {
        create("an.csv@example.be");
        Answer csv = get("/api/volunteers/export.csv?name=peeters&skill=first-aid", "lies", "geheim");
        assertEquals(csv.body(), 200, csv.status());
        assertTrue(csv.header("Content-Type"), csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("\uFEFFid;voornaam;achternaam;e-mail;"));
        assertTrue(get("/api/volunteers/export.csv?name=peeters", "lies", "geheim").body().startsWith("\uFEFFid;"
                + "voornaam;"));
        assertTrue(send("GET", "/api/volunteers/export.csv?name=peeters", null, "lies", "geheim", "Accept-Language",
                "en").body().startsWith("\uFEFFid;firstName;lastName;email;"));
        assertTrue(csv.body(), csv.body().contains(";an.csv@example.be;"));
        assertFalse("gender stays out of exports", csv.body().contains("vrouw"));
        assertEquals(401, get("/api/volunteers/export.csv").status());
    }

    private static Answer sendCsv(String csv) {
        return sendBody("POST", "/api/volunteers/import", "text/csv; charset=UTF-8", csv, "lies", "geheim");
    }

    @Test
    public void aSpreadsheetIsImportedAllOrNothing() throws Exception {
        String header = "\uFEFFfirstName;lastName;email;postalCode;preference;skills\r\n";
        Answer refused = sendCsv(header + "Ilse;Import;ilse.import@example.be;3500;BOTH;first-aid\r\n"
                + "Jan;Import;jan.import@example;3500;BOTH;\r\n"
                + "Kris;Import;kris.import@example.be;35;SOMETIMES;\r\n");
        assertEquals(refused.body(), 400, refused.status());
        JsonNode problems = refused.json().get("error").get("problems");
        assertEquals("3 email", problems.get(0).get("row").asInt() + " " + problems.get(0).get("field").asText());
        assertEquals(4, problems.get(1).get("row").asInt());
        assertEquals(0, get("/api/volunteers?name=import", "lies", "geheim").json().get("total").asInt());

        Answer imported = sendCsv(header + "Ilse;Import;ilse.import@example.be;3500;BOTH;first-aid\r\n"
                + "Jan;Import;jan.import@example.be;3510;regular;\r\n");
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(2, imported.json().get("imported").asInt());
        assertEquals(2, get("/api/volunteers?name=import", "lies", "geheim").json().get("total").asInt());

        Path file = Files.createTempFile("volunteers", ".csv");
        Files.writeString(file, "firstName,lastName,email,postalCode,preference\nLuc,Console,"
                + "luc.console@example.be,3500,OCCASIONAL\n");
        String console = executeCommand("pillars:import-volunteers " + file);
        assertTrue(console, console.contains("1 volunteers imported"));
        String again = executeCommand("pillars:import-volunteers " + file);
        assertTrue(again, again.contains("line 2, email"));
        Files.delete(file);
    }

    @Test
    public void everyReadAndChangeOfPersonalDataIsAuditedForAdmins() {
        String id = create("an.audited@example.be").json().get("id").asText();
        get("/api/volunteers/" + id, "lies", "geheim");
        get("/api/volunteers?name=audited", "lies", "geheim");
        executeCommand("pillars:volunteer " + id);
        Answer log = get("/api/audit?subjectId=" + id, "karaf", "karaf");
        assertEquals(log.body(), 200, log.status());
        assertEquals("READ", log.json().get("items").get(0).get("action").asText());
        assertTrue(log.json().get("items").get(0).get("actor").asText().startsWith("console:"));
        assertEquals("READ lies", log.json().get("items").get(1).get("action").asText() + " "
                + log.json().get("items").get(1).get("actor").asText());
        assertEquals("CREATE", log.json().get("items").get(2).get("action").asText());
        Answer searches = get("/api/audit?actor=lies&limit=200", "karaf", "karaf");
        assertTrue(searches.body().contains("\"detail\":\"name\""));
        assertFalse("search values are personal data", searches.body().contains("audited"));
        assertEquals(403, get("/api/audit", "lies", "geheim").status());
    }

    @Test
    public void theConsoleListsAndShowsVolunteers() {
        String id = create("an.console@example.be").json().get("id").asText();
        String list = executeCommand("pillars:volunteers --name peeters --postal-code 3500 --limit 200");
        assertTrue(list, list.contains(id));
        assertTrue(list, list.contains("an.console@example.be"));
        String show = executeCommand("pillars:volunteer " + id);
        assertTrue(show, show.contains("an.console@example.be"));
        assertTrue(show, show.contains("first-aid"));
        assertFalse(show, show.contains("vrouw"));
        assertTrue(executeCommand("pillars:volunteer nobody").contains("is not a volunteer id"));
    }

    @Test
    public void twoCoordinatorsEditingTheSameVersionNeverOverwriteEachOther() {
        String id = create("an.concurrent@example.be").json().get("id").asText();
        String first = volunteer("an.concurrent@example.be", "3510");
        String second = volunteer("an.concurrent@example.be", "3520");
        assertEquals(200, send("PUT", "/api/volunteers/" + id, first, "lies", "geheim", "If-Match", "\"1\"").status());
        Answer late = send("PUT", "/api/volunteers/" + id, second, "karaf", "karaf", "If-Match", "\"1\"");
        assertEquals(412, late.status());
        assertEquals("stale_version", late.json().get("error").get("code").asText());
        assertEquals("3510", get("/api/volunteers/" + id, "lies", "geheim").json().get("postalCode").asText());

        Answer blind = send("PUT", "/api/volunteers/" + id, second, "lies", "geheim");
        assertEquals(428, blind.status());
        assertEquals("If-Match", blind.json().get("error").get("field").asText());
    }

    @Test
    public void searchFindsByCriteriaWithPaging() {
        create("zoe.search@example.be");
        create("zack.search@example.be");
        JsonNode page = get("/api/volunteers?name=peeters&skill=first-aid&postalCode=3500&limit=1",
                "lies", "geheim").json();
        assertEquals(1, page.get("items").size());
        assertEquals(1, page.get("limit").asInt());
        assertTrue(page.get("total").asLong() >= 2);
        Answer badLimit = get("/api/volunteers?limit=0", "lies", "geheim");
        assertEquals(400, badLimit.status());
        assertEquals("limit", badLimit.json().get("error").get("field").asText());
        Answer badStatus = get("/api/volunteers?status=sleeping", "lies", "geheim");
        assertEquals("status", badStatus.json().get("error").get("field").asText());
    }

    @Test
    public void personalDataStaysWithCoordinatorsAndAdmins() {
        String id = create("an.private@example.be").json().get("id").asText();
        Answer anonymous = get("/api/volunteers/" + id);
        assertEquals(401, anonymous.status());
        assertFalse(anonymous.body().contains("Peeters"));
        assertEquals(401, get("/api/volunteers").status());
        Answer organisation = get("/api/volunteers/" + id, "kim", "wachtwoord");
        assertEquals(403, organisation.status());
        assertFalse(organisation.body().contains("Peeters"));
        assertEquals(403, send("POST", "/api/volunteers", volunteer("kim.made@example.be", "3500"), "kim",
                "wachtwoord").status());
    }

    @Test
    public void badInputIsRefusedNamingTheFieldAndChangesNothing() throws Exception {
        create("an.taken@example.be");
        assertRefused(send("POST", "/api/volunteers", volunteer("AN.TAKEN@example.be", "3500"), "lies", "geheim"),
                409, "duplicate_email", "email");
        assertRefused(send("POST", "/api/volunteers", volunteer("an.postal@example.be", "35"), "lies", "geheim"),
                400, "invalid_postal_code", "postalCode");
        assertRefused(send("POST", "/api/volunteers", "{\"firstName\": ", "lies", "geheim"),
                400, "malformed_json", null);
        assertRefused(send("POST", "/api/volunteers", volunteer("an.role@example.be", "3500")
                .replace("{\"firstName\"", "{\"role\":\"admin\",\"firstName\""), "lies", "geheim"),
                400, "unknown_field", "role");
        assertRefused(postLarge("/api/volunteers", 1_100_000, "lies", "geheim"), 413, "body_too_large", null);
        assertRefused(get("/api/volunteers/00000000-0000-0000-0000-000000000000", "lies", "geheim"),
                404, "not_found", null);
        assertRefused(get("/api/volunteers/not-a-uuid", "lies", "geheim"), 400, "invalid_id", "id");
        JsonNode none = get("/api/volunteers?name=postal", "lies", "geheim").json();
        assertEquals(0, none.get("total").asLong());
    }

    private static void assertRefused(Answer answer, int status, String code, String field) {
        assertEquals(answer.body(), status, answer.status());
        JsonNode error = answer.json().get("error");
        assertEquals(code, error.get("code").asText());
        if (field == null) {
            assertNull(answer.body(), error.get("field"));
        } else {
            assertEquals(field, error.get("field").asText());
        }
    }

    @Test
    public void aCandidateWithAnEngagementIsActiveAndADeactivatedVolunteerStopsWorkingThatDay() {
        String organisation = send("POST", "/api/organisations", "{\"kind\":\"MUNICIPAL_SERVICE\","
                + "\"name\":\"Evenementendienst\"}", "lies", "geheim").json().get("id").asText();
        String id = create("an.steward@example.be").json().get("id").asText();
        String today = LocalDate.now(ZoneOffset.UTC).toString();
        Answer running = send("POST", "/api/engagements", "{\"volunteerId\":\"" + id + "\",\"organisationId\":\""
                + organisation + "\",\"role\":\"steward\",\"kind\":\"OCCASIONAL\",\"startDate\":\"" + today
                + "\",\"pillar\":\"internal\"}", "lies", "geheim");
        assertEquals(running.body(), 201, running.status());
        assertEquals("an engagement without a status stands where its dates put it", "ACTIVE",
                running.json().get("status").asText());
        Answer planned = send("POST", "/api/engagements", "{\"volunteerId\":\"" + id + "\",\"organisationId\":\""
                + organisation + "\",\"role\":\"steward\",\"kind\":\"OCCASIONAL\",\"startDate\":\""
                + LocalDate.now(ZoneOffset.UTC).plusMonths(2) + "\",\"pillar\":\"internal\"}", "lies", "geheim");
        assertEquals("PLANNED", planned.json().get("status").asText());
        Answer volunteer = get("/api/volunteers/" + id, "lies", "geheim");
        assertEquals("ACTIVE", volunteer.json().get("status").asText());

        assertEquals(200, send("POST", "/api/volunteers/" + id + "/deactivate", null, "lies", "geheim", "If-Match",
                volunteer.header("ETag")).status());
        JsonNode ended = get("/api/engagements/" + running.json().get("id").asText(), "lies", "geheim").json();
        assertEquals("ENDED", ended.get("status").asText());
        assertEquals(today, ended.get("endDate").asText());
        assertEquals("CANCELLED", get("/api/engagements/" + planned.json().get("id").asText(), "lies", "geheim")
                .json().get("status").asText());
    }

    @Test
    public void aVolunteerUnderTheMinimumAgeNeedsAGuardiansConsent() {
        String young = "{\"firstName\":\"Mila\",\"lastName\":\"Peeters\",\"email\":\"mila@example.be\","
                + "\"postalCode\":\"3500\",\"preference\":\"OCCASIONAL\",\"birthDate\":\""
                + LocalDate.now(ZoneOffset.UTC).minusYears(10) + "\"";
        Answer refused = send("POST", "/api/volunteers", young + "}", "lies", "geheim");
        assertEquals(refused.body(), 400, refused.status());
        assertEquals("birthDate", refused.json().get("error").get("field").asText());
        assertEquals("too_young", refused.json().get("error").get("code").asText());
        assertTrue(refused.body(), refused.json().get("error").get("message").asText().contains("16"));
        Answer consented = send("POST", "/api/volunteers", young + ",\"consents\":[{\"purpose\":\"guardian\","
                + "\"givenAt\":\"2026-01-05T10:00:00Z\"}]}", "lies", "geheim");
        assertEquals(consented.body(), 201, consented.status());
    }

    @Test
    public void anImportTakesDutchColumnsAndTheOptionalOnesOfTheJson() {
        Answer imported = sendBody("POST", "/api/volunteers/import", "text/csv", "voornaam;achternaam;e-mail;postcode;"
                + "voorkeur;beschikbaarheid;onbeschikbaar;toestemmingen;gender\n"
                + "Noor;Yildiz;noor.import@example.be;3500;REGULAR;maandag 09:00-12:00;2026-12-24;matching@2026-11-01;"
                + "vrouw\n", "lies", "geheim");
        assertEquals(imported.body(), 200, imported.status());
        JsonNode noor = get("/api/volunteers?name=yildiz", "lies", "geheim").json().get("items").get(0);
        assertEquals("MONDAY", noor.get("availability").get(0).get("day").asText());
        assertEquals("2026-12-24", noor.get("unavailableDates").get(0).asText());
        assertEquals("matching", noor.get("consents").get(0).get("purpose").asText());
    }
}
