package be.pillars.internal.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import org.junit.jupiter.api.Test;

import be.pillars.api.http.DescribedRoute;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.RouteDescription;
import be.pillars.testing.BundleServlets;

/**
 * Every route of every servlet of this bundle describes itself for core's OpenAPI document: a summary, an answer
 * type unless it answers a file or nothing, and a body type when it reads JSON; and the routes that touch personal
 * data leave on the audit trail what they did. The servlets are found among the bundle's classes, so that one added
 * later is held to the same.
 */
class InternalRoutesDescribedTest {

    /** Answer 204: there is no answer to describe. */
    private static final Set<String> NO_CONTENT = Set.of("CoachesServlet DELETE /{coach}/volunteers/{volunteerId}");
    /** Change something without reading a body: the path says it all. */
    private static final Set<String> NO_BODY = Set.of(
            "ClaimsServlet POST /{id}/approve",
            "CoachesServlet PUT /{coach}",
            "CoachesServlet PUT /{coach}/volunteers/{volunteerId}",
            "EventsServlet PUT /{id}/invitations/{volunteerId}");

    /** What each audited route records besides its subject: action, subject type and detail. */
    private static final Map<String, String> AUDITED = new TreeMap<>(Map.ofEntries(
            Map.entry("ClaimsServlet GET /", "SEARCH claim internal claims"),
            Map.entry("ClaimsServlet POST /", "CREATE claim internal claim"),
            Map.entry("ClaimsServlet GET /{id}", "READ claim internal claim"),
            Map.entry("ClaimsServlet POST /{id}/approve", "UPDATE claim approved"),
            Map.entry("ClaimsServlet POST /{id}/reject", "UPDATE claim rejected"),
            Map.entry("CompensationServlet GET /{volunteerId}/{year}", "READ volunteer internal compensation year"),
            Map.entry("CompensationServlet PUT /{volunteerId}/{year}", "UPDATE volunteer internal compensation system"),
            Map.entry("CompensationServlet POST /{volunteerId}/{year}/declarations",
                    "UPDATE volunteer internal declaration"),
            Map.entry("CompensationServlet DELETE /{volunteerId}/{year}/declarations/{id}",
                    "UPDATE volunteer internal declaration withdrawn"),
            Map.entry("NamedListServlet GET /{year}", "READ volunteer internal named list"),
            Map.entry("NamedListServlet GET /{year}/csv", "EXPORT volunteer internal named list csv"),
            Map.entry("NamedListServlet GET /{year}/document", "EXPORT volunteer internal named list document"),
            Map.entry("StatementsServlet GET /{volunteerId}/{year}", "READ volunteer internal allowance statement"),
            Map.entry("StatementsServlet GET /{volunteerId}/{year}/document",
                    "EXPORT volunteer internal allowance statement document"),
            Map.entry("CoachesServlet GET /{coach}/volunteers", "READ volunteer internal caseload"),
            Map.entry("CoachesServlet PUT /{coach}/volunteers/{volunteerId}",
                    "UPDATE volunteer internal coach assigned"),
            Map.entry("CoachesServlet POST /{coach}/volunteers/{volunteerId}/checkins",
                    "CREATE volunteer internal check-in"),
            Map.entry("CoachesServlet GET /{coach}/volunteers/{volunteerId}/checkins",
                    "READ volunteer internal check-ins"),
            Map.entry("EventsServlet PUT /{id}/invitations/{volunteerId}", "CREATE volunteer internal event invitation"),
            Map.entry("EventsServlet GET /{id}/invitations", "READ volunteer internal event guest list"),
            Map.entry("EventsServlet GET /{id}/invitations.csv", "EXPORT volunteer internal event guest list csv"),
            Map.entry("EventsServlet PUT /{id}/invitations/{volunteerId}/reply", "UPDATE volunteer internal event reply"),
            Map.entry("EventsServlet PUT /{id}/invitations/{volunteerId}/attendance",
                    "UPDATE volunteer internal event attendance"),
            Map.entry("InformationServlet GET /receipts/{volunteerId}", "READ volunteer internal note receipts"),
            Map.entry("InformationServlet PUT /receipts/{volunteerId}", "UPDATE volunteer internal note receipt"),
            Map.entry("InformationServlet GET /uninformed", "SEARCH volunteer internal uninformed volunteers")));

    @Test
    void everyRouteSaysWhatItDoesReadsAndAnswers() throws Exception {
        List<JsonServlet> servlets = BundleServlets.of(InternalServlet.class);
        assertEquals(List.of(), BundleServlets.undescribed(servlets, NO_CONTENT, NO_BODY));
        assertEquals(12, servlets.size(), "servlets found: " + servlets);
    }

    /** What was recorded through {@code Audited.route} and by hand is now the routes' own audit, unchanged. */
    @Test
    void theRoutesAboutPeopleRecordWhatTheyDid() throws Exception {
        Map<String, String> audited = new TreeMap<>();
        for (JsonServlet servlet : BundleServlets.of(InternalServlet.class)) {
            for (DescribedRoute route : servlet.routes()) {
                RouteDescription.Audit audit = route.description().audit();
                if (audit != null) {
                    // every detail here is a constant: it reads neither the request nor the answer
                    audited.put(BundleServlets.name(servlet, route), audit.action() + " " + audit.subjectType() + " "
                            + audit.detail().apply(null, null));
                }
            }
        }
        assertEquals(AUDITED, audited);
    }
}
