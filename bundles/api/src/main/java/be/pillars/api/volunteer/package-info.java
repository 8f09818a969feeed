/**
 * Volunteers, the people at the heart of every pillar, owned and stored by core. Pillars read and change
 * them only through {@link be.pillars.api.volunteer.VolunteerService}.
 */
@Export
@Version("1.2.0")
package be.pillars.api.volunteer;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
