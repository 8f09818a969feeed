package be.pillars.targetgroups.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.lang.reflect.Constructor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import be.pillars.api.http.DescribedRoute;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.RouteDescription;

/**
 * Every route of every servlet of this bundle describes itself for core's OpenAPI document: a summary, an answer
 * type unless it answers a file or nothing, and a body type when it reads JSON. The servlets are found among the
 * bundle's classes, so that one added later is held to the same.
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

    @Test
    void everyRouteSaysWhatItDoesReadsAndAnswers() throws Exception {
        List<JsonServlet> servlets = servlets();
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonServlet servlet : servlets) {
            for (DescribedRoute route : servlet.routes()) {
                String name = servlet.getClass().getSimpleName() + " " + route.method() + " " + route.template();
                seen.add(name);
                RouteDescription description = route.description();
                if (description.summary() == null) {
                    problems.add(name + ": no summary");
                }
                boolean json = description.mediaType().startsWith("application/json");
                if (json && description.answer() == null && !NO_CONTENT.contains(name)) {
                    problems.add(name + ": no answer type");
                }
                boolean changes = route.method().equals("POST") || route.method().equals("PUT");
                if (changes && description.body() == null && !NO_BODY.contains(name)) {
                    problems.add(name + ": no body type");
                }
                if (!changes && description.body() != null) {
                    problems.add(name + ": a body on a " + route.method());
                }
            }
        }
        assertEquals(List.of(), problems);
        assertTrue(seen.containsAll(NO_CONTENT) && seen.containsAll(NO_BODY), "exceptions name routes that exist");
        assertTrue(servlets.stream().anyMatch(TargetGroupsServlet.class::isInstance), "servlets found: " + servlets);
    }

    /** Each servlet of the bundle, made by its component constructor with a mock for every reference. */
    private static List<JsonServlet> servlets() throws Exception {
        Path classes = Path.of(TargetGroupsServlet.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        List<JsonServlet> servlets = new ArrayList<>();
        try (Stream<Path> files = Files.walk(classes)) {
            for (Path file : files.filter(path -> path.getFileName().toString().endsWith("Servlet.class")).toList()) {
                String relative = classes.relativize(file).toString();
                Class<?> type = Class.forName(relative.substring(0, relative.length() - ".class".length())
                        .replace(file.getFileSystem().getSeparator(), "."));
                if (JsonServlet.class.isAssignableFrom(type)) {
                    Constructor<?> constructor = type.getConstructors()[0];
                    servlets.add((JsonServlet) constructor.newInstance(Arrays.stream(constructor.getParameterTypes())
                            .map(parameter -> mock(parameter)).toArray()));
                }
            }
        }
        return servlets;
    }
}
