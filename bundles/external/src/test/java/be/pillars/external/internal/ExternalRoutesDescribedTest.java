package be.pillars.external.internal;

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
class ExternalRoutesDescribedTest {

    /** Answer 204: there is no answer to describe. */
    private static final Set<String> NO_CONTENT = Set.of("ChannelsServlet DELETE /{id}");
    /** Change something without reading a body. */
    private static final Set<String> NO_BODY = Set.of("ChannelsServlet POST /{id}/retry");

    /**
     * What each audited route records: action, subject type, whether it names a subject (none for a search), and
     * detail. These are the routes that audited through {@code Audited.route} or by hand in their handler before.
     */
    private static final Map<String, String> AUDITED = new TreeMap<>(Map.of(
            "ApplicationsServlet GET /", "SEARCH application nobody external applications",
            "ApplicationsServlet POST /", "CREATE application someone external application",
            "ApplicationsServlet GET /{id}", "READ application someone external application",
            "ApplicationsServlet PUT /{id}/status", "UPDATE application someone external application status",
            "IntakesServlet GET /", "SEARCH intake nobody external intakes",
            "IntakesServlet POST /", "CREATE intake someone external intake",
            "IntakesServlet GET /{id}", "READ intake someone external intake",
            "IntakesServlet PUT /{id}/result", "UPDATE intake someone external intake result",
            "LadderServlet GET /volunteers", "SEARCH volunteer nobody external engagement ladder"));

    @Test
    void everyRouteSaysWhatItDoesReadsAndAnswers() throws Exception {
        List<JsonServlet> servlets = BundleServlets.of(ExternalServlet.class);
        assertEquals(List.of(), BundleServlets.undescribed(servlets, NO_CONTENT, NO_BODY));
        assertTrue(servlets.stream().anyMatch(ExternalServlet.class::isInstance), "servlets found: " + servlets);
    }

    /** What was recorded through {@code Audited.route} and by hand is now the routes' own audit, unchanged. */
    @Test
    void theRoutesAboutPeopleRecordWhatTheyDid() throws Exception {
        Map<String, String> audited = new TreeMap<>();
        for (JsonServlet servlet : BundleServlets.of(ExternalServlet.class)) {
            for (DescribedRoute route : servlet.routes()) {
                RouteDescription.Audit audit = route.description().audit();
                if (audit != null) {
                    // every detail here is a constant: it reads neither the request nor the answer
                    audited.put(BundleServlets.name(servlet, route), audit.action() + " " + audit.subjectType() + " "
                            + (audit.subject() == RouteDescription.NO_SUBJECT ? "nobody" : "someone") + " "
                            + audit.detail().apply(null, null));
                }
            }
        }
        assertEquals(AUDITED, audited);
    }
}
