package be.pillars.internal.internal.claims;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.UUID;

import com.fasterxml.jackson.annotation.JsonUnwrapped;

/**
 * A stored claim.
 *
 * @param id          assigned when submitted
 * @param data        what was claimed, with the amount as priced
 * @param ratePerKm   the kilometre rate applied, for kilometres
 * @param status      pending, approved or rejected
 * @param submittedBy the login that submitted it
 * @param submittedAt when
 * @param decidedBy   the login that approved or rejected it
 * @param decidedAt   when
 * @param reason      why it was rejected
 * @param anonymised  whether the volunteer was erased: {@code volunteerId} is then an anonymous key
 */
public record Claim(UUID id, @JsonUnwrapped ClaimData data, BigDecimal ratePerKm, ClaimStatus status,
        String submittedBy, Instant submittedAt, String decidedBy, Instant decidedAt, String reason,
        boolean anonymised) {
}
