package be.pillars.core.internal.openapi;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import com.fasterxml.jackson.core.type.TypeReference;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;

import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.http.Access;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.Role;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;

/** The document core serves, made from routes as servlets declare them, is valid OpenAPI 3.1 and says what they do. */
class OpenApiDocumentTest {

    static final class Volunteers extends JsonServlet {
        private static final long serialVersionUID = 1L;

        Volunteers() {
            Access coordinators = Access.roles(Role.COORDINATOR);
            get("/", coordinators, request -> null).summary("Vrijwilligers zoeken", "Search volunteers")
                    .query("name", String.class, "Naam, hoofdletters en accenten om het even",
                            "Name, whatever its case and accents")
                    .query("limit", Integer.class, "Hoeveel", "How many")
                    .answers(new TypeReference<Page<Volunteer>>() { }.getType());
            post("/", coordinators, request -> null).summary("Een vrijwilliger opslaan", "Store a volunteer")
                    .body(VolunteerData.class).answers(201, Volunteer.class);
            get("/{id}", coordinators, request -> null).answers(Volunteer.class);
            get("/export.csv", coordinators, request -> null).answersFile("text/csv");
        }
    }

    static final class Health extends JsonServlet {
        private static final long serialVersionUID = 1L;

        Health() {
            get("/", Access.PUBLIC, request -> Map.of("status", "UP"));
        }
    }

    private static ObjectNode document(Locale reader) {
        return OpenApiDocument.of(List.of(new OpenApiDocument.Mounted("/health", "be.pillars.core",
                new Health().routes()), new OpenApiDocument.Mounted("/volunteers", "be.pillars.core",
                        new Volunteers().routes())), "1.0.0", reader);
    }

    @Test
    void theDocumentIsValidOpenApi31() {
        ParseOptions options = new ParseOptions();
        options.setResolve(true);
        SwaggerParseResult parsed = new OpenAPIParser().readContents(document(Locale.ENGLISH).toString(), null,
                options);
        assertEquals(List.of(), parsed.getMessages());
        assertEquals("3.1.0", parsed.getOpenAPI().getOpenapi());
    }

    @Test
    void everyRouteIsThereWithItsParametersAccessAndTheSchemasOfItsTypes() {
        JsonNode document = document(LocalizedText.DUTCH);
        JsonNode paths = document.get("paths");
        assertEquals(List.of("/api/health", "/api/volunteers", "/api/volunteers/{id}", "/api/volunteers/export.csv"),
                List.copyOf(iterable(paths.fieldNames())));
        JsonNode search = paths.get("/api/volunteers").get("get");
        assertEquals("Vrijwilligers zoeken", search.get("summary").asText());
        assertEquals("Search volunteers", search.get("x-summary").get("en").asText());
        assertEquals("name", search.get("parameters").get(0).get("name").asText());
        assertEquals("integer", search.get("parameters").get(1).get("schema").get("type").asText());
        assertEquals("coordinator", search.get("x-roles").get(0).asText());
        assertTrue(paths.get("/api/health").get("get").get("security").isEmpty(), "public: no login");

        JsonNode created = paths.get("/api/volunteers").get("post").get("responses").get("201");
        String volunteer = created.get("content").get("application/json").get("schema").get("$ref").asText();
        JsonNode schema = document.get("components").get("schemas").get(volunteer.substring(volunteer.lastIndexOf(
                '/') + 1));
        assertTrue(schema.get("properties").has("firstName"), "the volunteer's data is unwrapped: " + schema);
        assertTrue(schema.get("properties").has("version"), schema.toString());
        assertEquals("path", paths.get("/api/volunteers/{id}").get("get").get("parameters").get(0).get("in")
                .asText());
        assertTrue(paths.get("/api/volunteers/export.csv").get("get").get("responses").get("200").get("content")
                .has("text/csv"));
        assertFalse(document.toString().contains("#/$defs"), "every reference points into components/schemas");
    }

    @Test
    void aServletMountedOnAPatternGivesItsRoutesThatPrefix() {
        assertEquals("/volunteers", OpenApiServlet.prefix(new String[] {"/volunteers", "/volunteers/*"}));
        assertEquals("/health", OpenApiServlet.prefix("/health"));
        assertEquals("/api/volunteers/{id}", OpenApiDocument.path("/volunteers", "/{id}"));
        assertEquals("/api/health", OpenApiDocument.path("/health", "/"));
    }

    private static <T> List<T> iterable(Iterator<T> items) {
        List<T> all = new ArrayList<>();
        items.forEachRemaining(all::add);
        return all;
    }
}
