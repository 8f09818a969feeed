package be.pillars.api.http;

import java.lang.reflect.Type;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.BiFunction;

import be.pillars.api.LocalizedText;
import be.pillars.api.audit.AuditTrail;

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

    /**
     * What the audit trail records of each call the route answers without an error, before the answer goes out.
     *
     * @param subject the person or record concerned, from the request and the handler's answer (the body of an
     *                {@link ApiResponse}); null for a search, a list or an import
     * @param detail  what an auditor needs besides the subject (search criteria, which document); never personal
     *                data
     */
    public record Audit(AuditTrail trail, AuditTrail.Action action, String subjectType,
            BiFunction<ApiRequest, Object, UUID> subject, BiFunction<ApiRequest, Object, String> detail) {
    }

    /** For {@link #audited}: a call about no one person, such as a search or an import. */
    public static final BiFunction<ApiRequest, Object, UUID> NO_SUBJECT = (request, answer) -> null;
    /** For {@link #audited}: nothing to record besides the subject. */
    public static final BiFunction<ApiRequest, Object, String> NO_DETAIL = (request, answer) -> null;

    private LocalizedText summary;
    private Audit audit;
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

    /**
     * Records each answered call on the trail as {@code action} on the subject named by the path parameter
     * {@code subjectParameter} (a UUID; null for a list or a search), with no detail.
     */
    public RouteDescription audited(AuditTrail trail, AuditTrail.Action action, String subjectType,
            String subjectParameter) {
        return audited(trail, action, subjectType, subjectParameter == null ? NO_SUBJECT
                : (request, answer) -> request.pathId(subjectParameter), NO_DETAIL);
    }

    /** Records each answered call on the trail, its subject and detail taken from the request and the answer. */
    public RouteDescription audited(AuditTrail trail, AuditTrail.Action action, String subjectType,
            BiFunction<ApiRequest, Object, UUID> subject, BiFunction<ApiRequest, Object, String> detail) {
        this.audit = new Audit(trail, action, subjectType, subject, detail);
        return this;
    }

    /** How the route is audited, or null when it touches no personal data. */
    public Audit audit() {
        return audit;
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
