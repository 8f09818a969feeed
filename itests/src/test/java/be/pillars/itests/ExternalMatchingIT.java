package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertTrue;

import java.util.UUID;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The external pillar's matching routes and console command over real HTTP and the real console: suggestions with
 * their reasons in both directions over the stored vacancies and core's volunteers; bad input and callers without
 * the coordinator role are refused first.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class ExternalMatchingIT extends PillarsTestSupport {

    private static JsonNode error(Answer answer) {
        return answer.json().get("error");
    }

    @Test
    public void matchingIsForCoordinators() {
        String path = "/api/external/matches/vacancies/" + UUID.randomUUID();
        assertEquals(401, get(path).status());
        Answer organisation = get(path, "kim", "wachtwoord");
        assertEquals(organisation.body(), 403, organisation.status());
        assertEquals(401, get("/api/external/matches/volunteers/" + UUID.randomUUID()).status());
    }

    @Test
    public void badInputIsRefusedWithTheField() {
        Answer id = get("/api/external/matches/vacancies/not-an-id", "lies", "geheim");
        assertEquals(id.body(), 400, id.status());
        assertEquals("vacancyId", error(id).get("field").asText());
        Answer limit = get("/api/external/matches/volunteers/" + UUID.randomUUID() + "?limit=0", "lies", "geheim");
        assertEquals(limit.body(), 400, limit.status());
        assertEquals("limit", error(limit).get("field").asText());
        assertEquals(400, get("/api/external/matches/vacancies/" + UUID.randomUUID() + "?limit=101", "lies",
                "geheim").status());
    }

    @Test
    public void matchingSuggestsAndExplainsInBothDirections() {
        String organisation = send("POST", "/api/organisations", "{\"kind\":\"EXTERNAL\",\"name\":\"Buurtkeuken "
                + UUID.randomUUID() + "\"}", "lies", "geheim").json().get("id").asText();
        Answer created = send("POST", "/api/external/vacancies",
                ExternalVacanciesIT.vacancyJson(organisation, "Soep koken voor de buurt", "OPEN"), "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        String vacancy = created.json().get("id").asText();
        Answer cook = send("POST", "/api/volunteers", "{\"firstName\":\"Mo\",\"lastName\":\"Matcher\",\"email\":\""
                + "mo.matcher@example.be\",\"postalCode\":\"3500\",\"preference\":\"BOTH\",\"status\":\"ACTIVE\","
                + "\"languages\":[\"nl\"],\"skills\":[\"cooking\",\"first-aid\"]}", "lies", "geheim");
        assertEquals(cook.body(), 201, cook.status());
        String volunteer = cook.json().get("id").asText();

        String candidates = "/api/external/matches/vacancies/" + vacancy + "?limit=100";
        awaitMillis("the cook among the vacancy's candidates", 30_000,
                () -> get(candidates, "lies", "geheim").body().contains(volunteer));
        JsonNode match = null;
        for (JsonNode candidate : get(candidates, "lies", "geheim").json().get("matches")) {
            if (candidate.get("volunteerId").asText().equals(volunteer)) {
                match = candidate;
            }
        }
        assertTrue(String.valueOf(match), match.get("score").asDouble() > 0);
        assertTrue(match.toString(), match.get("contributions").size() >= 5);
        assertTrue(match.toString(), match.toString().contains("\"nl\"") && match.toString().contains("\"en\""));

        awaitMillis("the vacancy among the cook's suggestions", 30_000, () -> get("/api/external/matches/volunteers/"
                + volunteer + "?limit=100", "lies", "geheim").body().contains(vacancy));
        Answer unknown = get("/api/external/matches/vacancies/" + UUID.randomUUID(), "lies", "geheim");
        assertEquals(unknown.body(), 404, unknown.status());

        String output = executeCommand("pillars:match-vacancy --limit 100 " + vacancy);
        assertTrue(output, output.contains(volunteer));
        String refused = executeCommand("pillars:match-vacancy not-an-id");
        assertTrue(refused, refused.contains("invalid_id"));
    }

    @Test
    public void theLanguagesAVacancyAsksWeighInTheScoreWithoutLeavingAnyoneOut() {
        String organisation = send("POST", "/api/organisations", "{\"kind\":\"EXTERNAL\",\"name\":\"Taalcafé "
                + UUID.randomUUID() + "\"}", "lies", "geheim").json().get("id").asText();
        Answer created = send("POST", "/api/external/vacancies", ExternalVacanciesIT.vacancyJson(organisation,
                "Onthaal voor Franstaligen", "OPEN").replace("\"place\":{", "\"languages\":[\"fr\"],\"place\":{"),
                "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        String vacancy = created.json().get("id").asText();
        Answer speaker = send("POST", "/api/volunteers", "{\"firstName\":\"Nora\",\"lastName\":\"Nederlands\","
                + "\"email\":\"nora." + UUID.randomUUID().toString().substring(0, 8) + "@example.be\",\"postalCode\":"
                + "\"3500\",\"preference\":\"BOTH\",\"status\":\"ACTIVE\",\"languages\":[\"nl\"],\"skills\":"
                + "[\"cooking\"]}", "lies", "geheim");
        assertEquals(speaker.body(), 201, speaker.status());
        String volunteer = speaker.json().get("id").asText();

        String candidates = "/api/external/matches/vacancies/" + vacancy + "?limit=100";
        awaitMillis("a volunteer who speaks no language asked among the candidates all the same", 30_000,
                () -> get(candidates, "lies", "geheim").body().contains(volunteer));
        JsonNode languages = null;
        for (JsonNode candidate : get(candidates, "lies", "geheim").json().get("matches")) {
            if (candidate.get("volunteerId").asText().equals(volunteer)) {
                for (JsonNode contribution : candidate.get("contributions")) {
                    if (contribution.get("scorer").asText().equals("languages")) {
                        languages = contribution;
                    }
                }
            }
        }
        assertEquals(String.valueOf(languages), 0.0, languages.get("score").asDouble(), 0);
        assertEquals("Speaks none of the languages asked (fr)", languages.get("reason").get("en").asText());
    }
}
