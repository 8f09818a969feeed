package be.pillars.internal.internal.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * What counts towards a volunteer's ceilings in one year: the pending and approved claims, and what the volunteer
 * declared having received from other organisations (the legal ceilings apply over all organisations together).
 *
 * @param claims   the pending and approved claims of the year
 * @param declared lump sums received from other organisations, by category of work
 */
record Ledger(List<ClaimData> claims, Map<WorkCategory, BigDecimal> declared) {

    Ledger {
        claims = List.copyOf(claims);
        declared = Map.copyOf(declared);
    }

    /** The ledger with one more claim counted. */
    Ledger plus(ClaimData claim) {
        List<ClaimData> more = new ArrayList<>(claims);
        more.add(claim);
        return new Ledger(more, declared);
    }

    BigDecimal claimedLumpSum(WorkCategory category) {
        return sum(claims.stream().filter(claim -> claim.kind() == ClaimKind.LUMP_SUM_DAY
                && claim.category() == category).map(ClaimData::amount).toList());
    }

    BigDecimal declared(WorkCategory category) {
        return declared.getOrDefault(category, BigDecimal.ZERO.setScale(2));
    }

    /** Lump sums of ordinary work, here and elsewhere: what the ordinary yearly ceiling limits. */
    BigDecimal ordinary() {
        return claimedLumpSum(WorkCategory.ORDINARY).add(declared(WorkCategory.ORDINARY));
    }

    /** All lump sums, here and elsewhere: what the higher yearly ceiling limits. */
    BigDecimal total() {
        return ordinary().add(claimedLumpSum(WorkCategory.HIGHER)).add(declared(WorkCategory.HIGHER));
    }

    /** Whether the volunteer does work of the higher category this year, so that the higher ceiling applies. */
    boolean higherWork() {
        return claimedLumpSum(WorkCategory.HIGHER).signum() > 0 || declared(WorkCategory.HIGHER).signum() > 0;
    }

    BigDecimal lumpSumOn(LocalDate day) {
        return sum(claims.stream().filter(claim -> claim.kind() == ClaimKind.LUMP_SUM_DAY && claim.date().equals(day))
                .map(ClaimData::amount).toList());
    }

    /** Kilometres that count towards the cap: all but those of passenger transport work. */
    BigDecimal cappedKilometres() {
        return claims.stream().filter(claim -> claim.kind() == ClaimKind.KILOMETRES
                && !Boolean.TRUE.equals(claim.passengerTransport())).map(ClaimData::distanceKm)
                .reduce(BigDecimal.ZERO.setScale(1), BigDecimal::add);
    }

    private static BigDecimal sum(List<BigDecimal> amounts) {
        return amounts.stream().reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add);
    }
}
