package be.pillars.inhouse.internal.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import be.pillars.inhouse.internal.Policy.CompensationSystem;

/**
 * A volunteer's allowances in one calendar year, as they stand: what a coordinator checks before submitting.
 *
 * @param volunteerId       whom it is about
 * @param year              the calendar year
 * @param system            the compensation system of the year
 * @param systemFixed       whether it was chosen or set by a first claim (false: the policy's default applies)
 * @param receivesBenefit   whether the volunteer is on a social benefit (no higher ceiling)
 * @param ordinaryLumpSum   pending and approved lump sums for ordinary work here
 * @param higherLumpSum     the same for work of the higher category
 * @param declaredOrdinary  lump sums for ordinary work declared from other organisations
 * @param declaredHigher    the same for the higher category
 * @param cappedKilometres  pending and approved kilometres that count towards the cap
 * @param pendingClaims     claims waiting for approval
 * @param approvedTotal     everything approved this year, all kinds together
 * @param ceilings          each yearly ceiling that applies, with what is used and left
 * @param warnings          the ceilings reached for 80% or more
 * @param declarations      the declarations of the year
 */
public record YearSummary(UUID volunteerId, int year, CompensationSystem system, boolean systemFixed,
        boolean receivesBenefit, BigDecimal ordinaryLumpSum, BigDecimal higherLumpSum, BigDecimal declaredOrdinary,
        BigDecimal declaredHigher, BigDecimal cappedKilometres, long pendingClaims, BigDecimal approvedTotal,
        List<CeilingUse> ceilings, List<Warning> warnings, List<Declaration> declarations) {

    /** One yearly ceiling: its figure, what counts towards it and what is left. */
    public record CeilingUse(Ceiling ceiling, BigDecimal limit, BigDecimal used, BigDecimal left) {
    }
}
