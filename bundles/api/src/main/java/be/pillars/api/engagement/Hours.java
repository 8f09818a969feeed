package be.pillars.api.engagement;

import java.math.BigDecimal;
import java.time.LocalDate;

/**
 * Hours worked on an engagement on one day.
 *
 * @param date  the day worked
 * @param hours more than 0 and at most 24, in quarters of an hour
 */
public record Hours(LocalDate date, BigDecimal hours) {
}
