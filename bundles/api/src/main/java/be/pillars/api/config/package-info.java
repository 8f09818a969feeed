/**
 * Configuration that an admin edits through Config Admin, checked before it takes effect: a mistake is
 * reported (in the health report and over HTTP) and the last good configuration stays in force.
 */
@Export
@Version("1.0.0")
package be.pillars.api.config;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
