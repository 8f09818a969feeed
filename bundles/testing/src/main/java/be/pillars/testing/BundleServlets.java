package be.pillars.testing;

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

import be.pillars.api.http.DescribedRoute;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.RouteDescription;

/**
 * Every {@link JsonServlet} of a bundle, found among its compiled classes and made by its component constructor
 * with a mock for every reference, so that a test can hold each route's description to the house's rule: a
 * servlet added later is checked too.
 */
public final class BundleServlets {

    private BundleServlets() {
    }

    /** The servlets compiled next to {@code anyClassOfTheBundle}. */
    public static List<JsonServlet> of(Class<?> anyClassOfTheBundle) throws Exception {
        Path classes = Path.of(anyClassOfTheBundle.getProtectionDomain().getCodeSource().getLocation().toURI());
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

    /** A route as the tests name it: {@code VacanciesServlet GET /{id}}. */
    public static String name(JsonServlet servlet, DescribedRoute route) {
        return servlet.getClass().getSimpleName() + " " + route.method() + " " + route.template();
    }

    /**
     * What is missing from the routes' descriptions: a summary; an answer type for a JSON route, but for those
     * answering 204 ({@code noContent}); a body type for a POST or PUT, but for those reading none
     * ({@code noBody}); and a body on a GET or DELETE. An exception naming no route is a problem too.
     */
    public static List<String> undescribed(List<JsonServlet> servlets, Set<String> noContent, Set<String> noBody) {
        List<String> problems = new ArrayList<>();
        Set<String> seen = new HashSet<>();
        for (JsonServlet servlet : servlets) {
            for (DescribedRoute route : servlet.routes()) {
                String name = name(servlet, route);
                seen.add(name);
                RouteDescription description = route.description();
                if (description.summary() == null) {
                    problems.add(name + ": no summary");
                }
                boolean json = description.mediaType().startsWith("application/json");
                if (json && description.answer() == null && !noContent.contains(name)) {
                    problems.add(name + ": no answer type");
                }
                boolean changes = route.method().equals("POST") || route.method().equals("PUT");
                if (changes && description.body() == null && !noBody.contains(name)) {
                    problems.add(name + ": no body type");
                }
                if (!changes && description.body() != null) {
                    problems.add(name + ": a body on a " + route.method());
                }
            }
        }
        Stream.concat(noContent.stream(), noBody.stream()).filter(name -> !seen.contains(name))
                .forEach(name -> problems.add(name + ": an exception for a route that does not exist"));
        return problems;
    }
}
