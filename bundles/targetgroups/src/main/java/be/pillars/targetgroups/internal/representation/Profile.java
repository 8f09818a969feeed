package be.pillars.targetgroups.internal.representation;

import java.time.LocalDate;

/**
 * What the monitor reads of one active volunteer, and only to count: never shown, never stored by this pillar.
 *
 * @param birthDate optional
 * @param gender    the optional self-description
 * @param district  optional
 */
public record Profile(LocalDate birthDate, String gender, String district) {
}
