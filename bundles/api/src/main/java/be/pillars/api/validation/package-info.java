/**
 * Checks for the fields people type, shared by core and the pillars so that a postal code or an email
 * address is judged the same everywhere. Each check returns the normalised value or throws a
 * {@link be.pillars.api.DomainException} of kind {@code INVALID} naming the field.
 * {@link be.pillars.api.validation.Text} is the one rule for text, however it comes in, and for text shown on a
 * terminal.
 */
@Export
@Version("1.2.0")
package be.pillars.api.validation;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
