package be.pillars.internal.internal.services;

import java.math.BigDecimal;
import java.util.UUID;

/**
 * The expense allowances paid to a service's volunteers in a year: provided by the expense claims part of this
 * pillar. Service reports show the figure while such a service is registered, and say it is not available
 * otherwise, never a made-up zero.
 */
public interface AllowancesPaid {

    /** The total of the approved allowances for work at the service in that calendar year, 2 decimals. */
    BigDecimal paid(UUID serviceId, int year);
}
