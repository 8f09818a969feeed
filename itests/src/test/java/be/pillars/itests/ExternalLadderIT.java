package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
import java.util.UUID;

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
 * The engagement ladder, intake referrals, self-applications from the public site and the report per organisation,
 * over real HTTP and the real console.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ExternalLadderIT extends PillarsTestSupport {

    private static final LocalDate TOMORROW = LocalDate.now().plusDays(1);

    @Inject
    private ConfigurationAdmin configurationAdmin;

    @Before
    public void awaitTheStores() {
        awaitServing("/api/organisations?limit=1", "/api/external/applications?limit=1");
    }

    private static String organisation() {
        return send("POST", "/api/organisations", "{\"kind\":\"EXTERNAL\",\"name\":\"Ladder " + UUID.randomUUID()
                + "\"}", "lies", "geheim").json().get("id").asText();
    }

    private static String volunteer(String lastName) {
        Answer created = send("POST", "/api/volunteers", "{\"firstName\":\"Lars\",\"lastName\":\"" + lastName
                + "\",\"email\":\"" + lastName.toLowerCase() + "@example.be\",\"postalCode\":\"3500\",\"preference\":"
                + "\"BOTH\",\"status\":\"ACTIVE\",\"languages\":[\"nl\"],\"availability\":[{\"day\":\"SATURDAY\","
                + "\"from\":\"09:00\",\"to\":\"12:00\"}]}", "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    private static void engagement(String volunteer, String organisation, String kind, String start) {
        Answer created = send("POST", "/api/engagements", "{\"volunteerId\":\"" + volunteer + "\",\"organisationId\":\""
                + organisation + "\",\"role\":\"onthaal\",\"kind\":\"" + kind + "\",\"startDate\":\"" + start
                + "\",\"endDate\":\"" + start + "\",\"status\":\"ENDED\",\"pillar\":\"external\"}", "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
    }

    private static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
    }

    private static JsonNode climbers() {
        Answer answer = get("/api/external/ladder/volunteers?limit=100", "lies", "geheim");
        assertEquals(answer.body(), 200, answer.status());
        return answer.json().get("items");
    }

    private static JsonNode climber(String volunteer) {
        for (JsonNode climber : climbers()) {
            if (climber.get("volunteerId").asText().equals(volunteer)) {
                return climber;
            }
        }
        return null;
    }

    @Test
    public void theLadderSuggestsRegularWorkToOneOffVolunteersAndMeasuresTheStep() {
        String organisation = organisation();
        Answer weekly = send("POST", "/api/external/vacancies", "{\"organisationId\":\"" + organisation + "\","
                + "\"title\":{\"nl\":\"Elke zaterdag onthaal\"},\"description\":{\"nl\":\"Vaste ploeg\"},"
                + "\"niceToHaveSkills\":[\"cooking\"],\"place\":{\"postalCode\":\"3500\"},\"time\":{\"weekly\":[{"
                + "\"day\":\"SATURDAY\",\"from\":\"09:00\",\"to\":\"12:00\"}],\"startDate\":\"" + TOMORROW + "\"},"
                + "\"kind\":\"REGULAR\",\"wanted\":3,\"status\":\"OPEN\"}", "lies", "geheim");
        assertEquals(weekly.body(), 201, weekly.status());
        String vacancy = weekly.json().get("id").asText();
        String volunteer = volunteer(uniqueName("Ladder"));
        engagement(volunteer, organisation, "OCCASIONAL", "2025-01-10");

        JsonNode listed = climber(volunteer);
        assertTrue("a one-off volunteer is on the ladder", listed != null);
        assertEquals(1, listed.get("occasionalEngagements").asInt());
        assertTrue(listed.toString(), listed.get("regularVacancies").toString().contains(vacancy));
        assertTrue(listed.toString(), listed.get("regularVacancies").get(0).get("contributions").size() >= 5);

        engagement(volunteer, organisation, "REGULAR", "2025-03-01");
        assertEquals("once regular, off the ladder", null, climber(volunteer));
        JsonNode report = get("/api/external/ladder/report", "lies", "geheim").json();
        JsonNode sixMonths = report.get("conversion").get(0);
        assertEquals(6, sixMonths.get("withinMonths").asInt());
        assertTrue(report.toString(), sixMonths.get("tookRegular").asInt() >= 1);
        assertTrue(report.toString(), report.get("timeToFirst").has("medianDays"));
        assertFalse("counts only", report.toString().contains(volunteer));

        assertEquals(401, get("/api/external/ladder/report").status());
        assertEquals(403, get("/api/external/ladder/volunteers", "kim", "wachtwoord").status());
        Answer tooMany = get("/api/external/ladder/volunteers?suggestions=21", "lies", "geheim");
        assertEquals(tooMany.body(), 400, tooMany.status());
        assertEquals("suggestions", tooMany.json().get("error").get("field").asText());
        String output = executeCommand("pillars:external-ladder");
        assertTrue(output, output.contains("Engagement ladder") && output.contains("Took regular"));
    }

    @Test
    public void referralsAndSelfApplicationsCountAsCoachAndSelfMatchesPerOrganisation() throws Exception {
        String organisation = organisation();
        Answer created = send("POST", "/api/external/vacancies", ExternalVacanciesIT.vacancyJson(organisation,
                "Soepbedeling", "OPEN").replace("\"wanted\":1", "\"wanted\":2"), "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        String vacancy = created.json().get("id").asText();

        // a coach refers a volunteer after an intake (held yesterday: a result comes after it): that proposes the volunteer
        String referred = volunteer(uniqueName("Referred"));
        Answer intake = send("POST", "/api/external/intakes", "{\"volunteerId\":\"" + referred + "\",\"plannedAt\":\""
                + LocalDate.now().minusDays(1) + "T09:00:00Z\"}", "lies", "geheim");
        assertEquals(intake.body(), 201, intake.status());
        Answer recorded = send("PUT", "/api/external/intakes/" + intake.json().get("id").asText() + "/result",
                "{\"outcome\":\"READY\",\"referredTo\":[\"" + vacancy + "\"]}", "lies", "geheim", "If-Match", "\"1\"");
        assertEquals(recorded.body(), 200, recorded.status());
        JsonNode proposal = get("/api/external/applications?volunteerId=" + referred, "lies", "geheim").json()
                .get("items").get(0);
        assertEquals("PROPOSED", proposal.get("status").asText());
        assertEquals("lies", proposal.get("history").get(0).get("changedBy").asText());
        accept(proposal, "APPLIED", "ACCEPTED");

        // a person registers on the public site and applies at once
        String lastName = uniqueName("Selfmade");
        String candidate = "{\"firstName\":\"Sam\",\"lastName\":\"" + lastName + "\",\"email\":\""
                + lastName.toLowerCase() + "@example.be\",\"postalCode\":\"3500\",\"skills\":[\"cooking\"],"
                + "\"preference\":\"BOTH\",\"consent\":true,\"vacancyId\":\"%s\"}";
        Configuration limits = configurationAdmin.getConfiguration("be.pillars.external.candidates", "?");
        Dictionary<String, Object> generous = new Hashtable<>();
        generous.put("registrationBurst", 50);
        limits.update(generous);
        try {
            awaitMillis("the generous limits in force", 10_000, () -> postAnonymously("/api/external/candidates",
                    candidate.formatted(UUID.randomUUID())).status() == 400);
            Answer unknown = postAnonymously("/api/external/candidates", candidate.formatted(UUID.randomUUID()));
            assertEquals(unknown.body(), 400, unknown.status());
            assertEquals("vacancyId", unknown.json().get("error").get("field").asText());
            assertEquals("nothing stored", 0, get("/api/volunteers?name=" + lastName, "lies", "geheim").json()
                    .get("total").asInt());
            Answer applied = postAnonymously("/api/external/candidates", candidate.formatted(vacancy));
            assertEquals(applied.body(), 201, applied.status());
        } finally {
            limits.delete();
        }
        String self = get("/api/volunteers?name=" + lastName, "lies", "geheim").json().get("items").get(0).get("id")
                .asText();
        JsonNode application = get("/api/external/applications?volunteerId=" + self, "lies", "geheim").json()
                .get("items").get(0);
        assertEquals("APPLIED", application.get("status").asText());
        assertEquals("self-registration", application.get("history").get(0).get("changedBy").asText());
        accept(application, "ACCEPTED");

        Answer answer = get("/api/external/reports/organisations?organisationId=" + organisation, "lies", "geheim");
        assertEquals(answer.body(), 200, answer.status());
        JsonNode line = answer.json().get("organisations").get(0);
        assertEquals(organisation, line.get("organisationId").asText());
        assertEquals(1, line.get("vacancies").get("FILLED").asInt());
        assertEquals(2, line.get("placesFilled").asInt());
        assertEquals(2, line.get("applications").asInt());
        assertEquals(1, line.get("matchesByCoaches").asInt());
        assertEquals(1, line.get("matchesSelfApplied").asInt());
        String yesterday = LocalDate.now().minusDays(1).toString();
        assertEquals(0, get("/api/external/reports/organisations?organisationId=" + organisation + "&to=" + yesterday,
                "lies", "geheim").json().get("organisations").get(0).get("matchesByCoaches").asInt());

        Answer badDay = get("/api/external/reports/organisations?from=2026-13-01", "lies", "geheim");
        assertEquals(badDay.body(), 400, badDay.status());
        assertEquals("from", badDay.json().get("error").get("field").asText());
        Answer backwards = get("/api/external/reports/organisations?from=2026-02-01&to=2026-01-01", "lies", "geheim");
        assertEquals(backwards.body(), 400, backwards.status());
        assertEquals("to", backwards.json().get("error").get("field").asText());
        assertEquals("an organisation user without an organisation sees nothing", 403,
                get("/api/external/reports/organisations", "kim", "wachtwoord").status());
        String output = executeCommand("pillars:external-report");
        assertTrue(output, output.contains(line.get("organisation").asText()));
    }

    @Test
    public void theReportsGoToSpreadsheetsInTheCallersLanguageDutchUnlessEnglishIsAsked() {
        String organisation = organisation();
        Answer vacancy = send("POST", "/api/external/vacancies", ExternalVacanciesIT.vacancyJson(organisation,
                "Rommelmarkt", "OPEN"), "lies", "geheim");
        assertEquals(vacancy.body(), 201, vacancy.status());
        // a one-off volunteer whose six months are past: the conversion has a share to write
        engagement(volunteer(uniqueName("Spreadsheet")), organisation, "OCCASIONAL", "2025-01-10");

        String report = "/api/external/reports/organisations.csv?organisationId=" + organisation;
        Answer dutch = get(report, "lies", "geheim");
        assertEquals(dutch.body(), 200, dutch.status());
        assertTrue(dutch.header("Content-Type"), dutch.header("Content-Type").startsWith("text/csv"));
        List<String> lines = csvLines(dutch);
        assertEquals("organisatie-id;organisatie;concept;open;ingevuld;gesloten;gevraagde plaatsen;ingevulde plaatsen;"
                + "sollicitaties;matches door coaches;matches op eigen sollicitatie", lines.get(0));
        assertTrue(lines.toString(), lines.get(1).startsWith(organisation + ";Ladder ") && lines.get(1)
                .endsWith(";0;1;0;0;1;0;0;0;0"));
        assertTrue(csvLines(send("GET", report, null, "lies", "geheim", "Accept-Language", "en")).get(0)
                .startsWith("organisationId;organisation;draft;open;filled;closed;placesWanted;"));
        assertEquals(401, get(report).status());
        assertEquals(403, get(report, "kim", "wachtwoord").status());

        List<String> conversion = csvLines(get("/api/external/ladder/conversion.csv", "lies", "geheim"));
        assertEquals("jaar eerste engagement;binnen maanden;eenmalige vrijwilligers;namen regelmatig engagement;"
                + "aandeel", conversion.get(0));
        assertTrue(conversion.toString(), conversion.get(1).matches("alle;6;\\d+;\\d+;\\d,\\d{4}"));
        List<String> english = csvLines(send("GET", "/api/external/ladder/conversion.csv", null, "lies", "geheim",
                "Accept-Language", "en"));
        assertEquals("year;withinMonths;oneOffVolunteers;tookRegular;share", english.get(0));
        assertTrue(english.toString(), english.get(1).matches("all;6;\\d+;\\d+;\\d\\.\\d{4}"));
        assertEquals("registratiejaar;met engagement;mediaan dagen;gemiddeld dagen;nog zonder engagement;"
                + "engagement voor registratie", csvLines(get("/api/external/ladder/time-to-first.csv", "lies",
                        "geheim")).get(0));
        assertEquals(403, get("/api/external/ladder/time-to-first.csv", "kim", "wachtwoord").status());
    }

    /** The lines of a CSV answer, after the byte order mark every CSV of Pillars starts with. */
    private static List<String> csvLines(Answer answer) {
        assertEquals(answer.body(), 200, answer.status());
        assertTrue(answer.body(), answer.body().startsWith("\uFEFF"));
        return List.of(answer.body().substring(1).split("\r\n"));
    }

    /** Moves an application through the given statuses, each time naming the version it read. */
    private static void accept(JsonNode application, String... statuses) {
        long version = application.get("version").asLong();
        for (String status : statuses) {
            Answer moved = send("PUT", "/api/external/applications/" + application.get("id").asText() + "/status",
                    "{\"status\":\"" + status + "\"}", "lies", "geheim", "If-Match", "\"" + version + "\"");
            assertEquals(moved.body(), 200, moved.status());
            version = moved.json().get("version").asLong();
        }
    }

}
