package be.pillars.core.internal.openapi;

import java.lang.reflect.Type;
import java.util.List;
import java.util.Locale;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.JsonNodeFactory;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.github.victools.jsonschema.generator.Option;
import com.github.victools.jsonschema.generator.OptionPreset;
import com.github.victools.jsonschema.generator.SchemaBuilder;
import com.github.victools.jsonschema.generator.SchemaGenerator;
import com.github.victools.jsonschema.generator.SchemaGeneratorConfigBuilder;
import com.github.victools.jsonschema.generator.SchemaVersion;
import com.github.victools.jsonschema.generator.naming.DefaultSchemaDefinitionNamingStrategy;
import com.github.victools.jsonschema.module.jackson.JacksonModule;
import com.github.victools.jsonschema.module.jackson.JacksonOption;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.DescribedRoute;
import be.pillars.api.http.JsonResponses;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;

/**
 * The OpenAPI 3.1 document of the routes given: paths, methods, parameters, access, and JSON schemas generated from
 * the Java types the routes name (victools' generator with its Jackson module, so a schema says what Jackson
 * writes: property names, unwrapped records, enums), collected once under {@code components/schemas}.
 */
final class OpenApiDocument {

    /** The routes of one servlet: where it is mounted, and which bundle's they are. */
    record Mounted(String prefix, String bundle, List<DescribedRoute> routes) {
    }

    private static final JsonNodeFactory JSON = JsonNodeFactory.instance;
    private static final String SECURITY = "basic";

    private OpenApiDocument() {
    }

    static ObjectNode of(List<Mounted> servlets, String version, Locale reader) {
        SchemaGeneratorConfigBuilder config = new SchemaGeneratorConfigBuilder(SchemaVersion.DRAFT_2020_12,
                OptionPreset.PLAIN_JSON).with(Option.ADDITIONAL_FIXED_TYPES, Option.DEFINITIONS_FOR_ALL_OBJECTS)
                        .with(new JacksonModule(JacksonOption.RESPECT_JSONPROPERTY_REQUIRED,
                                JacksonOption.FLATTENED_ENUMS_FROM_JSONVALUE));
        // OpenAPI allows only letters, digits, '.', '-' and '_' in a schema's name: Page(Volunteer) becomes Page_Volunteer
        DefaultSchemaDefinitionNamingStrategy names = new DefaultSchemaDefinitionNamingStrategy();
        config.forTypesInGeneral().withDefinitionNamingStrategy((key, context) -> names.getDefinitionNameForKey(key,
                context).replaceAll("[^A-Za-z0-9._-]+", "_").replaceAll("_+$", ""));
        SchemaGenerator generator = new SchemaGenerator(config.build());
        SchemaBuilder schemas = generator.buildMultipleSchemaDefinitions();
        ObjectNode document = JSON.objectNode();
        document.put("openapi", "3.1.0");
        ObjectNode info = document.putObject("info");
        info.put("title", "Pillars");
        info.put("version", version);
        info.put("description", LocalizedText.of(
                "De routes van de kern en van elke pijler die nu geïnstalleerd is, onder " + PillarsHttp.CONTEXT_PATH,
                "The routes of core and of every pillar installed now, under " + PillarsHttp.CONTEXT_PATH).in(reader));
        ObjectNode paths = document.putObject("paths");
        ObjectNode error = schemas.createSchemaReference(JsonResponses.ErrorBody.class);
        for (Mounted servlet : servlets) {
            for (DescribedRoute route : servlet.routes()) {
                String path = path(servlet.prefix(), route.template());
                ObjectNode item = paths.has(path) ? (ObjectNode) paths.get(path) : paths.putObject(path);
                item.set(route.method().toLowerCase(Locale.ROOT), operation(servlet.bundle(), path, route, schemas,
                        error, reader));
            }
        }
        ObjectNode components = document.putObject("components");
        components.set("schemas", schemas.collectDefinitions("components/schemas"));
        ObjectNode basic = components.putObject("securitySchemes").putObject(SECURITY);
        basic.put("type", "http");
        basic.put("scheme", "basic");
        return document;
    }

    /** The full path of a route: the context, the servlet's prefix, the route's template. */
    static String path(String prefix, String template) {
        String joined = "/".equals(template) ? prefix : prefix + template;
        return PillarsHttp.CONTEXT_PATH + (joined.isEmpty() ? "/" : joined);
    }

    private static ObjectNode operation(String bundle, String path, DescribedRoute route, SchemaBuilder schemas,
            ObjectNode error, Locale reader) {
        RouteDescription description = route.description();
        ObjectNode operation = JSON.objectNode();
        operation.putArray("tags").add(bundle);
        operation.put("operationId", route.method().toLowerCase(Locale.ROOT) + path.replaceAll("[^A-Za-z0-9]+", "_"));
        if (description.summary() != null) {
            operation.put("summary", description.summary().in(reader));
            operation.putObject("x-summary").put("nl", description.summary().nl()).put("en",
                    description.summary().en());
        }
        ArrayNode parameters = operation.putArray("parameters");
        for (String segment : route.template().split("/")) {
            if (segment.startsWith("{") && segment.endsWith("}")) {
                ObjectNode parameter = parameters.addObject();
                parameter.put("name", segment.substring(1, segment.length() - 1));
                parameter.put("in", "path");
                parameter.put("required", true);
                parameter.putObject("schema").put("type", "string");
            }
        }
        for (RouteDescription.Parameter query : description.query()) {
            ObjectNode parameter = parameters.addObject();
            parameter.put("name", query.name());
            parameter.put("in", "query");
            parameter.put("required", query.required());
            parameter.put("description", query.description().in(reader));
            parameter.set("schema", schemas.createSchemaReference(query.type()));
        }
        if (description.body() != null) {
            ObjectNode body = operation.putObject("requestBody");
            body.put("required", true);
            body.putObject("content").putObject("application/json").set("schema",
                    schemas.createSchemaReference(description.body()));
        }
        ObjectNode responses = operation.putObject("responses");
        ObjectNode answer = responses.putObject(String.valueOf(description.status()));
        answer.put("description", LocalizedText.of("Gelukt", "Done").in(reader));
        ObjectNode content = answer.putObject("content").putObject(description.mediaType());
        Type type = description.answer();
        if (type != null) {
            content.set("schema", schemas.createSchemaReference(type));
        }
        ObjectNode refused = responses.putObject("default");
        refused.put("description", LocalizedText.of("Geweigerd of mislukt, met de reden",
                "Refused or failed, with the reason").in(reader));
        refused.putObject("content").putObject("application/json").set("schema", error.deepCopy());
        if (description.audit() != null) {
            // an admin reading the document sees which calls leave a trace in /api/audit
            operation.putObject("x-audited").put("action", description.audit().action().name()).put("subjectType",
                    description.audit().subjectType());
        }
        if (route.access().admitsAnonymous()) {
            operation.putArray("security");
        } else {
            operation.putArray("security").addObject().putArray(SECURITY);
            ArrayNode roles = operation.putArray("x-roles");
            route.access().roles().stream().map(Role::realmName).forEach(roles::add);
        }
        return operation;
    }
}
