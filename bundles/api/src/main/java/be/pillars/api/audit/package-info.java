/**
 * The audit trail of who read or changed personal data (GDPR accountability), kept by core and written to by
 * core and every pillar through {@link be.pillars.api.audit.AuditTrail}.
 */
@Export
@Version("2.0.0")
package be.pillars.api.audit;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
