package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertNull;
import static org.junit.Assert.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.UUID;

import org.junit.Before;
import org.junit.Test;
import org.junit.runner.RunWith;
import org.ops4j.pax.exam.junit.PaxExam;
import org.ops4j.pax.exam.spi.reactors.ExamReactorStrategy;
import org.ops4j.pax.exam.spi.reactors.PerSuite;

import com.fasterxml.jackson.databind.JsonNode;

/**
 * The target-group pillar over real HTTP and the real console against the real distribution: projects with their
 * volunteers, participants and persons helped seen only by the project's coordinator and admins (never in core's
 * volunteer search or export), participants who become volunteers of the city only with their consent, buddy pairs
 * with visits and attention, the GDPR part, the representation monitor with a Statbel file and small-group
 * suppression in the reader's language, and the pillar's tables surviving an uninstall.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class TargetGroupsIT extends PillarsTestSupport {

    private static final LocalDate TODAY = LocalDate.now();

    /** Core and the pillar serve once their tables are migrated: moments after the boot or a reinstall. */
    @Before
    public void pillarServing() {
        awaitServing("/api/organisations", "/api/targetgroups/groups", "/api/targetgroups/projects",
                "/api/targetgroups/representation/population");
    }

    private static String organisation(String name) {
        Answer created = send("POST", "/api/organisations", "{\"kind\":\"MUNICIPAL_SERVICE\",\"name\":\"" + name
                + "\"}", "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    private static String volunteer(String lastName, String district, String gender, int age) {
        String email = lastName.toLowerCase() + "." + UUID.randomUUID().toString().substring(0, 8) + "@example.be";
        Answer created = send("POST", "/api/volunteers", "{\"firstName\":\"Vera\",\"lastName\":\"" + lastName
                + "\",\"email\":\"" + email + "\",\"postalCode\":\"3500\",\"preference\":\"REGULAR\",\"status\":"
                + "\"ACTIVE\",\"languages\":[\"nl\"],\"district\":\"" + district + "\",\"gender\":\"" + gender
                + "\",\"birthDate\":\"" + TODAY.minusYears(age).minusDays(1) + "\"}", "lies", "geheim");
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    private static String project(String name, String coordinator, String partner, String user, String password) {
        Answer created = send("POST", "/api/targetgroups/projects", "{\"name\":\"" + name + "\",\"coordinator\":"
                + (coordinator == null ? "null" : "\"" + coordinator + "\"") + ",\"startDate\":\"" + TODAY.minusYears(1)
                + "\",\"targetGroups\":[\"loneliness\",\"poverty\"],\"partners\":[\"" + partner + "\"]}", user, password);
        assertEquals(created.body(), 201, created.status());
        return created.json().get("id").asText();
    }

    @Test
    public void participantsAndPersonsHelpedStayWithTheProjectsCoordinatorAndAdmins() {
        String ocmw = organisation("OCMW " + UUID.randomUUID());
        String soup = project("Soepbar", null, ocmw, "lies", "geheim");
        String others = project("Buddywerking Jan", "jan", ocmw, "karaf", "karaf");
        Answer renamed = send("PUT", "/api/targetgroups/projects/" + others, "{\"name\":\"Buddy's Jan\",\"startDate\":\""
                + TODAY + "\",\"targetGroups\":[\"loneliness\"],\"partners\":[\"" + ocmw + "\"]}", "karaf", "karaf");
        assertEquals(renamed.body(), "jan", renamed.json().get("coordinator").asText());
        assertEquals(403, send("PUT", "/api/targetgroups/projects/" + others, "{\"name\":\"Mijn project\",\"startDate\":\""
                + TODAY + "\",\"targetGroups\":[\"loneliness\"],\"partners\":[\"" + ocmw + "\"]}", "lies", "geheim")
                .status());
        assertEquals(403, send("POST", "/api/targetgroups/projects", "{\"name\":\"X\",\"coordinator\":\"jan\","
                + "\"startDate\":\"2026-01-01\",\"targetGroups\":[\"poverty\"],\"partners\":[\"" + ocmw + "\"]}",
                "lies", "geheim").status());

        String surname = "Deelnemer" + UUID.randomUUID().toString().substring(0, 8);
        Answer participant = send("POST", "/api/targetgroups/projects/" + soup + "/participants", "{\"name\":\"Marie "
                + surname + "\",\"contact\":\"via het OCMW\",\"joinedOn\":\"" + TODAY.minusMonths(2) + "\"}", "lies",
                "geheim");
        assertEquals(participant.body(), 201, participant.status());
        String marie = participant.json().get("id").asText();

        // never a core volunteer: not in the search, not in the export
        assertEquals(0, get("/api/volunteers?name=" + surname, "lies", "geheim").json().get("total").asInt());
        assertFalse(get("/api/volunteers/export.csv", "lies", "geheim").body().contains(surname));
        // only anonymous counts for everyone else
        JsonNode seenByOthers = get("/api/targetgroups/projects/" + soup, "lies", "geheim").json();
        assertEquals(1, seenByOthers.get("participants").asInt());
        assertFalse(seenByOthers.toString().contains(surname));
        assertEquals(403, get("/api/targetgroups/projects/" + others + "/participants", "lies", "geheim").status());
        assertEquals("not_project_coordinator", get("/api/targetgroups/projects/" + others + "/persons", "lies",
                "geheim").json().get("error").get("code").asText());
        for (String path : new String[] {"/api/targetgroups/projects", "/api/targetgroups/projects/" + soup
                + "/participants", "/api/targetgroups/projects/" + soup + "/participants/" + marie}) {
            assertEquals(path, 403, get(path, "kim", "wachtwoord").status());
            assertEquals(path, 401, get(path).status());
        }
        assertEquals(200, get("/api/targetgroups/projects/" + soup + "/participants/" + marie, "karaf", "karaf")
                .status());
        assertEquals(404, get("/api/targetgroups/projects/" + others + "/participants/" + marie, "karaf", "karaf")
                .status());

        // bad input changes nothing and names the field
        Answer refused = send("POST", "/api/targetgroups/projects/" + soup + "/participants", "{\"name\":\"Ahmed\"}",
                "lies", "geheim");
        assertEquals(400, refused.status());
        assertEquals("joinedOn", refused.json().get("error").get("field").asText());
        Answer unknownGroup = send("POST", "/api/targetgroups/projects", "{\"name\":\"Y\",\"startDate\":\"2026-01-01\","
                + "\"targetGroups\":[\"hunger\"],\"partners\":[\"" + ocmw + "\"]}", "lies", "geheim");
        assertEquals("targetGroups", unknownGroup.json().get("error").get("field").asText());
        assertEquals("unknown_field", send("POST", "/api/targetgroups/projects/" + soup + "/participants",
                "{\"name\":\"A\",\"joinedOn\":\"2026-01-01\",\"ssn\":\"1\"}", "lies", "geheim").json().get("error")
                .get("code").asText());
        assertEquals(1, get("/api/targetgroups/projects/" + soup + "/participants", "lies", "geheim").json().size());

        // the participant's own GDPR export and erasure (admins), on the audit trail
        JsonNode export = get("/api/targetgroups/projects/" + soup + "/participants/" + marie + "/export", "lies",
                "geheim").json();
        assertEquals("Marie " + surname, export.get("participant").get("name").asText());
        assertEquals(403, send("POST", "/api/targetgroups/projects/" + soup + "/participants/" + marie + "/erase",
                null, "lies", "geheim").status());
        assertEquals(204, send("POST", "/api/targetgroups/projects/" + soup + "/participants/" + marie + "/erase",
                null, "karaf", "karaf").status());
        assertEquals(404, get("/api/targetgroups/projects/" + soup + "/participants/" + marie, "lies", "geheim")
                .status());
        JsonNode audit = get("/api/audit?subjectId=" + marie, "karaf", "karaf").json().get("items");
        assertTrue(audit.toString(), audit.toString().contains("\"EXPORT\"") && audit.toString().contains("\"ERASE\""));
    }

    /** What core needs for a volunteer, and the project's engagement for them, as a coordinator proposes it. */
    private static String proposal(String lastName, String email, LocalDate birthDate, String partner) {
        return "{\"firstName\":\"Fatma\",\"lastName\":\"" + lastName + "\",\"email\":\"" + email + "\","
                + "\"postalCode\":\"3500\",\"district\":\"Kiewit\",\"birthDate\":\"" + birthDate + "\","
                + "\"preference\":\"REGULAR\",\"organisationId\":\"" + partner + "\",\"kind\":\"REGULAR\"}";
    }

    private static String consent(Instant consentedAt, Instant guardianConsentedAt) {
        return "{\"consentedAt\":\"" + consentedAt + "\",\"evidence\":\"getekend formulier in de projectmap\""
                + (guardianConsentedAt == null ? "" : ",\"guardianConsentedAt\":\"" + guardianConsentedAt + "\"")
                + "}";
    }

    private static String participant(String project, String name, String role, String user, String password) {
        Answer added = send("POST", "/api/targetgroups/projects/" + project + "/participants", "{\"name\":\"" + name
                + "\",\"role\":" + (role == null ? "null" : "\"" + role + "\"") + ",\"joinedOn\":\""
                + TODAY.minusMonths(2) + "\"}", user, password);
        assertEquals(added.body(), 201, added.status());
        return "/api/targetgroups/projects/" + project + "/participants/" + added.json().get("id").asText();
    }

    @Test
    public void aParticipantBecomesAVolunteerOfTheCityOnlyWithTheirConsent() {
        String ocmw = organisation("OCMW " + UUID.randomUUID());
        String soup = project("Soepbar Kiewit", null, ocmw, "lies", "geheim");
        String surname = "Deelnemer" + UUID.randomUUID().toString().substring(0, 8);
        String email = surname.toLowerCase() + "@example.be";
        String fatma = participant(soup, "Fatma", "soep serveren", "lies", "geheim");
        String proposal = proposal(surname, email, LocalDate.of(1975, 4, 1), ocmw);

        assertEquals(403, send("POST", fatma + "/proposal", proposal, "kim", "wachtwoord").status());
        assertEquals(401, postAnonymously(fatma + "/proposal", proposal).status());
        Answer proposed = send("POST", fatma + "/proposal", proposal, "lies", "geheim");
        assertEquals(proposed.body(), 201, proposed.status());
        assertEquals("PROPOSED", proposed.json().get("status").asText());
        assertEquals("soep serveren", proposed.json().get("proposed").get("role").asText());
        assertEquals("proposal_open", send("POST", fatma + "/proposal", proposal, "lies", "geheim").json()
                .get("error").get("code").asText());
        assertEquals(0, get("/api/volunteers?name=" + surname, "lies", "geheim").json().get("total").asInt());

        // a no leaves her in the pillar only, and the pillar keeps none of what was proposed
        Answer declined = send("POST", fatma + "/proposal/decline", null, "lies", "geheim");
        assertEquals(declined.body(), "DECLINED", declined.json().get("status").asText());
        assertFalse(declined.body(), declined.json().get("proposed").has("email") || declined.body().contains(surname));
        assertEquals(0, get("/api/volunteers?name=" + surname, "lies", "geheim").json().get("total").asInt());
        assertFalse(get(fatma, "lies", "geheim").json().has("volunteerId"));

        // asked again, she says yes: a core volunteer with her consent, linked to her record, engaged in the project
        assertEquals(201, send("POST", fatma + "/proposal", proposal, "lies", "geheim").status());
        Answer early = send("POST", fatma + "/proposal/consent", consent(Instant.now().plusSeconds(3600), null),
                "lies", "geheim");
        assertEquals(early.body(), "consentedAt", early.json().get("error").get("field").asText());
        Instant signed = Instant.now().minusSeconds(3600).truncatedTo(ChronoUnit.SECONDS);
        Answer consented = send("POST", fatma + "/proposal/consent", consent(signed, null), "lies", "geheim");
        assertEquals(consented.body(), 200, consented.status());
        assertEquals("CONSENTED", consented.json().get("status").asText());
        String volunteerId = consented.json().get("decision").get("volunteerId").asText();
        JsonNode volunteer = get("/api/volunteers/" + volunteerId, "lies", "geheim").json();
        assertEquals(surname, volunteer.get("lastName").asText());
        assertEquals("ACTIVE", volunteer.get("status").asText());
        assertEquals("volunteer-record", volunteer.get("consents").get(0).get("purpose").asText());
        assertEquals(signed, Instant.parse(volunteer.get("consents").get(0).get("givenAt").asText()));
        assertEquals(1, get("/api/volunteers?name=" + surname, "lies", "geheim").json().get("total").asInt());
        assertEquals(volunteerId, get(fatma, "lies", "geheim").json().get("volunteerId").asText());
        JsonNode engaged = get("/api/targetgroups/projects/" + soup + "/volunteers", "lies", "geheim").json().get(0);
        assertEquals(volunteerId, engaged.get("volunteerId").asText());
        assertEquals(consented.json().get("decision").get("engagementId").asText(), engaged.get("id").asText());
        assertEquals("soep serveren", engaged.get("role").asText());
        assertEquals("targetgroups", engaged.get("pillar").asText());
        assertEquals("already_volunteer", send("POST", fatma + "/proposal", proposal, "lies", "geheim").json()
                .get("error").get("code").asText());

        // her address for someone else: a 409 naming the field, and nobody
        String ahmed = participant(soup, "Ahmed", "afwas", "lies", "geheim");
        Answer taken = send("POST", ahmed + "/proposal", proposal, "lies", "geheim");
        assertEquals(taken.body(), 409, taken.status());
        assertEquals("email", taken.json().get("error").get("field").asText());
        assertFalse(taken.body(), taken.body().contains(volunteerId) || taken.body().contains(surname));
        assertEquals(404, get(ahmed + "/proposal", "lies", "geheim").status());

        // both GDPR parts hold the link: her record's export, and the volunteer's export with the record
        JsonNode export = get(fatma + "/export", "lies", "geheim").json();
        assertEquals(volunteerId, export.get("participant").get("volunteerId").asText());
        assertEquals("DECLINED", export.get("proposals").get(0).get("status").asText());
        assertEquals("getekend formulier in de projectmap", export.get("proposals").get(1).get("decision")
                .get("evidence").asText());
        JsonNode ours = get("/api/volunteers/" + volunteerId + "/export", "lies", "geheim").json().get("holders")
                .get("targetgroups");
        assertEquals("Fatma", ours.get("participants").get(0).get("participant").get("name").asText());
        assertEquals(soup, ours.get("projects").get(0).get("projectId").asText());
        String fatmaId = fatma.substring(fatma.lastIndexOf('/') + 1);
        String audit = get("/api/audit?subjectId=" + fatmaId, "karaf", "karaf").json().get("items").toString();
        assertTrue(audit, audit.contains("\"CREATE\"") && audit.contains("\"UPDATE\""));

        // erasing the volunteer erases the record she came from
        Answer erased = send("POST", "/api/volunteers/" + volunteerId + "/erase", null, "karaf", "karaf");
        assertTrue(erased.body(), erased.body().contains("targetgroups"));
        assertEquals(404, get(fatma, "lies", "geheim").status());
    }

    @Test
    public void aParticipantUnder16BecomesAVolunteerOnlyWithAGuardiansConsentToo() {
        String ocmw = organisation("Jeugddienst " + UUID.randomUUID());
        String project = project("Jongeren helpen jongeren", null, ocmw, "lies", "geheim");
        String surname = "Jong" + UUID.randomUUID().toString().substring(0, 8);
        String milan = participant(project, "Milan", "huiswerkbegeleiding", "lies", "geheim");
        Answer proposed = send("POST", milan + "/proposal", proposal(surname, surname.toLowerCase() + "@example.be",
                TODAY.minusYears(15), ocmw), "lies", "geheim");
        assertEquals(proposed.body(), 201, proposed.status());

        Instant signed = Instant.now().minusSeconds(600).truncatedTo(ChronoUnit.SECONDS);
        Answer refused = send("POST", milan + "/proposal/consent", consent(signed, null), "lies", "geheim");
        assertEquals(refused.body(), 400, refused.status());
        assertEquals("too_young", refused.json().get("error").get("code").asText());
        assertEquals("birthDate", refused.json().get("error").get("field").asText());
        assertEquals("PROPOSED", get(milan + "/proposal", "lies", "geheim").json().get("status").asText());
        assertEquals(0, get("/api/volunteers?name=" + surname, "lies", "geheim").json().get("total").asInt());

        Answer consented = send("POST", milan + "/proposal/consent", consent(signed, signed.minusSeconds(60)), "lies",
                "geheim");
        assertEquals(consented.body(), 200, consented.status());
        String consents = get("/api/volunteers/" + consented.json().get("decision").get("volunteerId").asText(),
                "lies", "geheim").json().get("consents").toString();
        assertTrue(consents, consents.contains("\"guardian\"") && consents.contains("\"volunteer-record\""));
    }

    @Test
    public void theRecordAVolunteerCameFromStaysWithItsProjectsCoordinatorInTheirExport() {
        String ocmw = organisation("Welzijnsschakel " + UUID.randomUUID());
        String jans = project("Ontmoetingshuis", "jan", ocmw, "karaf", "karaf");
        String surname = "Gast" + UUID.randomUUID().toString().substring(0, 8);
        String noor = participant(jans, "Noor", "onthaal", "karaf", "karaf");
        String proposal = proposal(surname, surname.toLowerCase() + "@example.be", LocalDate.of(1980, 1, 1), ocmw);
        assertEquals("not_project_coordinator", send("POST", noor + "/proposal", proposal, "lies", "geheim").json()
                .get("error").get("code").asText());
        assertEquals(201, send("POST", noor + "/proposal", proposal, "karaf", "karaf").status());
        assertEquals(403, send("POST", noor + "/proposal/consent", consent(Instant.now().minusSeconds(60), null),
                "lies", "geheim").status());
        Answer consented = send("POST", noor + "/proposal/consent", consent(Instant.now().minusSeconds(60), null),
                "karaf", "karaf");
        assertEquals(consented.body(), 200, consented.status());
        String volunteerId = consented.json().get("decision").get("volunteerId").asText();

        JsonNode seenByLies = get("/api/volunteers/" + volunteerId + "/export", "lies", "geheim").json()
                .get("holders").get("targetgroups");
        assertEquals(0, seenByLies.get("participants").size());
        assertEquals(1, seenByLies.get("participantsWithheld").asInt());
        assertFalse(seenByLies.toString(), seenByLies.toString().contains("Noor"));
        JsonNode seenByAdmin = get("/api/volunteers/" + volunteerId + "/export", "karaf", "karaf").json()
                .get("holders").get("targetgroups");
        assertEquals("Noor", seenByAdmin.get("participants").get(0).get("participant").get("name").asText());
    }

    @Test
    public void adminsExtendTheCatalogueOfTargetGroups() {
        String code = "g" + UUID.randomUUID().toString().substring(0, 8);
        String body = "{\"code\":\"" + code + "\",\"name\":{\"nl\":\"Nieuwkomers\",\"en\":\"Newcomers\"}}";
        assertEquals(403, send("POST", "/api/targetgroups/groups", body, "lies", "geheim").status());
        assertEquals(201, send("POST", "/api/targetgroups/groups", body, "karaf", "karaf").status());
        assertEquals(409, send("POST", "/api/targetgroups/groups", body, "karaf", "karaf").status());
        assertEquals("code", send("POST", "/api/targetgroups/groups", body.replace(code, "Bad Code"), "karaf",
                "karaf").json().get("error").get("field").asText());
        Answer renamed = send("PUT", "/api/targetgroups/groups/" + code, "{\"name\":{\"nl\":\"Nieuwe inwoners\","
                + "\"en\":\"New residents\"}}", "karaf", "karaf");
        assertEquals(renamed.body(), "New residents", renamed.json().get("name").get("en").asText());
        assertTrue(get("/api/targetgroups/groups").body().contains("Nieuwe inwoners"));
    }

    @Test
    public void buddyPairsAreSuggestedLoggedFlaggedAndPartOfTheVolunteersExport() {
        String ocmw = organisation("Sociaal huis " + UUID.randomUUID());
        String project = project("Buddy's tegen eenzaamheid", null, ocmw, "lies", "geheim");
        String district = "Wijk-" + UUID.randomUUID().toString().substring(0, 6);
        String buddy = volunteer("Buddy", district, "man", 40);
        Answer engaged = send("POST", "/api/targetgroups/projects/" + project + "/volunteers", "{\"volunteerId\":\""
                + buddy + "\",\"organisationId\":\"" + ocmw + "\",\"role\":\"buddy\",\"kind\":\"REGULAR\","
                + "\"startDate\":\"" + TODAY.minusMonths(3) + "\"}", "lies", "geheim");
        assertEquals(engaged.body(), 201, engaged.status());
        assertEquals("targetgroups", engaged.json().get("pillar").asText());
        assertEquals(1, get("/api/targetgroups/projects/" + project + "/volunteers", "lies", "geheim").json().size());

        String alias = "Mia-" + UUID.randomUUID().toString().substring(0, 6);
        Answer person = send("POST", "/api/targetgroups/projects/" + project + "/persons", "{\"alias\":\"" + alias
                + "\",\"district\":\"" + district + "\",\"languages\":[\"nl\"],\"interests\":[\"kaarten\"],"
                + "\"contactRoute\":\"via de wijkwerker\"}", "lies", "geheim");
        assertEquals(person.body(), 201, person.status());
        String mia = person.json().get("id").asText();
        assertEquals("languages[0]", send("POST", "/api/targetgroups/projects/" + project + "/persons",
                "{\"alias\":\"X\",\"languages\":[\"xx\"],\"contactRoute\":\"t\"}", "lies", "geheim").json()
                .get("error").get("field").asText());

        JsonNode suggestions = get("/api/targetgroups/projects/" + project + "/persons/" + mia + "/suggestions",
                "lies", "geheim").json();
        assertEquals(buddy, suggestions.get(0).get("volunteerId").asText());
        assertEquals("district", suggestions.get(0).get("reasons").get(1).get("component").asText());

        Answer paired = send("POST", "/api/targetgroups/projects/" + project + "/pairs", "{\"personId\":\"" + mia
                + "\",\"volunteerId\":\"" + buddy + "\",\"startDate\":\"" + TODAY.minusWeeks(6) + "\"}", "lies",
                "geheim");
        assertEquals(paired.body(), 201, paired.status());
        String pair = paired.json().get("id").asText();
        assertTrue(paired.json().get("needsAttention").asBoolean());
        assertTrue(get("/api/targetgroups/projects/attention", "lies", "geheim").body().contains(pair));
        assertTrue(executeCommand("pillars:targetgroups-attention").contains(alias));
        assertEquals(409, send("POST", "/api/targetgroups/projects/" + project + "/pairs", "{\"personId\":\"" + mia
                + "\",\"volunteerId\":\"" + buddy + "\",\"startDate\":\"" + TODAY + "\"}", "lies", "geheim").status());

        assertEquals(400, send("POST", "/api/targetgroups/projects/" + project + "/pairs/" + pair + "/visits",
                "{\"date\":\"" + TODAY.plusDays(1) + "\",\"minutes\":60}", "lies", "geheim").status());
        Answer visit = send("POST", "/api/targetgroups/projects/" + project + "/pairs/" + pair + "/visits",
                "{\"date\":\"" + TODAY + "\",\"minutes\":60,\"note\":\"Kaarten gespeeld\"}", "lies", "geheim");
        assertEquals(visit.body(), 201, visit.status());
        assertFalse(get("/api/targetgroups/projects/attention", "lies", "geheim").body().contains(pair));

        JsonNode holders = get("/api/volunteers/" + buddy + "/export", "lies", "geheim").json().get("holders");
        JsonNode ours = holders.get("targetgroups");
        assertEquals(pair, ours.get("buddyPairs").get(0).get("pairId").asText());
        assertEquals(60, ours.get("buddyPairs").get(0).get("visits").get(0).get("minutes").asInt());
        assertFalse("the person helped is someone else's data", ours.toString().contains(alias));
        assertEquals(project, ours.get("projects").get(0).get("projectId").asText());

        JsonNode personExport = get("/api/targetgroups/projects/" + project + "/persons/" + mia + "/export", "lies",
                "geheim").json();
        assertEquals("Kaarten gespeeld", personExport.get("pairs").get(0).get("visits").get(0).get("note").asText());
        assertEquals(204, send("POST", "/api/targetgroups/projects/" + project + "/persons/" + mia + "/erase", null,
                "karaf", "karaf").status());
        JsonNode kept = get("/api/targetgroups/projects/" + project + "/pairs", "lies", "geheim").json().get(0);
        assertFalse(kept.toString(), kept.has("personAlias"));
        assertEquals("erased", kept.get("endReason").asText());

        Answer erased = send("POST", "/api/volunteers/" + buddy + "/erase", null, "karaf", "karaf");
        assertTrue(erased.body(), erased.body().contains("targetgroups"));
        assertFalse(get("/api/targetgroups/projects/" + project + "/pairs", "lies", "geheim").json().get(0)
                .has("volunteerId"));
        assertTrue(executeCommand("pillars:targetgroups-projects").contains("Buddy's tegen eenzaamheid"));
    }

    @Test
    public void theRepresentationMonitorReadsStatbelsFileAndSuppressesSmallGroups() {
        // Statbel's 21 columns as in TF_SOC_POP_STRUCT_2025.txt: byte order mark, '|', two municipalities
        String place = "|Arrondissement Hasselt|Arrondissement de Hasselt|70000|Provincie Limburg|Province du Limbourg"
                + "|02000|Vlaams Gewest|Région flamande|";
        String file = "\uFEFFCD_REFNIS|TX_DESCR_NL|TX_DESCR_FR|CD_DSTR_REFNIS|TX_ADM_DSTR_DESCR_NL|TX_ADM_DSTR_DESCR_FR"
                + "|CD_PROV_REFNIS|TX_PROV_DESCR_NL|TX_PROV_DESCR_FR|CD_RGN_REFNIS|TX_RGN_DESCR_NL|TX_RGN_DESCR_FR|CD_SEX"
                + "|CD_NATLTY|TX_NATLTY_NL|TX_NATLTY_FR|CD_CIV_STS|TX_CIV_STS_NL|TX_CIV_STS_FR|CD_AGE|MS_POPULATION\r\n"
                + "71022|Hasselt|Hasselt|71000" + place + "F|BEL|Belgen|Belges|1|Ongehuwd|Célibataire|25|300\r\n"
                + "71022|Hasselt|Hasselt|71000" + place + "F|ETR|niet-Belgen|non-Belges|2|Gehuwd|Marié|25|24\r\n"
                + "71022|Hasselt|Hasselt|71000" + place + "M|BEL|Belgen|Belges|2|Gehuwd|Marié|67|300\r\n"
                + "71016|Genk|Genk|71000" + place + "M|BEL|Belgen|Belges|2|Gehuwd|Marié|67|999\r\n";
        assertEquals(403, sendBody("PUT", "/api/targetgroups/representation/population/2025?refnis=71022",
                "text/csv", file, "lies", "geheim").status());
        Answer imported = sendBody("PUT", "/api/targetgroups/representation/population/2025?refnis=71022",
                "text/csv", file, "karaf", "karaf");
        assertEquals(imported.body(), 200, imported.status());
        assertEquals(624, imported.json().get("people").asInt());
        assertEquals(3, imported.json().get("rows").asInt());
        assertEquals("Hasselt", imported.json().get("municipality").asText());
        Answer broken = sendBody("PUT", "/api/targetgroups/representation/population/2025", "text/csv",
                "CD_REFNIS|CD_SEX|CD_AGE|MS_POPULATION\n71022|X|30|5\n", "karaf", "karaf");
        assertEquals(400, broken.status());
        assertEquals("CD_SEX", broken.json().get("error").get("problems").get(0).get("field").asText());

        // a municipality's own file with districts: two volunteers in the north stay hidden
        String north = "Noord-" + UUID.randomUUID().toString().substring(0, 6);
        String south = "Zuid-" + UUID.randomUUID().toString().substring(0, 6);
        StringBuilder own = new StringBuilder("CD_REFNIS|CD_SEX|CD_AGE|MS_POPULATION|DISTRICT\n");
        for (int age = 20; age <= 70; age += 10) {
            own.append("71022|F|").append(age).append("|100|").append(north).append('\n');
            own.append("71022|M|").append(age).append("|100|").append(south).append('\n');
        }
        assertEquals(200, sendBody("PUT", "/api/targetgroups/representation/population/2099", "text/csv",
                own.toString(), "karaf", "karaf").status());
        volunteer("Noord", north, "vrouw", 30);
        volunteer("Noord", north, "vrouw", 31);
        for (int i = 0; i < 6; i++) {
            volunteer("Zuid", south, "man", 50 + i);
        }
        JsonNode report = get("/api/targetgroups/representation?year=2099", "lies", "geheim").json();
        JsonNode northGroup = null;
        for (JsonNode group : report.get("groups")) {
            northGroup = group.get("key").asText().equals(north) ? group : northGroup;
        }
        assertTrue(northGroup.get("suppressed").asBoolean());
        assertFalse("suppressed counts are left out", northGroup.has("volunteers"));
        assertFalse(northGroup.has("index"));
        assertEquals(0.5, northGroup.get("populationShare").asDouble(), 0);
        assertNull("only counts, never a person", report.findValue("firstName"));
        assertFalse(report.toString().contains("Vera"));

        // Dutch unless the caller asks English: the CSV's header, yes/no and decimals, the chart's texts and numbers
        Answer csv = get("/api/targetgroups/representation/report.csv?year=2099", "lies", "geheim");
        assertEquals(200, csv.status());
        assertTrue(csv.header("Content-Type").startsWith("text/csv"));
        assertTrue(csv.body(), csv.body().startsWith("\uFEFFdimensie;groep;label;vrijwilligers;"));
        assertTrue(csv.body(), csv.body().contains("district;" + north + ";" + north + ";;;600;0,5;;"));
        assertTrue(csv.body(), csv.body().lines().anyMatch(line -> line.startsWith("district;" + north + ";")
                && line.endsWith(";ja;small")));
        String english = send("GET", "/api/targetgroups/representation/report.csv?year=2099", null, "lies", "geheim",
                "Accept-Language", "en").body();
        assertTrue(english, english.startsWith("\uFEFFdimension;group;label;volunteers;"));
        assertTrue(english, english.contains("district;" + north + ";" + north + ";;;600;0.5;;"));
        Answer svg = get("/api/targetgroups/representation/chart.svg?year=2099&dimension=district", "lies", "geheim");
        assertTrue(svg.header("Content-Type").startsWith("image/svg+xml"));
        assertTrue(svg.body(), svg.body().contains(north) && svg.body().contains("minder dan 5 vrijwilligers")
                && svg.body().contains(">50,0 %</text>"));
        String englishSvg = send("GET", "/api/targetgroups/representation/chart.svg?year=2099&dimension=district",
                null, "lies", "geheim", "Accept-Language", "en-GB,en;q=0.9").body();
        assertTrue(englishSvg, englishSvg.contains("fewer than 5 volunteers") && englishSvg.contains(">50.0%</text>"));
        assertEquals("dimension", get("/api/targetgroups/representation/chart.svg?dimension=colour", "lies", "geheim")
                .json().get("error").get("field").asText());
        assertEquals(403, get("/api/targetgroups/representation", "kim", "wachtwoord").status());
        String console = executeCommand("pillars:targetgroups-representation --year 2099");
        assertTrue(console, console.contains(north) && console.contains("< 5"));
    }

    @Test
    public void thePillarsDataStaysWhenItIsUninstalledAndComesBackWithIt() {
        String ocmw = organisation("Welzijn " + UUID.randomUUID());
        String project = project("Blijft bestaan", null, ocmw, "lies", "geheim");
        try {
            executeCommand("feature:uninstall pillars-targetgroups");
            awaitMillis("targetgroups routes gone", 5000,
                    () -> get("/api/targetgroups/projects/" + project, "lies", "geheim").status() == 404);
            assertEquals(200, get("/api/volunteers", "lies", "geheim").status());
        } finally {
            executeCommand("feature:install pillars-targetgroups");
        }
        awaitMillis("targetgroups serving its projects again", 30_000,
                () -> get("/api/targetgroups/projects/" + project, "lies", "geheim").status() == 200);
        assertEquals("Blijft bestaan", get("/api/targetgroups/projects/" + project, "lies", "geheim").json()
                .get("name").asText());
    }
}
