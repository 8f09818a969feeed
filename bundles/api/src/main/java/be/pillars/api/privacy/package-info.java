/**
 * The GDPR duties towards a volunteer: every bundle that stores data about a person registers a
 * {@link be.pillars.api.privacy.PersonalDataProvider}, so that core's export shows everything the installed
 * bundles hold and core's erasure leaves nothing that names the person behind.
 */
@Export
@Version("1.0.0")
package be.pillars.api.privacy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
