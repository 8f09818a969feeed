/**
 * Checks for the fields people type, shared by core and the pillars so that a postal code or an email
 * address is judged the same everywhere. Each check returns the normalised value or throws a
 * {@link be.pillars.api.DomainException} of kind {@code INVALID} naming the field.
 */
@Export
@Version("1.1.0")
package be.pillars.api.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
