/**
 * The GDPR duties towards a volunteer: every bundle that stores data about a person registers a
 * {@link be.pillars.api.privacy.PersonalDataProvider}, so that core's export shows everything the installed
 * bundles hold and core's erasure leaves nothing that names the person behind.
 *
 * <p>2.0: {@code export} receives who asks, so that a provider leaves out what that login may not read. A major
 * version because every implementer must decide what each requester sees: a provider built for 1.x does not
 * resolve against it, rather than keep exporting everything to everyone.
 */
@Export
@Version("2.0.0")
package be.pillars.api.privacy;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
