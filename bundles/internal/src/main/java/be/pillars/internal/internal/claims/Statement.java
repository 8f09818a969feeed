package be.pillars.internal.internal.claims;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import be.pillars.internal.internal.Policy.CompensationSystem;

/**
 * Everything paid to one volunteer in one calendar year: the approved claims.
 *
 * @param volunteerId  whom it is about
 * @param name         the volunteer's name
 * @param year         the calendar year
 * @param system       the compensation system of the year
 * @param paid         the approved claims, by day
 * @param totals       the total per kind of claim
 * @param total        everything paid
 * @param declarations what the volunteer declared from other organisations
 */
public record Statement(UUID volunteerId, String name, int year, CompensationSystem system, List<Claim> paid,
        Map<ClaimKind, BigDecimal> totals, BigDecimal total, List<Declaration> declarations,
        List<YearSummary.CeilingUse> exceeded) {
}
