package be.pillars.inhouse.internal.appreciation;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One service's appreciation budget of one year.
 *
 * @param countedOn          the policy's reference date in that year, or today while that date is still ahead
 * @param provisional        whether the count can still change because the reference date is ahead
 * @param activeVolunteers   the service's volunteers on {@code countedOn}
 * @param amountPerVolunteer the service's effective amount
 * @param base               amount per volunteer times active volunteers
 * @param raised             what admins added for that year
 * @param budget             base plus raised
 * @param spent              what the service recorded for that year
 * @param left               budget minus spent
 */
public record Budget(UUID serviceId, String serviceName, int year, LocalDate countedOn, boolean provisional,
        int activeVolunteers, BigDecimal amountPerVolunteer, BigDecimal base, BigDecimal raised, BigDecimal budget,
        BigDecimal spent, BigDecimal left) {
}
