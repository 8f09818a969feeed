/**
 * Engagements: a volunteer working for an organisation in a role, occasionally or regularly, owned by the
 * pillar that arranged it, with the hours registered on it. Stored by core; pillars use
 * {@link be.pillars.api.engagement.EngagementService}.
 */
@Export
@Version("1.2.0")
package be.pillars.api.engagement;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
