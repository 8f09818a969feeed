package be.pillars.internal.internal.information;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * The municipality's insurance of its volunteers (civil liability at least, which the law requires).
 *
 * @param validTo null while the policy runs without an end date
 */
public record InsurancePolicy(UUID id, String insurer, String policyNumber, String cover, LocalDate validFrom,
        LocalDate validTo, String recordedBy, Instant recordedAt) {

    /** What an admin sends to record a policy. */
    public record Input(String insurer, String policyNumber, String cover, LocalDate validFrom, LocalDate validTo) {
    }

    public boolean inForceOn(LocalDate day) {
        return !validFrom.isAfter(day) && (validTo == null || !validTo.isBefore(day));
    }
}
