package be.pillars.api;

import java.util.List;

/**
 * A request the domain refuses, whoever asked (HTTP, console, import). Nothing has changed when it is thrown.
 * The HTTP layer answers it with the status of its {@link Kind}.
 */
public class DomainException extends RuntimeException {

    private static final long serialVersionUID = 1L;

    /** Why it was refused. */
    public enum Kind {
        /** The input breaks a rule: HTTP 400. */
        INVALID,
        /** What was asked for does not exist: HTTP 404. */
        NOT_FOUND,
        /** It clashes with what is stored, such as a duplicate email: HTTP 409. */
        CONFLICT,
        /** It was based on an older version than the one stored: HTTP 412. */
        STALE
    }

    /**
     * One problem among many, when a whole batch (such as the rows of an import) is refused at once.
     *
     * @param row   the 1-based number of the row, as a person counts the lines of the file
     * @param field the field at fault, or {@code null}
     * @param code  a stable code such as {@code invalid_email}
     * @param text  what is wrong, in Dutch and English
     */
    public record Problem(int row, String field, String code, LocalizedText text) {
    }

    private final Kind kind;
    private final String code;
    private final String field;
    private final transient LocalizedText text;
    private final transient List<Problem> problems;

    /**
     * @param kind  why it was refused
     * @param code  a stable, machine-readable code such as {@code duplicate_email}
     * @param field the input field at fault, or {@code null}
     * @param text  what went wrong, in Dutch and English
     */
    public DomainException(Kind kind, String code, String field, LocalizedText text) {
        this(kind, code, field, text, List.of());
    }

    /** A refusal of a whole batch, listing every problem found in it. */
    public DomainException(Kind kind, String code, String field, LocalizedText text, List<Problem> problems) {
        super(code + (field == null ? "" : " (" + field + ")") + ": " + text.en());
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.text = text;
        this.problems = List.copyOf(problems);
    }

    public static DomainException invalid(String code, String field, LocalizedText text) {
        return new DomainException(Kind.INVALID, code, field, text);
    }

    /** The refusal of a whole batch (an import), listing every problem found in it; nothing was stored. */
    public static DomainException rowsRefused(List<Problem> problems) {
        return new DomainException(Kind.INVALID, "invalid_rows", null, LocalizedText.of(
                problems.size() + " probleem/problemen gevonden; er werd niets opgeslagen",
                problems.size() + " problem(s) found; nothing was stored"), problems);
    }

    public Kind kind() {
        return kind;
    }

    public String code() {
        return code;
    }

    public String field() {
        return field;
    }

    public LocalizedText text() {
        return text;
    }

    /** Every problem of a refused batch; empty for a single refusal. */
    public List<Problem> problems() {
        return problems;
    }
}
