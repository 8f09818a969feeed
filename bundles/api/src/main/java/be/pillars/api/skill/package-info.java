/**
 * The skill taxonomy, owned by core: pillars check codes through {@link be.pillars.api.skill.Skills}; the labels
 * are public at {@code /api/skills}.
 */
@Export
@Version("1.0.0")
package be.pillars.api.skill;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
