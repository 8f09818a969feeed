/**
 * Organisations volunteers work for: the municipality's own services and external organisations, owned and
 * stored by core. Pillars read and change them only through
 * {@link be.pillars.api.organisation.OrganisationService}.
 */
@Export
@Version("1.0.0")
package be.pillars.api.organisation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
