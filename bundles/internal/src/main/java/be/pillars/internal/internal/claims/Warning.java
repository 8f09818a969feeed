package be.pillars.internal.internal.claims;

import java.math.BigDecimal;

import be.pillars.api.LocalizedText;

/**
 * A volunteer approaching a yearly ceiling: from 80% of it, so that nobody crosses it unawares (crossing makes
 * the whole year's allowance taxable pay).
 *
 * @param code    {@code near_ceiling}
 * @param ceiling which ceiling
 * @param year    the calendar year
 * @param limit   the ceiling
 * @param used    what counts towards it now
 * @param left    what is left
 * @param message the same, in Dutch and English
 */
public record Warning(String code, Ceiling ceiling, int year, BigDecimal limit, BigDecimal used, BigDecimal left,
        LocalizedText message) {
}
