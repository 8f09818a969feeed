package be.pillars.external.internal.vacancies;

import java.time.LocalDate;

import be.pillars.api.engagement.EngagementKind;

/**
 * A search among the public vacancies; every criterion is optional.
 *
 * @param text       words in the title or description, in either language
 * @param skill      a skill code the vacancy asks for (must-have or nice-to-have)
 * @param postalCode the vacancy's postal code
 * @param latitude   the searcher's place, with {@code longitude}: results carry their distance, nearest first
 * @param longitude  the searcher's place
 * @param withinKm   only vacancies with coordinates at most this far from the searcher's place
 * @param date       only vacancies with work on this day
 * @param kind       occasional or regular
 */
public record OpenQuery(String text, String skill, String postalCode, Double latitude, Double longitude,
        Double withinKm, LocalDate date, EngagementKind kind, int limit, int offset) {

    public static final int DEFAULT_LIMIT = 20;
    public static final int MAX_LIMIT = 100;
}
