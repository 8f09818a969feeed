package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Organisations and engagements over real HTTP against the real distribution. */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class OrganisationsIT extends PillarsTestSupport {

    @Test
    public void aCoordinatorRegistersAndEditsAnOrganisation() {
        Answer created = send("POST", "/api/organisations", "{\"kind\":\"MUNICIPAL_SERVICE\",\"name\":\"Sportdienst\","
                + "\"email\":\"sport@example.be\",\"postalCode\":\"3500\"}", "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        String id = created.json().get("id").asText();
        assertEquals(true, created.json().get("active").asBoolean());

        Answer renamed = send("PUT", "/api/organisations/" + id, "{\"kind\":\"MUNICIPAL_SERVICE\","
                + "\"name\":\"Sport- en recreatiedienst\"}", "lies", "geheim", "If-Match", "\"1\"");
        assertEquals(renamed.body(), 200, renamed.status());
        assertEquals("Sport- en recreatiedienst",
                get("/api/organisations/" + id, "lies", "geheim").json().get("name").asText());
        assertEquals(1, get("/api/organisations?name=recreatie&kind=municipal_service", "lies", "geheim")
                .json().get("total").asInt());

        Answer duplicate = send("POST", "/api/organisations", "{\"kind\":\"EXTERNAL\",\"name\":\"sport- EN "
                + "recreatiedienst\"}", "lies", "geheim");
        assertEquals(409, duplicate.status());
        assertEquals("name", duplicate.json().get("error").get("field").asText());
        assertEquals(400, send("POST", "/api/organisations", "{\"kind\":\"CLUB\",\"name\":\"X\"}", "lies", "geheim")
                .status());
        assertEquals(401, get("/api/organisations/" + id).status());
        assertEquals(403, get("/api/organisations/" + id, "kim", "wachtwoord").status());
    }

    @Test
    public void aVolunteerIsEngagedWithAnOrganisationAndRegistersHours() {
        String organisation = send("POST", "/api/organisations", "{\"kind\":\"EXTERNAL\",\"name\":\"Voedselbank\"}",
                "lies", "geheim").json().get("id").asText();
        String volunteer = send("POST", "/api/volunteers", "{\"firstName\":\"Bo\",\"lastName\":\"Claes\","
                + "\"email\":\"bo.engaged@example.be\",\"postalCode\":\"3500\",\"preference\":\"REGULAR\"}",
                "lies", "geheim").json().get("id").asText();
        Answer engagement = send("POST", "/api/engagements", "{\"volunteerId\":\"" + volunteer
                + "\",\"organisationId\":\"" + organisation + "\",\"role\":\"sorteren\",\"kind\":\"REGULAR\","
                + "\"startDate\":\"2026-01-05\",\"status\":\"ACTIVE\",\"pillar\":\"external\"}", "lies", "geheim");
        assertEquals(engagement.body(), 201, engagement.status());
        String id = engagement.json().get("id").asText();

        Answer hours = send("PUT", "/api/engagements/" + id + "/hours/2026-01-12", "{\"hours\":3.5}", "lies", "geheim");
        assertEquals(hours.body(), 200, hours.status());
        assertEquals(3.5, get("/api/engagements/" + id + "/hours", "lies", "geheim").json().get(0).get("hours")
                .asDouble(), 0);
        assertEquals(1, get("/api/engagements?volunteerId=" + volunteer, "lies", "geheim").json().get("total").asInt());

        Answer early = send("PUT", "/api/engagements/" + id + "/hours/2025-12-31", "{\"hours\":2}", "lies", "geheim");
        assertEquals(400, early.status());
        assertEquals("date", early.json().get("error").get("field").asText());
        assertEquals(400, send("PUT", "/api/engagements/" + id + "/hours/yesterday", "{\"hours\":2}", "lies",
                "geheim").status());
        Answer stranger = send("POST", "/api/engagements", "{\"volunteerId\":\"00000000-0000-0000-0000-000000000000\","
                + "\"organisationId\":\"" + organisation + "\",\"role\":\"x\",\"kind\":\"OCCASIONAL\","
                + "\"startDate\":\"2026-01-05\",\"pillar\":\"external\"}", "lies", "geheim");
        assertEquals(400, stranger.status());
        assertEquals("volunteerId", stranger.json().get("error").get("field").asText());
        assertEquals(401, get("/api/engagements/" + id + "/hours").status());
    }

    @Test
    public void theConsoleListsAndShowsOrganisations() {
        String id = organisation("Buurtwerk Consolestraat");
        String list = executeCommand("pillars:organisations --name consolestraat --kind EXTERNAL");
        assertTrue(list, list.contains(id));
        assertTrue(list, list.contains("1 of 1"));
        send("POST", "/api/organisations/" + id + "/deactivate", "", "lies", "geheim", "If-Match", "\"1\"");
        assertFalse(executeCommand("pillars:organisations --name consolestraat").contains(id));
        assertTrue(executeCommand("pillars:organisations --name consolestraat --all").contains(id));
        String show = executeCommand("pillars:organisation " + id);
        assertTrue(show, show.contains("Buurtwerk Consolestraat"));
        assertTrue(show, show.contains("false"));
        assertTrue(executeCommand("pillars:organisation nobody").contains("is not an organisation id"));
        assertTrue(executeCommand("pillars:organisations --limit 0").contains("--limit must be 1 to 200"));
    }

    private static String organisation(String name) {
        return send("POST", "/api/organisations", "{\"kind\":\"EXTERNAL\",\"name\":\"" + name + "\"}", "lies", "geheim")
                .json().get("id").asText();
    }

    private static String engagedVolunteer(String email, String organisationId) {
        String volunteer = send("POST", "/api/volunteers", "{\"firstName\":\"Vera\",\"lastName\":\"Engaged\","
                + "\"email\":\"" + email + "\",\"postalCode\":\"3500\",\"preference\":\"BOTH\"}", "lies", "geheim")
                .json().get("id").asText();
        Answer engagement = send("POST", "/api/engagements", "{\"volunteerId\":\"" + volunteer
                + "\",\"organisationId\":\"" + organisationId + "\",\"role\":\"helpen\",\"kind\":\"OCCASIONAL\","
                + "\"startDate\":\"2026-03-01\",\"pillar\":\"external\"}", "lies", "geheim");
        assertEquals(engagement.body(), 201, engagement.status());
        return volunteer;
    }

    @Test
    public void anOrganisationUserSeesOnlyTheirOwnOrganisationAndItsPeople() {
        String own = organisation("Jeugdhuis");
        String other = organisation("Sportclub");
        String ownVolunteer = engagedVolunteer("vera.own@example.be", own);
        String otherVolunteer = engagedVolunteer("vera.other@example.be", other);
        assertEquals("before the link, an organisation user sees nothing", 403,
                get("/api/engagements", "kim", "wachtwoord").status());
        assertEquals(403, send("PUT", "/api/organisations/" + own + "/members/kim", null, "lies", "geheim").status());
        assertEquals(204, send("PUT", "/api/organisations/" + own + "/members/kim", null, "karaf", "karaf").status());

        assertEquals(200, get("/api/organisations/" + own, "kim", "wachtwoord").status());
        assertEquals(403, get("/api/organisations/" + other, "kim", "wachtwoord").status());
        assertEquals(200, get("/api/volunteers/" + ownVolunteer, "kim", "wachtwoord").status());
        Answer stranger = get("/api/volunteers/" + otherVolunteer, "kim", "wachtwoord");
        assertEquals(403, stranger.status());
        assertEquals(false, stranger.body().contains("vera.other"));
        Answer engagements = get("/api/engagements", "kim", "wachtwoord");
        assertEquals(1, engagements.json().get("total").asInt());
        assertEquals(own, engagements.json().get("items").get(0).get("organisationId").asText());
        assertEquals(403, get("/api/engagements?organisationId=" + other, "kim", "wachtwoord").status());
        String otherEngagement = get("/api/engagements?organisationId=" + other, "lies", "geheim").json()
                .get("items").get(0).get("id").asText();
        assertEquals(403, get("/api/engagements/" + otherEngagement, "kim", "wachtwoord").status());
        assertEquals(403, get("/api/engagements/" + otherEngagement + "/hours", "kim", "wachtwoord").status());
        assertEquals("organisation users do not search all volunteers", 403,
                get("/api/volunteers", "kim", "wachtwoord").status());
        assertEquals(403, send("POST", "/api/engagements", "{}", "kim", "wachtwoord").status());

        assertEquals(204, send("DELETE", "/api/organisations/members/kim", null, "karaf", "karaf").status());
        assertEquals(403, get("/api/volunteers/" + ownVolunteer, "kim", "wachtwoord").status());
    }
}
