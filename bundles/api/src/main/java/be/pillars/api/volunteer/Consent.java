package be.pillars.api.volunteer;

import java.time.Instant;

/**
 * A volunteer's consent to one purpose of processing, such as {@code matching} or {@code newsletter}.
 *
 * @param purpose lower-case words joined by dashes
 * @param givenAt when the volunteer gave it
 */
public record Consent(String purpose, Instant givenAt) {
}
