package be.pillars.internal.internal.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.UUID;

import be.pillars.internal.internal.Policy.CompensationSystem;

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
 * @param exceeded          whether a yearly ceiling is crossed (by declarations from other organisations, say):
 *                          the whole allowance of the year then becomes taxable pay
 * @param exceededBy        by how much, in euro, the most crossed ceiling is crossed (0.00 when none is)
 */
public record YearSummary(UUID volunteerId, int year, CompensationSystem system, boolean systemFixed,
        boolean receivesBenefit, BigDecimal ordinaryLumpSum, BigDecimal higherLumpSum, BigDecimal declaredOrdinary,
        BigDecimal declaredHigher, BigDecimal cappedKilometres, long pendingClaims, BigDecimal approvedTotal,
        List<CeilingUse> ceilings, List<Warning> warnings, List<Declaration> declarations, boolean exceeded,
        BigDecimal exceededBy) {

    /**
     * One yearly ceiling: its figure, what counts towards it, what is left and, once it is crossed, by how much.
     */
    public record CeilingUse(Ceiling ceiling, BigDecimal limit, BigDecimal used, BigDecimal left, boolean exceeded,
            BigDecimal exceededBy) {

        public CeilingUse(Ceiling ceiling, BigDecimal limit, BigDecimal used) {
            this(ceiling, limit, used, limit.subtract(used).max(BigDecimal.ZERO), used.compareTo(limit) > 0,
                    used.subtract(limit).max(BigDecimal.ZERO.setScale(Math.max(used.scale(), limit.scale()))));
        }
    }

    /** The euro ceilings crossed, each with by how much. */
    public static BigDecimal exceededBy(List<CeilingUse> ceilings) {
        return ceilings.stream().filter(use -> use.ceiling() != Ceiling.KILOMETRES).map(CeilingUse::exceededBy)
                .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::max);
    }
}
