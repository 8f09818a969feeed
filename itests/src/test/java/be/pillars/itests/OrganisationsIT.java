package be.pillars.itests;

import static org.junit.Assert.assertEquals;

import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

/** Organisations over real HTTP against the real distribution. */
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
}
