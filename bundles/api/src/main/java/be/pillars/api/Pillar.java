package be.pillars.api;

import org.osgi.annotation.versioning.ConsumerType;

/**
 * A pillar of the volunteer policy, registered as an OSGi service by the bundle that implements it.
 *
 * <p>Core lists every registered pillar in {@code GET /api/pillars} and {@code pillars:list} while the service
 * exists: a pillar is installed exactly as long as its service is registered. Its version is the version of the
 * bundle that registers it. Its HTTP routes live under {@code /api/<id>/} (see
 * {@link be.pillars.api.http.PillarsHttp}).
 */
@ConsumerType
public interface Pillar {

    /** Lower-case letters, digits and dashes, starting with a letter; used in URLs and console commands. */
    String ID_PATTERN = "[a-z][a-z0-9-]{1,31}";

    /** The stable identifier, matching {@link #ID_PATTERN}, unique among the installed pillars. */
    String id();

    LocalizedText name();

    LocalizedText description();

    /** Called on every health request: keep it cheap, and never throw. */
    Health health();
}
