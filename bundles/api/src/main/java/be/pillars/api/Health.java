package be.pillars.api;

import java.util.Objects;

/**
 * The state of a part of the platform at one moment.
 *
 * @param status whether it serves
 * @param detail why, in words an admin can act on; never {@code null}
 */
public record Health(Status status, LocalizedText detail) {

    /** Ordered from best to worst, so the worst of several is their maximum. */
    public enum Status { UP, DEGRADED, DOWN }

    public Health {
        Objects.requireNonNull(status, "status");
        Objects.requireNonNull(detail, "detail");
    }

    public static Health up(LocalizedText detail) {
        return new Health(Status.UP, detail);
    }

    public static Health degraded(LocalizedText detail) {
        return new Health(Status.DEGRADED, detail);
    }

    public static Health down(LocalizedText detail) {
        return new Health(Status.DOWN, detail);
    }
}
