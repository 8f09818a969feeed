package be.pillars.internal.internal.appreciation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * A correction of a recorded expense, kept for good: what the expense was, what it became (null once withdrawn),
 * who corrected it, when and why.
 *
 * @param version the version of the expense that was corrected
 * @param reason  why, when the corrector said so
 */
public record SpendingCorrection(UUID id, UUID spendingId, UUID serviceId, int year, Change change, long version,
        Spending.Input before, Spending.Input after, String reason, String correctedBy, Instant correctedAt) {

    /** What happened to the expense. */
    public enum Change {
        /** Its day, description, kind or amount changed. */
        CORRECTED,
        /** It was recorded by mistake and no longer counts. */
        WITHDRAWN
    }

    /** What a service sends to correct an expense: the expense as it should have been, and why (optional). */
    public record Input(LocalDate spentOn, String description, SpendingKind kind, BigDecimal amount, String reason) {
    }
}
