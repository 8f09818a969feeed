package be.pillars.external.internal.vacancies;

/**
 * A text an organisation writes in Dutch, and optionally in English.
 *
 * @param nl required
 * @param en optional: readers of English see the Dutch text without it
 */
public record Text(String nl, String en) {
}
