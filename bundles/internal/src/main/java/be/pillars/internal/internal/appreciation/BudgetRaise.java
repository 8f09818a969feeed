package be.pillars.internal.internal.appreciation;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

/**
 * An amount an admin added to one service's appreciation budget of one year, or took back when negative: who, when
 * and why.
 */
public record BudgetRaise(UUID id, UUID serviceId, int year, BigDecimal amount, String reason, String raisedBy,
        Instant raisedAt) {

    /** What an admin sends to raise a budget, or to take back part of earlier raises with a negative amount. */
    public record Input(BigDecimal amount, String reason) {
    }
}
