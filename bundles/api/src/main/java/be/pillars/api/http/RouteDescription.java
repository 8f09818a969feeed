package be.pillars.api.http;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;

import be.pillars.api.LocalizedText;

/**
 * What a route says about itself, for the OpenAPI document core assembles from the routes installed now: a summary
 * in Dutch and English, its query parameters, the JSON it takes and what it answers. {@link JsonServlet}'s
 * {@code get}, {@code post}, {@code put} and {@code delete} return it, to be filled in where the route is declared:
 *
 * <pre>{@code
 * get("/{id}", COORDINATORS, request -> ...).summary("Eén vrijwilliger", "One volunteer").answers(Volunteer.class);
 * }</pre>
 *
 * Types are Java types (use {@code new TypeReference<Page<Volunteer>>() {}.getType()} for a generic one): the
 * document's JSON schemas are generated from them, as Jackson writes them. Path parameters come from the template.
 */
public final class RouteDescription {

    /** A query parameter: its name, the Java type of its value, whether it must be given, what it does. */
    public record Parameter(String name, Class<?> type, boolean required, LocalizedText description) {
    }

    private LocalizedText summary;
    private final List<Parameter> query = new ArrayList<>();
    private Type body;
    private Type answer;
    private int status = 200;
    private String mediaType = "application/json";

    RouteDescription() {
    }

    public RouteDescription summary(String nl, String en) {
        this.summary = LocalizedText.of(nl, en);
        return this;
    }

    /** An optional query parameter. */
    public RouteDescription query(String name, Class<?> type, String nl, String en) {
        query.add(new Parameter(name, type, false, LocalizedText.of(nl, en)));
        return this;
    }

    /** A query parameter the route refuses to do without. */
    public RouteDescription requiredQuery(String name, Class<?> type, String nl, String en) {
        query.add(new Parameter(name, type, true, LocalizedText.of(nl, en)));
        return this;
    }

    /** The JSON body the route reads. */
    public RouteDescription body(Type type) {
        this.body = type;
        return this;
    }

    /** The JSON the route answers with 200. */
    public RouteDescription answers(Type type) {
        return answers(200, type);
    }

    /** The JSON the route answers, with another status than 200 (such as 201 for a creation). */
    public RouteDescription answers(int status, Type type) {
        this.status = status;
        this.answer = type;
        return this;
    }

    /** A file the route answers with 200 instead of JSON, such as {@code text/csv}. */
    public RouteDescription answersFile(String mediaType) {
        this.mediaType = mediaType;
        this.answer = null;
        return this;
    }

    public LocalizedText summary() {
        return summary;
    }

    public List<Parameter> query() {
        return List.copyOf(query);
    }

    /** The body's type, or null for a route that reads none. */
    public Type body() {
        return body;
    }

    /** The answer's JSON type, or null when it is not described or is a file. */
    public Type answer() {
        return answer;
    }

    public int status() {
        return status;
    }

    public String mediaType() {
        return mediaType;
    }
}
