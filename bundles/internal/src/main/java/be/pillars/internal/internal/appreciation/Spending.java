package be.pillars.internal.internal.appreciation;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * One appreciation expense of a service, counted in the budget of the year of {@code spentOn}.
 *
 * @param version    1 when recorded, one more with each correction: the ETag a correction sends in If-Match
 * @param recordedBy the login that recorded it
 */
public record Spending(UUID id, UUID serviceId, LocalDate spentOn, String description, SpendingKind kind,
        BigDecimal amount, long version, String recordedBy, Instant recordedAt) {

    /** What a service sends to record an expense; also what an expense was and became in a correction. */
    public record Input(LocalDate spentOn, String description, SpendingKind kind, BigDecimal amount) {
    }
}
