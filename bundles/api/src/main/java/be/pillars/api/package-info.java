/**
 * What a pillar is and how core tells the world which pillars are installed and healthy.
 *
 * <p>A pillar registers a {@link be.pillars.api.Pillar} service; core's {@link be.pillars.api.PillarRegistry}
 * tracks every such service dynamically. Anything that can be essential for the platform to serve (the
 * database, later) registers a {@link be.pillars.api.HealthCheck}.
 */
@Export
@Version("1.1.0")
package be.pillars.api;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
