package be.pillars.api;

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

    private final Kind kind;
    private final String code;
    private final String field;
    private final transient LocalizedText text;

    /**
     * @param kind  why it was refused
     * @param code  a stable, machine-readable code such as {@code duplicate_email}
     * @param field the input field at fault, or {@code null}
     * @param text  what went wrong, in Dutch and English
     */
    public DomainException(Kind kind, String code, String field, LocalizedText text) {
        super(code + (field == null ? "" : " (" + field + ")") + ": " + text.en());
        this.kind = kind;
        this.code = code;
        this.field = field;
        this.text = text;
    }

    public static DomainException invalid(String code, String field, LocalizedText text) {
        return new DomainException(Kind.INVALID, code, field, text);
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
}
