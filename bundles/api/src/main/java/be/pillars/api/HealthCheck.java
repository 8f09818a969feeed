package be.pillars.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A part of the platform that {@code GET /api/health} reports on, besides core and the pillars.
 *
 * <p>When an essential check is {@link Health.Status#DOWN}, the platform as a whole is down and the health
 * endpoint answers HTTP 503.
 */
@ConsumerType
public interface HealthCheck {

    /** Short, stable name shown in the health report, such as {@code database}. */
    String name();

    /** Whether the platform cannot serve without it. */
    boolean essential();

    /** Called on every health request: keep it cheap, bound its time, and never throw. */
    Health check();
}
