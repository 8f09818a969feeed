package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.LocalDate;
import java.util.Dictionary;
import java.util.HashSet;
import java.util.Hashtable;
import java.util.Set;
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
 * The external pillar's vacancies, public search, candidate registration and applications over real HTTP and
 * the real console against the real distribution.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ExternalVacanciesIT extends PillarsTestSupport {

    private static final LocalDate DAY = LocalDate.now().plusDays(10);
    private static final String CANDIDATES = "/api/external/candidates";

    @Inject
    private ConfigurationAdmin configurationAdmin;

    private static String organisation(String name) {
        Answer created = send("POST", "/api/organisations", "{\"kind\":\"EXTERNAL\",\"name\":\"" + name + "\"}",
                "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    static String vacancyJson(String organisationId, String title, String status) {
        return "{\"organisationId\":\"" + organisationId + "\",\"title\":{\"nl\":\"" + title + "\"},"
                + "\"description\":{\"nl\":\"Help mee\",\"en\":\"Lend a hand\"},\"mustHaveSkills\":[\"cooking\"],"
                + "\"niceToHaveSkills\":[\"first-aid\"],\"place\":{\"postalCode\":\"3500\",\"latitude\":50.9307,"
                + "\"longitude\":5.3378},\"time\":{\"date\":\"" + DAY + "\",\"from\":\"09:00\",\"to\":\"13:00\"},"
                + "\"kind\":\"OCCASIONAL\",\"wanted\":1,\"status\":\"" + status + "\"}";
    }

    @Test
    public void organisationsManageOnlyTheirOwnVacanciesAndCoordinatorsAll() {
        String own = organisation("Voedselbank " + UUID.randomUUID());
        String other = organisation("Scouts " + UUID.randomUUID());
        assertEquals(204, send("PUT", "/api/organisations/" + own + "/members/kim", null, "karaf", "karaf").status());
        try {
            Answer created = send("POST", "/api/external/vacancies", vacancyJson(own, "Soep koken", "DRAFT"), "kim",
                    "wachtwoord");
            assertEquals(created.body(), 201, created.status());
            assertEquals("\"1\"", created.header("ETag"));
            String id = created.json().get("id").asText();
            assertEquals("kim", created.json().get("createdBy").asText());

            assertEquals(403, send("POST", "/api/external/vacancies", vacancyJson(other, "Kamp", "DRAFT"), "kim",
                    "wachtwoord").status());
            Answer othersVacancy = send("POST", "/api/external/vacancies", vacancyJson(other, "Kamp", "DRAFT"), "lies",
                    "geheim");
            assertEquals(othersVacancy.body(), 201, othersVacancy.status());
            String othersId = othersVacancy.json().get("id").asText();
            assertEquals(403, get("/api/external/vacancies/" + othersId, "kim", "wachtwoord").status());
            assertEquals(403, get("/api/external/vacancies?organisationId=" + other, "kim", "wachtwoord").status());
            JsonNode mine = get("/api/external/vacancies", "kim", "wachtwoord").json();
            assertEquals(1, mine.get("total").asInt());
            assertEquals(id, mine.get("items").get(0).get("id").asText());

            assertEquals(428, send("PUT", "/api/external/vacancies/" + id, vacancyJson(own, "Soep", "OPEN"), "kim",
                    "wachtwoord").status());
            Answer opened = send("PUT", "/api/external/vacancies/" + id, vacancyJson(own, "Soep", "OPEN"), "kim",
                    "wachtwoord", "If-Match", "\"1\"");
            assertEquals(opened.body(), 200, opened.status());
            assertEquals("\"2\"", opened.header("ETag"));
            assertEquals(412, send("PUT", "/api/external/vacancies/" + id, vacancyJson(own, "Soep", "OPEN"), "kim",
                    "wachtwoord", "If-Match", "\"1\"").status());
            assertEquals(200, send("PUT", "/api/external/vacancies/" + othersId, vacancyJson(other, "Kamp", "OPEN"),
                    "lies", "geheim", "If-Match", "\"1\"").status());

            Answer unknownSkill = send("POST", "/api/external/vacancies", vacancyJson(own, "X", "DRAFT")
                    .replace("\"cooking\"", "\"juggling\""), "kim", "wachtwoord");
            assertEquals(400, unknownSkill.status());
            assertEquals("mustHaveSkills", unknownSkill.json().get("error").get("field").asText());
            assertEquals(401, get("/api/external/vacancies").status());
        } finally {
            send("DELETE", "/api/organisations/members/kim", null, "karaf", "karaf");
        }
    }

    @Test
    public void anyoneSearchesOpenVacanciesWithoutPersonalDataAndBadInputIsRefused() {
        String organisation = organisation("Buurthuis " + UUID.randomUUID());
        String title = "Buurtsoep " + UUID.randomUUID().toString().substring(0, 8);
        Answer open = send("POST", "/api/external/vacancies", vacancyJson(organisation, title, "OPEN"), "lies",
                "geheim");
        assertEquals(open.body(), 201, open.status());
        String id = open.json().get("id").asText();
        send("POST", "/api/external/vacancies", vacancyJson(organisation, title + " concept", "DRAFT"), "lies",
                "geheim");

        Answer found = get("/api/external/public/vacancies?q=" + title.replace(" ", "%20") + "&skill=cooking"
                + "&postalCode=3500&date=" + DAY + "&kind=OCCASIONAL&lat=50.9656&lon=5.5001&withinKm=20");
        assertEquals(found.body(), 200, found.status());
        assertEquals(1, found.json().get("total").asInt());
        JsonNode vacancy = found.json().get("items").get(0);
        assertEquals(id, vacancy.get("id").asText());
        assertEquals(12.0, vacancy.get("distanceKm").asDouble(), 0);
        assertEquals(1, vacancy.get("placesLeft").asInt());
        assertFalse(found.body(), found.body().contains("createdBy") || found.body().contains("lies"));
        assertEquals(200, get("/api/external/public/vacancies/" + id).status());

        for (String[] bad : new String[][] {{"lat=91&lon=5", "lat"}, {"lat=50", "lon"}, {"withinKm=5", "withinKm"},
                {"date=tomorrow", "date"}, {"postalCode=35", "postalCode"}, {"skill=juggling", "skill"},
                {"kind=SOMETIMES", "kind"}, {"limit=0", "limit"}, {"offset=-1", "offset"}}) {
            Answer refused = get("/api/external/public/vacancies?" + bad[0]);
            assertEquals(bad[0], 400, refused.status());
            assertEquals(bad[0], bad[1], refused.json().get("error").get("field").asText());
        }
        Answer badId = get("/api/external/public/vacancies/not-an-id");
        assertEquals(400, badId.status());
        assertEquals("id", badId.json().get("error").get("field").asText());
        assertTrue(get("/api/external/public/vacancies/" + UUID.randomUUID()).status() == 404);
    }

    @Test
    public void aPersonRegistersAsCandidateWithConsentALimitedNumberOfTimes() {
        String lastName = "Kandidaat" + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
        String email = lastName.toLowerCase() + "@example.be";
        String candidate = "{\"firstName\":\"Kato\",\"lastName\":\"" + lastName + "\",\"email\":\"" + email
                + "\",\"postalCode\":\"3500\",\"skills\":[\"cooking\"],\"preference\":\"BOTH\",\"consent\":true}";
        assertEquals(400, postAnonymously("/api/external/candidates", candidate.replace("true", "false")).status());
        assertEquals(201, postAnonymously("/api/external/candidates", candidate).status());
        JsonNode found = get("/api/volunteers?name=" + lastName, "lies", "geheim").json();
        assertEquals(found.toString(), 1, found.get("total").asInt());
        JsonNode volunteer = found.get("items").get(0);
        assertEquals("CANDIDATE", volunteer.get("status").asText());
        assertEquals("matching", volunteer.get("consents").get(0).get("purpose").asText());
        // registering a known address again answers as for a new one (nobody learns who is a volunteer), changes nothing
        assertEquals(201, postAnonymously("/api/external/candidates", candidate).status());
        assertEquals(1, get("/api/volunteers?name=" + lastName, "lies", "geheim").json().get("total").asInt());
        // the default allows 5 registrations at once per address: every attempt above counted
        assertEquals(400, postAnonymously("/api/external/candidates", "{\"consent\":true}").status());
        assertEquals(400, postAnonymously("/api/external/candidates", "{\"unknown\":1}").status());
        assertEquals(429, postAnonymously("/api/external/candidates", candidate).status());
    }

    private static String uniqueName(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
    }

    private static String openVacancy(String organisation, String title) {
        Answer created = send("POST", "/api/external/vacancies", vacancyJson(organisation, title, "OPEN"), "lies",
                "geheim");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    private static Set<String> texts(JsonNode array) {
        Set<String> texts = new HashSet<>();
        array.forEach(item -> texts.add(item.asText()));
        return texts;
    }

    /**
     * Runs with the registration configuration given as key, value, ..., which must let this address send at least
     * 6 at once, then goes back to the defaults. New limits start with fresh buckets for every address.
     */
    private void withRegistrationLimits(Runnable registrations, Object... keysAndValues) {
        Configuration limits = configuration("be.pillars.external.candidates");
        Dictionary<String, Object> values = new Hashtable<>();
        for (int i = 0; i < keysAndValues.length; i += 2) {
            values.put((String) keysAndValues[i], keysAndValues[i + 1]);
        }
        update(limits, values);
        try {
            // in force once more registrations in a row are let through than the defaults allow (5)
            awaitMillis("the new registration limits in force", 10_000, () -> {
                for (int i = 0; i < 6; i++) {
                    if (postAnonymously(CANDIDATES, "{}").status() != 400) {
                        return false;
                    }
                }
                return true;
            });
            registrations.run();
        } finally {
            try {
                limits.delete();
            } catch (IOException e) {
                throw new UncheckedIOException(e);
            }
        }
    }

    @Test
    public void aVacancyAsksLanguagesAndGivesItsStreetAddressToThePublic() {
        String organisation = organisation("Taalcafé " + UUID.randomUUID());
        String withStreet = vacancyJson(organisation, "Onthaal in het Frans", "OPEN").replace("\"place\":{",
                "\"languages\":[\"FR\",\"nl\"],\"place\":{\"street\":\"Grote Markt\",\"houseNumber\":\"1\",");
        Answer created = send("POST", "/api/external/vacancies", withStreet, "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        String id = created.json().get("id").asText();
        for (JsonNode vacancy : new JsonNode[] {created.json(), get("/api/external/vacancies/" + id, "lies", "geheim")
                .json(), get("/api/external/public/vacancies/" + id).json()}) {
            assertEquals(vacancy.toString(), Set.of("fr", "nl"), texts(vacancy.get("languages")));
            assertEquals(vacancy.toString(), "Grote Markt", vacancy.get("place").get("street").asText());
            assertEquals(vacancy.toString(), "1", vacancy.get("place").get("houseNumber").asText());
            assertEquals(vacancy.toString(), "3500", vacancy.get("place").get("postalCode").asText());
        }

        String plain = vacancyJson(organisation, "Onthaal", "OPEN");
        for (String[] bad : new String[][] {
            {plain.replace("\"place\":{", "\"languages\":[\"xx\"],\"place\":{"), "languages"},
            {plain.replace("\"place\":{", "\"languages\":[\"dutch\"],\"place\":{"), "languages"},
            {plain.replace("\"place\":{", "\"place\":{\"houseNumber\":\"1\","), "place.street"},
            {plain.replace("\"place\":{", "\"place\":{\"street\":\"Grote\\u0007Markt\","), "place.street"}}) {
            Answer refused = send("POST", "/api/external/vacancies", bad[0], "lies", "geheim");
            assertEquals(refused.body(), 400, refused.status());
            assertEquals(refused.body(), bad[1], refused.json().get("error").get("field").asText());
        }
    }

    @Test
    public void aReturningVolunteerAppliesAgainAndIsAnsweredAsANewPersonWithNothingAboutThemChanged() {
        String organisation = organisation("Wijkwerking " + UUID.randomUUID());
        String first = openVacancy(organisation, "Buurtfeest");
        String second = openVacancy(organisation, "Repair café");
        String third = openVacancy(organisation, "Boekenruil");
        String lastName = uniqueName("Terug");
        String email = lastName.toLowerCase() + "@example.be";
        String candidate = "{\"firstName\":\"%s\",\"lastName\":\"%s\",\"email\":\"" + email + "\",\"postalCode\":"
                + "\"%s\",\"preference\":\"BOTH\",\"consent\":true,\"vacancyId\":\"%s\"}";
        withRegistrationLimits(() -> {
            Answer asNew = postAnonymously(CANDIDATES, candidate.formatted("Tine", lastName, "3500", first));
            assertEquals(asNew.body(), 201, asNew.status());
            // the same person comes back for another vacancy, typing other details: the same answer
            Answer again = postAnonymously(CANDIDATES, candidate.formatted("Tina", lastName, "9000", second));
            assertEquals(again.body(), 201, again.status());
            assertEquals("the same answer", asNew.body(), again.body());
            // applying twice for one vacancy: still the same answer, still one application
            Answer twice = postAnonymously(CANDIDATES, candidate.formatted("Tine", lastName, "3500", first));
            assertEquals(twice.body(), 201, twice.status());
            assertEquals(asNew.body(), twice.body());
            // someone who knows only the address applies for nothing in the volunteer's name
            Answer stranger = postAnonymously(CANDIDATES, candidate.formatted("Tine", uniqueName("Vreemd"), "3500",
                    third));
            assertEquals(stranger.body(), 201, stranger.status());
            assertEquals(asNew.body(), stranger.body());
        }, "registrationBurst", 50);

        JsonNode found = get("/api/volunteers?name=" + lastName, "lies", "geheim").json();
        assertEquals(found.toString(), 1, found.get("total").asInt());
        JsonNode volunteer = found.get("items").get(0);
        assertEquals("Tine", volunteer.get("firstName").asText());
        assertEquals("3500", volunteer.get("postalCode").asText());
        assertEquals("nothing about the volunteer changed", 1, volunteer.get("version").asInt());
        JsonNode applications = get("/api/external/applications?volunteerId=" + volunteer.get("id").asText(), "lies",
                "geheim").json();
        assertEquals(applications.toString(), 2, applications.get("total").asInt());
        Set<String> vacancies = new HashSet<>();
        for (JsonNode application : applications.get("items")) {
            vacancies.add(application.get("vacancyId").asText());
            assertEquals("APPLIED", application.get("status").asText());
            assertEquals("self-registration", application.get("history").get(0).get("changedBy").asText());
        }
        assertEquals(Set.of(first, second), vacancies);
    }

    @Test
    public void aTrustedRangeHasItsOwnLimitStaffHaveNoneAndABadRangeIsRefused() {
        // 1 at once for everyone, 30 for this address (127.0.0.1): the limits are in force once 6 passed in a row
        withRegistrationLimits(() -> {
            int admitted = 0;
            while (postAnonymously(CANDIDATES, "{}").status() == 400) {
                admitted++;
            }
            assertTrue(admitted + " more let through", admitted >= 24);
            Answer limited = postAnonymously(CANDIDATES, "{}");
            assertEquals(limited.body(), 429, limited.status());
            assertTrue("30 per hour: a token every 2 minutes", Long.parseLong(limited.header("Retry-After")) <= 120);
            // a coordinator registering people at the desk is never limited, also from an address that is
            for (int i = 0; i < 8; i++) {
                Answer desk = send("POST", CANDIDATES, "{}", "lies", "geheim");
                assertEquals(desk.body(), 400, desk.status());
            }

            Configuration limits = configuration("be.pillars.external.candidates");
            Dictionary<String, Object> bad = new Hashtable<>();
            bad.put("registrationBurst", 1);
            bad.put("registrationsPerHour", 1);
            bad.put("trustedRanges", new String[] {"127.0.0.1/8=30/30"});
            update(limits, bad);
            awaitMillis("the bad range refused", 10_000, () -> get("/api/pillars/external").body()
                    .contains("trustedRanges"));
            JsonNode pillar = get("/api/pillars/external").json();
            assertEquals(pillar.toString(), "DOWN", pillar.get("state").asText());
            assertTrue(pillar.toString(), pillar.get("stateDetail").get("en").asText()
                    .contains("did you mean 127.0.0.0/8?"));
            // the limits in force stay, with their buckets: still empty, still the range's rate
            Answer stillLimited = postAnonymously(CANDIDATES, "{}");
            assertEquals(stillLimited.body(), 429, stillLimited.status());
            assertTrue(Long.parseLong(stillLimited.header("Retry-After")) <= 120);
        }, "registrationBurst", 1, "registrationsPerHour", 1, "trustedRanges",
                new String[] {"127.0.0.0/8=30/30", "::1/128=30/30"});
        awaitMillis("the registration limits back to their defaults", 10_000,
                () -> !get("/api/pillars/external").body().contains("trustedRanges"));
    }

    private Configuration configuration(String pid) {
        try {
            return configurationAdmin.getConfiguration(pid, "?");
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private static void update(Configuration configuration, Dictionary<String, Object> values) {
        try {
            configuration.update(values);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    @Test
    public void aCandidateYoungerThanTheMinimumAgeRegistersOnlyWithAGuardiansConsent() {
        Answer form = get(CANDIDATES + "/form");
        assertEquals(form.body(), 200, form.status());
        assertTrue(form.body(), texts(form.json().get("optional")).contains("guardianConsent"));
        assertTrue("Dutch unless English is asked: " + form.body(), form.json().get("guardianConsent").asText()
                .contains("jonger dan 16 jaar"));
        assertTrue(send("GET", CANDIDATES + "/form", null, "lies", "geheim", "Accept-Language", "en").json()
                .get("guardianConsent").asText().contains("younger than 16"));

        String lastName = uniqueName("Jong");
        String candidate = "{\"firstName\":\"Mila\",\"lastName\":\"" + lastName + "\",\"email\":\""
                + lastName.toLowerCase() + "@example.be\",\"postalCode\":\"3500\",\"birthDate\":\""
                + LocalDate.now().minusYears(10) + "\",\"preference\":\"OCCASIONAL\",\"consent\":true%s}";
        withRegistrationLimits(() -> {
            Answer refused = postAnonymously(CANDIDATES, candidate.formatted(""));
            assertEquals(refused.body(), 400, refused.status());
            assertEquals("birthDate", refused.json().get("error").get("field").asText());
            assertEquals("too_young", refused.json().get("error").get("code").asText());
            assertEquals("nothing stored", 0, get("/api/volunteers?name=" + lastName, "lies", "geheim").json()
                    .get("total").asInt());
            Answer consented = postAnonymously(CANDIDATES, candidate.formatted(",\"guardianConsent\":true"));
            assertEquals(consented.body(), 201, consented.status());
        }, "registrationBurst", 50);
        JsonNode volunteer = get("/api/volunteers?name=" + lastName, "lies", "geheim").json().get("items").get(0);
        Set<String> purposes = new HashSet<>();
        volunteer.get("consents").forEach(consent -> purposes.add(consent.get("purpose").asText()));
        assertEquals(Set.of("matching", "guardian"), purposes);
    }

    private static String volunteer(String lastName) {
        Answer created = send("POST", "/api/volunteers", "{\"firstName\":\"Vera\",\"lastName\":\"" + lastName
                + "\",\"email\":\"" + lastName.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8)
                + "@example.be\",\"postalCode\":\"3500\",\"preference\":\"BOTH\"}", "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    @Test
    public void acceptingAnApplicationEngagesTheVolunteerAndAFullVacancyRefusesMore() {
        String own = organisation("Kringloop " + UUID.randomUUID());
        String vacancy = send("POST", "/api/external/vacancies", vacancyJson(own, "Sorteren", "OPEN"), "lies",
                "geheim").json().get("id").asText();
        String first = volunteer("Eerste");
        String second = volunteer("Tweede");
        Answer proposed = send("POST", "/api/external/applications", "{\"vacancyId\":\"" + vacancy
                + "\",\"volunteerId\":\"" + first + "\",\"status\":\"PROPOSED\",\"note\":\"Na intake\"}", "lies", "geheim");
        assertEquals(proposed.body(), 201, proposed.status());
        String application = proposed.json().get("id").asText();
        Answer applied = send("POST", "/api/external/applications", "{\"vacancyId\":\"" + vacancy
                + "\",\"volunteerId\":\"" + second + "\",\"status\":\"APPLIED\"}", "lies", "geheim");
        String other = applied.json().get("id").asText();
        assertEquals(403, send("POST", "/api/external/applications", "{}", "kim", "wachtwoord").status());

        assertEquals(204, send("PUT", "/api/organisations/" + own + "/members/kim", null, "karaf", "karaf").status());
        try {
            assertEquals(403, send("PUT", "/api/external/applications/" + application + "/status",
                    "{\"status\":\"APPLIED\"}", "kim", "wachtwoord", "If-Match", "\"1\"").status());
            assertEquals(200, send("PUT", "/api/external/applications/" + application + "/status",
                    "{\"status\":\"APPLIED\"}", "lies", "geheim", "If-Match", "\"1\"").status());
            Answer accepted = send("PUT", "/api/external/applications/" + application + "/status",
                    "{\"status\":\"ACCEPTED\",\"note\":\"Welkom\"}", "kim", "wachtwoord", "If-Match", "\"2\"");
            assertEquals(accepted.body(), 200, accepted.status());
            assertEquals(3, accepted.json().get("history").size());
            assertEquals("kim", accepted.json().get("history").get(2).get("changedBy").asText());
            JsonNode engagement = get("/api/engagements/" + accepted.json().get("engagementId").asText(), "lies",
                    "geheim").json();
            assertEquals("external", engagement.get("pillar").asText());
            assertEquals("OCCASIONAL", engagement.get("kind").asText());
            assertEquals(first, engagement.get("volunteerId").asText());

            Answer full = send("PUT", "/api/external/applications/" + other + "/status", "{\"status\":\"ACCEPTED\"}",
                    "lies", "geheim", "If-Match", "\"1\"");
            assertEquals(full.body(), 409, full.status());
            assertEquals("FILLED", get("/api/external/vacancies/" + vacancy, "kim", "wachtwoord").json().get("status")
                    .asText());
            assertEquals(404, get("/api/external/public/vacancies/" + vacancy).status());
            assertTrue(executeCommand("pillars:external-applications-pending --vacancy " + vacancy).contains(other));
            assertFalse(executeCommand("pillars:external-vacancies").contains(vacancy));
        } finally {
            send("DELETE", "/api/organisations/members/kim", null, "karaf", "karaf");
        }
    }

    @Test
    public void coachesRecordIntakesWhoseNotesOrganisationsNeverSeeAndGdprCoversThem() {
        String own = organisation("Jeugdhuis " + UUID.randomUUID());
        String vacancy = send("POST", "/api/external/vacancies", vacancyJson(own, "Bar", "OPEN"), "lies", "geheim")
                .json().get("id").asText();
        assertTrue(executeCommand("pillars:external-vacancies --organisation " + own).contains(vacancy));
        String volunteer = volunteer("Intake");
        Answer planned = send("POST", "/api/external/intakes", "{\"volunteerId\":\"" + volunteer
                + "\",\"plannedAt\":\"" + LocalDate.now().minusDays(1) + "T09:30:00Z\"}", "lies", "geheim");
        assertEquals(planned.body(), 201, planned.status());
        String intake = planned.json().get("id").asText();
        Answer recorded = send("PUT", "/api/external/intakes/" + intake + "/result", "{\"outcome\":\"READY\","
                + "\"notes\":\"Vertrouwelijk\",\"referredTo\":[\"" + vacancy + "\"]}", "lies", "geheim", "If-Match", "\"1\"");
        assertEquals(recorded.body(), 200, recorded.status());
        assertEquals(vacancy, recorded.json().get("referredTo").get(0).asText());
        assertEquals(400, send("PUT", "/api/external/intakes/" + intake + "/result", "{\"notes\":\"x\"}", "lies",
                "geheim", "If-Match", "\"2\"").status());

        assertEquals(204, send("PUT", "/api/organisations/" + own + "/members/kim", null, "karaf", "karaf").status());
        try {
            assertEquals(403, get("/api/external/intakes/" + intake, "kim", "wachtwoord").status());
            assertEquals(403, get("/api/external/intakes?volunteerId=" + volunteer, "kim", "wachtwoord").status());
        } finally {
            send("DELETE", "/api/organisations/members/kim", null, "karaf", "karaf");
        }
        send("POST", "/api/external/applications", "{\"vacancyId\":\"" + vacancy + "\",\"volunteerId\":\""
                + volunteer + "\",\"status\":\"APPLIED\"}", "lies", "geheim");

        JsonNode export = get("/api/volunteers/" + volunteer + "/export", "lies", "geheim").json().get("holders");
        assertEquals("Vertrouwelijk", export.get("external.intakes").get("intakes").get(0).get("notes").asText());
        assertEquals(1, export.get("external.applications").get("applications").size());
        Answer erased = send("POST", "/api/volunteers/" + volunteer + "/erase", null, "karaf", "karaf");
        assertTrue(erased.body(), erased.body().contains("external.intakes"));
        assertEquals(0, get("/api/external/intakes?volunteerId=" + volunteer, "lies", "geheim").json().get("total")
                .asInt());
        assertEquals(0, get("/api/external/applications?volunteerId=" + volunteer, "lies", "geheim").json()
                .get("total").asInt());
    }
}
