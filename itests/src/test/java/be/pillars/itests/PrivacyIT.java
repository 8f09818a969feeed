package be.pillars.itests;

import static org.junit.Assert.assertEquals;
import static org.junit.Assert.assertFalse;
import static org.junit.Assert.assertTrue;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Dictionary;
import java.util.Hashtable;
import java.util.List;
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
 * What personal data reaches whom (issue 12, items 5 and 8): a coach's notes in the GDPR export, the public
 * registration with an address that is already a volunteer's, its rate limit's {@code Retry-After}, and an
 * organisation login after its engagement with a volunteer was cancelled; over real HTTP against the real
 * distribution.
 */
@RunWith(PaxExam.class)
@ExamReactorStrategy(PerSuite.class)
public class PrivacyIT extends PillarsTestSupport {

    /** The suite's admin and coordinator (see {@link PillarsTestSupport#config()}). */
    private static final String ADMIN = "karaf";
    private static final String ADMIN_PASSWORD = "karaf";
    private static final String COORDINATOR = "lies";
    private static final String COORDINATOR_PASSWORD = "geheim";
    private static final String CANDIDATES = "/api/external/candidates";

    @Inject
    private ConfigurationAdmin configurationAdmin;

    private static String unique(String prefix) {
        return prefix + UUID.randomUUID().toString().substring(0, 8).replaceAll("[0-9-]", "x");
    }

    private static Answer asAdmin(String method, String path, String json) {
        return send(method, path, json, ADMIN, ADMIN_PASSWORD);
    }

    private static Answer asCoordinator(String method, String path, String json) {
        return send(method, path, json, COORDINATOR, COORDINATOR_PASSWORD);
    }

    private static String created(Answer answer) {
        assertEquals(answer.body(), 201, answer.status());
        return answer.json().get("id").asText();
    }

    private static String volunteer(String lastName) {
        return created(asCoordinator("POST", "/api/volunteers", "{\"firstName\":\"Vera\",\"lastName\":\"" + lastName
                + "\",\"email\":\"" + lastName.toLowerCase() + "@example.be\",\"postalCode\":\"3500\","
                + "\"preference\":\"BOTH\"}"));
    }

    /** The coach (the caller) enrols, takes the volunteer in their caseload and records a check-in. */
    private static void checkIn(String coach, String password, String volunteer, String notes) {
        assertEquals(200, send("PUT", "/api/internal/coaches/" + coach, null, coach, password).status());
        String caseload = "/api/internal/coaches/" + coach + "/volunteers/" + volunteer;
        assertEquals(200, asAdmin("PUT", caseload, null).status());
        Answer recorded = send("POST", caseload + "/checkins", "{\"date\":\"" + LocalDate.now() + "\",\"notes\":\""
                + notes + "\"}", coach, password);
        assertEquals(recorded.body(), 201, recorded.status());
    }

    /** The notes of the export's check-ins, by coach; a withheld note shows as null. */
    private static JsonNode coaching(String volunteer, String user, String password) {
        Answer export = get("/api/volunteers/" + volunteer + "/export", user, password);
        assertEquals(export.body(), 200, export.status());
        return export.json().get("holders").get("internal.coaches");
    }

    private static String notesOf(JsonNode coaching, String coach) {
        for (JsonNode checkIn : coaching.get("checkIns")) {
            if (checkIn.get("coach").asText().equals(coach)) {
                JsonNode notes = checkIn.get("notes");
                return notes == null || notes.isNull() ? null : notes.asText();
            }
        }
        throw new AssertionError("no check-in of " + coach + " in " + coaching);
    }

    @Test
    public void theGdprExportGivesACoachsNotesOnlyToTheirAuthorAndToAdmins() {
        String volunteer = volunteer(unique("Gecoacht"));
        checkIn(COORDINATOR, COORDINATOR_PASSWORD, volunteer, "Notitie van lies");
        checkIn(ADMIN, ADMIN_PASSWORD, volunteer, "Vertrouwelijk: notitie van karaf");

        JsonNode byAuthor = coaching(volunteer, COORDINATOR, COORDINATOR_PASSWORD);
        assertEquals("the author reads their own note", "Notitie van lies", notesOf(byAuthor, COORDINATOR));
        assertEquals("a coordinator reads no one else's", null, notesOf(byAuthor, ADMIN));
        assertFalse(byAuthor.toString(), byAuthor.toString().contains("Vertrouwelijk"));
        assertEquals(1, byAuthor.get("notesWithheld").asInt());

        JsonNode byAdmin = coaching(volunteer, ADMIN, ADMIN_PASSWORD);
        assertEquals("Notitie van lies", notesOf(byAdmin, COORDINATOR));
        assertEquals("Vertrouwelijk: notitie van karaf", notesOf(byAdmin, ADMIN));
        assertFalse(byAdmin.has("notesWithheld"));
    }

    /** Runs with new limits (fresh buckets for every address), then back to the defaults. */
    private void withRegistrationLimits(int burst, int perHour, Runnable registrations) throws Exception {
        Configuration limits = configurationAdmin.getConfiguration("be.pillars.external.candidates", "?");
        Dictionary<String, Object> values = new Hashtable<>();
        values.put("registrationBurst", burst);
        values.put("registrationsPerHour", perHour);
        limits.update(values);
        try {
            // the new limits are in force once a request that has used the old bucket's last token is let through
            awaitMillis("the new limits in force", 10_000, () -> postAnonymously(CANDIDATES, "{}").status() == 400);
            registrations.run();
        } finally {
            limits.delete();
        }
    }

    @Test
    public void aKnownEmailAddressIsAnsweredAsANewRegistrationAndChangesNothing() throws Exception {
        String lastName = unique("Gekend");
        String email = lastName.toLowerCase() + "@example.be";
        String candidate = "{\"firstName\":\"%s\",\"lastName\":\"" + lastName + "\",\"email\":\"" + email
                + "\",\"postalCode\":\"3500\",\"preference\":\"BOTH\",\"consent\":true}";
        withRegistrationLimits(50, 20, () -> {
            Answer first = postAnonymously(CANDIDATES, candidate.formatted("Kato"));
            assertEquals(first.body(), 201, first.status());
            Answer again = postAnonymously(CANDIDATES, candidate.formatted("Iemand anders"));
            assertEquals(again.body(), 201, again.status());
            assertEquals("the same answer", first.body(), again.body());
            assertEquals("naming nobody", List.of("message"), fieldNames(again.json()));
        });
        JsonNode found = get("/api/volunteers?name=" + lastName, COORDINATOR, COORDINATOR_PASSWORD).json();
        assertEquals(found.toString(), 1, found.get("total").asInt());
        JsonNode volunteer = found.get("items").get(0);
        assertEquals("Kato", volunteer.get("firstName").asText());
        assertEquals(1, volunteer.get("version").asInt());
    }

    private static List<String> fieldNames(JsonNode object) {
        List<String> names = new ArrayList<>();
        object.fieldNames().forEachRemaining(names::add);
        return names;
    }

    @Test
    public void aRefusedRegistrationSaysWhenToTryAgain() throws Exception {
        // two at once, then one an hour: the refusal that follows says an hour (the defaults would say minutes)
        withRegistrationLimits(2, 1, () -> {
            Answer[] last = new Answer[1];
            awaitMillis("a refusal under the new limits", 10_000, () -> {
                last[0] = postAnonymously(CANDIDATES, "{}");
                String retryAfter = last[0].header("Retry-After");
                return last[0].status() == 429 && retryAfter != null && Long.parseLong(retryAfter) > 3500;
            });
            assertTrue(last[0].header("Retry-After"), Long.parseLong(last[0].header("Retry-After")) <= 3600);
            assertEquals("too_many_requests", last[0].json().get("error").get("code").asText());
        });
    }

    @Test
    public void anOrganisationNoLongerReadsAVolunteerOnceTheirEngagementIsCancelled() {
        String organisation = created(asCoordinator("POST", "/api/organisations",
                "{\"kind\":\"EXTERNAL\",\"name\":\"" + unique("Toneelkring") + "\"}"));
        String volunteer = volunteer(unique("Geannuleerd"));
        String engagement = "{\"volunteerId\":\"" + volunteer + "\",\"organisationId\":\"" + organisation
                + "\",\"role\":\"decor\",\"kind\":\"OCCASIONAL\",\"startDate\":\"" + LocalDate.now().plusDays(7)
                + "\",\"status\":\"%s\",\"pillar\":\"external\"}";
        Answer planned = asCoordinator("POST", "/api/engagements", engagement.formatted("PLANNED"));
        String engagementId = created(planned);
        assertEquals(204, asAdmin("PUT", "/api/organisations/" + organisation + "/members/kim", null).status());
        try {
            assertEquals(200, get("/api/volunteers/" + volunteer, "kim", "wachtwoord").status());
            Answer cancelled = send("PUT", "/api/engagements/" + engagementId, engagement.formatted("CANCELLED"),
                    COORDINATOR, COORDINATOR_PASSWORD, "If-Match", planned.header("ETag"));
            assertEquals(cancelled.body(), 200, cancelled.status());
            Answer refused = get("/api/volunteers/" + volunteer, "kim", "wachtwoord");
            assertEquals(refused.body(), 403, refused.status());
            assertFalse(refused.body().contains("Vera"));
        } finally {
            assertEquals(204, asAdmin("DELETE", "/api/organisations/members/kim", null).status());
        }
    }
}
