package be.pillars.internal.internal.claims;

import java.util.List;

/**
 * The answer to a submission or an approval: the claim as stored, and the yearly ceilings the volunteer now
 * approaches.
 */
public record ClaimOutcome(Claim claim, List<Warning> warnings) {

    public ClaimOutcome {
        warnings = List.copyOf(warnings);
    }
}
