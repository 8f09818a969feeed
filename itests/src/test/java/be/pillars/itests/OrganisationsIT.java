package be.pillars.itests;

import static org.junit.Assert.assertEquals;

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
}
