package be.pillars.targetgroups.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

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
class TargetGroupsRoutesDescribedTest {

    /** Answer 204: there is no answer to describe. */
    private static final Set<String> NO_CONTENT = Set.of(
            "ProjectsServlet POST /{projectId}/participants/{participantId}/erase",
            "ProjectsServlet POST /{projectId}/persons/{personId}/erase");
    /** Change something without reading a body, or read a file rather than JSON. */
    private static final Set<String> NO_BODY = Set.of(
            "ProjectsServlet POST /{projectId}/participants/{participantId}/erase",
            "ProjectsServlet POST /{projectId}/persons/{personId}/erase",
            "ProjectsServlet POST /{projectId}/participants/{participantId}/proposal/decline",
            "ProjectsServlet POST /{projectId}/participants/{participantId}/proposal/withdraw",
            "RepresentationServlet PUT /population/{year}");

    /**
     * What each audited route records: action, subject type and whether it names a subject (none for a list or a
     * search). These are the routes that audited through {@code Audited.route} or by hand in their handler before,
     * but the two about a pair's visits: the person they record is the pair's, which neither the request nor the
     * answer names, so they record it themselves.
     */
    private static final Map<String, String> AUDITED = new TreeMap<>(Map.ofEntries(
            Map.entry("ProjectsServlet GET /attention", "READ targetgroups.person nobody"),
            Map.entry("ProjectsServlet GET /{projectId}/volunteers", "READ volunteer nobody"),
            Map.entry("ProjectsServlet POST /{projectId}/volunteers", "CREATE volunteer someone"),
            Map.entry("ProjectsServlet POST /{projectId}/participants", "CREATE targetgroups.participant someone"),
            Map.entry("ProjectsServlet GET /{projectId}/participants", "READ targetgroups.participant nobody"),
            Map.entry("ProjectsServlet GET /{projectId}/participants/{participantId}",
                    "READ targetgroups.participant someone"),
            Map.entry("ProjectsServlet PUT /{projectId}/participants/{participantId}",
                    "UPDATE targetgroups.participant someone"),
            Map.entry("ProjectsServlet GET /{projectId}/participants/{participantId}/export",
                    "EXPORT targetgroups.participant someone"),
            Map.entry("ProjectsServlet POST /{projectId}/participants/{participantId}/erase",
                    "ERASE targetgroups.participant someone"),
            Map.entry("ProjectsServlet POST /{projectId}/participants/{participantId}/proposal",
                    "CREATE targetgroups.participant someone"),
            Map.entry("ProjectsServlet GET /{projectId}/participants/{participantId}/proposal",
                    "READ targetgroups.participant someone"),
            // the participant's own entry, recorded first, stays in the handler: a route records one of its own
            Map.entry("ProjectsServlet POST /{projectId}/participants/{participantId}/proposal/consent",
                    "CREATE volunteer someone"),
            Map.entry("ProjectsServlet POST /{projectId}/participants/{participantId}/proposal/decline",
                    "UPDATE targetgroups.participant someone"),
            Map.entry("ProjectsServlet POST /{projectId}/participants/{participantId}/proposal/withdraw",
                    "UPDATE targetgroups.participant someone"),
            Map.entry("ProjectsServlet POST /{projectId}/persons", "CREATE targetgroups.person someone"),
            Map.entry("ProjectsServlet GET /{projectId}/persons", "READ targetgroups.person nobody"),
            Map.entry("ProjectsServlet GET /{projectId}/persons/{personId}", "READ targetgroups.person someone"),
            Map.entry("ProjectsServlet GET /{projectId}/persons/{personId}/suggestions", "SEARCH volunteer nobody"),
            Map.entry("ProjectsServlet GET /{projectId}/persons/{personId}/export",
                    "EXPORT targetgroups.person someone"),
            Map.entry("ProjectsServlet POST /{projectId}/persons/{personId}/erase",
                    "ERASE targetgroups.person someone"),
            Map.entry("ProjectsServlet POST /{projectId}/pairs", "CREATE volunteer someone"),
            Map.entry("ProjectsServlet GET /{projectId}/pairs", "READ targetgroups.person nobody"),
            Map.entry("ProjectsServlet POST /{projectId}/pairs/{pairId}/end", "UPDATE targetgroups.person someone")));

    @Test
    void everyRouteSaysWhatItDoesReadsAndAnswers() throws Exception {
        List<JsonServlet> servlets = BundleServlets.of(TargetGroupsServlet.class);
        assertEquals(List.of(), BundleServlets.undescribed(servlets, NO_CONTENT, NO_BODY));
        assertTrue(servlets.stream().anyMatch(TargetGroupsServlet.class::isInstance), "servlets found: " + servlets);
    }

    /** What was recorded through {@code Audited.route} and by hand is now the routes' own audit. */
    @Test
    void theRoutesAboutPeopleRecordWhatTheyDid() throws Exception {
        Map<String, String> audited = new TreeMap<>();
        for (JsonServlet servlet : BundleServlets.of(TargetGroupsServlet.class)) {
            for (DescribedRoute route : servlet.routes()) {
                RouteDescription.Audit audit = route.description().audit();
                if (audit != null) {
                    audited.put(BundleServlets.name(servlet, route), audit.action() + " " + audit.subjectType() + " "
                            + (audit.subject() == RouteDescription.NO_SUBJECT ? "nobody" : "someone"));
                }
            }
        }
        assertEquals(AUDITED, audited);
    }
}
