package be.pillars.internal.internal.appreciation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One service's appreciation budget of one year.
 *
 * @param countedFrom        the first day whose work counts: 1 January of the year, or for a year still ahead, the
 *                           start of the twelve months up to today
 * @param countedTo          the last day whose work counts: 31 December, or today while the year is not over
 * @param provisional        whether the count can still change because the year is not over
 * @param volunteers         the volunteers who worked for the service from {@code countedFrom} to {@code countedTo},
 *                           each once, occasional ones included
 * @param amountPerVolunteer the service's effective amount
 * @param base               amount per volunteer times volunteers
 * @param raised             what admins added for that year (less what they took back)
 * @param budget             base plus raised
 * @param spent              what the service recorded for that year
 * @param left               budget minus spent
 */
public record Budget(UUID serviceId, String serviceName, int year, LocalDate countedFrom, LocalDate countedTo,
        boolean provisional, int volunteers, BigDecimal amountPerVolunteer, BigDecimal base, BigDecimal raised,
        BigDecimal budget, BigDecimal spent, BigDecimal left) {
}
