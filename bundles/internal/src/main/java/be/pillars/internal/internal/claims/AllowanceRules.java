package be.pillars.internal.internal.claims;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.internal.internal.Policy.CompensationSystem;
import be.pillars.internal.internal.figures.Figures;

/**
 * The rules of legal.md for one claim against what already counts in its year: the system of the year, the
 * daily and yearly lump-sum ceilings (ordinary and higher; a volunteer doing both kinds of work keeps the
 * ordinary work within the ordinary ceiling and all of it within the higher one), the kilometre rate of the
 * quarter and the kilometre cap on top of the lump sum (not for passenger transport work). Run at submission
 * and again at approval. Also which yearly ceilings apply to a year, for its summary and statement.
 */
final class AllowanceRules {

    /** From this share of a yearly ceiling on, the volunteer is warned. */
    static final BigDecimal WARNING_SHARE = new BigDecimal("0.80");

    /** A claim that passed: priced, with the warnings it brings. */
    record Priced(ClaimData data, BigDecimal ratePerKm, List<Warning> warnings) {
    }

    private AllowanceRules() {
    }

    /**
     * @throws DomainException when the claim breaks a rule (naming the ceiling, what is left and the year) or a
     *                         figure it needs is missing
     */
    static Priced check(ClaimData claim, Figures figures, Ledger ledger, CompensationSystem system,
            boolean receivesBenefit) {
        int year = claim.year();
        requireSystem(claim.kind(), system, year);
        ClaimData priced = claim;
        BigDecimal rate = null;
        switch (claim.kind()) {
            case LUMP_SUM_DAY -> priced = lumpSumDay(claim, figures, ledger, receivesBenefit);
            case KILOMETRES -> {
                rate = figures.ratePerKm(claim.vehicle(), claim.date());
                priced = claim.withAmount(claim.distanceKm().multiply(rate).setScale(2, RoundingMode.HALF_UP));
                if (system == CompensationSystem.LUMP_SUM && !Boolean.TRUE.equals(claim.passengerTransport())) {
                    within(Ceiling.KILOMETRES, year, null, figures.kilometreCapPerYear(year),
                            ledger.cappedKilometres(), claim.distanceKm(), "distanceKm");
                }
            }
            case REAL_COST -> {
                // real costs have no ceiling: they are documented
            }
        }
        return new Priced(priced, rate, warnings(figures, year, ledger.plus(priced), system));
    }

    private static void requireSystem(ClaimKind kind, CompensationSystem system, int year) {
        if (system == CompensationSystem.NONE) {
            throw new DomainException(DomainException.Kind.CONFLICT, "no_allowance_system", "kind", LocalizedText.of(
                    "Deze vrijwilliger krijgt in " + year + " geen vergoeding (systeem: geen vergoeding); kies eerst "
                            + "een forfaitaire vergoeding of terugbetaling van reële kosten voor " + year,
                    "This volunteer gets no allowance in " + year + " (system: no allowance); first choose a lump-sum "
                            + "allowance or reimbursement of real costs for " + year));
        }
        if (kind.system() != null && kind.system() != system) {
            throw new DomainException(DomainException.Kind.CONFLICT, "system_mismatch", "kind", LocalizedText.of(
                    "Deze vrijwilliger krijgt in " + year + " een " + system.label().nl() + "; een "
                            + kind.label().nl() + " hoort bij het andere systeem, en de wet laat beide niet samen "
                            + "toe in één kalenderjaar",
                    "This volunteer gets " + system.label().en() + " in " + year + "; a " + kind.label().en()
                            + " belongs to the other system, and the law does not allow both in one calendar year"));
        }
    }

    private static ClaimData lumpSumDay(ClaimData claim, Figures figures, Ledger ledger, boolean receivesBenefit) {
        int year = claim.year();
        BigDecimal perDay = figures.lumpSumPerDay(year);
        ClaimData priced = claim.withAmount(claim.amount() == null ? perDay : claim.amount());
        if (claim.category() == WorkCategory.HIGHER && receivesBenefit) {
            throw new DomainException(DomainException.Kind.CONFLICT, "higher_ceiling_not_allowed", "category",
                    LocalizedText.of("Het verhoogde plafond geldt niet voor wie een sociale uitkering krijgt, zoals "
                            + "deze vrijwilliger in " + year,
                            "The higher ceiling does not apply to someone on a social benefit, as this volunteer is "
                                    + "in " + year));
        }
        within(Ceiling.DAILY, year, claim.date(), perDay, ledger.lumpSumOn(claim.date()), priced.amount(), "amount");
        if (claim.category() == WorkCategory.ORDINARY) {
            within(Ceiling.ORDINARY_YEARLY, year, null, figures.lumpSumPerYear(year), ledger.ordinary(),
                    priced.amount(), "amount");
        }
        if (ledger.plus(priced).higherWork()) {
            within(Ceiling.HIGHER_YEARLY, year, null, figures.higherLumpSumPerYear(year), ledger.total(),
                    priced.amount(), "amount");
        }
        return priced;
    }

    /** Refuses {@code added} on top of {@code used} when together they cross {@code limit}; reaching it is fine. */
    private static void within(Ceiling ceiling, int year, LocalDate day, BigDecimal limit, BigDecimal used,
            BigDecimal added, String field) {
        if (used.add(added).compareTo(limit) <= 0) {
            return;
        }
        BigDecimal left = limit.subtract(used).max(BigDecimal.ZERO);
        String where = day == null ? "in " + year : "op " + day;
        String whereEn = day == null ? "in " + year : "on " + day;
        throw new DomainException(DomainException.Kind.CONFLICT, "ceiling_exceeded", field, LocalizedText.of(
                "Deze aanvraag overschrijdt " + ceiling.label().nl() + " van " + year + " (" + quantity(ceiling, limit)
                        + "): er blijft nog " + quantity(ceiling, left) + " over " + where,
                "This claim would cross " + ceiling.label().en() + " of " + year + " (" + quantity(ceiling, limit)
                        + "): " + quantity(ceiling, left) + " is left " + whereEn));
    }

    /** The yearly ceilings that apply and are reached for 80% or more, skipping any whose figure is missing. */
    static List<Warning> warnings(Figures figures, int year, Ledger ledger, CompensationSystem system) {
        List<Warning> warnings = new ArrayList<>();
        if (ledger.ordinary().signum() > 0) {
            near(warnings, Ceiling.ORDINARY_YEARLY, year, figures.lumpSumPerYear(), ledger.ordinary());
        }
        if (ledger.higherWork()) {
            near(warnings, Ceiling.HIGHER_YEARLY, year, figures.higherLumpSumPerYear(), ledger.total());
        }
        if (system == CompensationSystem.LUMP_SUM && ledger.cappedKilometres().signum() > 0) {
            near(warnings, Ceiling.KILOMETRES, year, figures.kilometreCapPerYear(), ledger.cappedKilometres());
        }
        return warnings;
    }

    /** Each yearly ceiling that applies (and whose figure is known), with what counts towards it. */
    static List<YearSummary.CeilingUse> ceilings(Figures inForce, int year, Ledger ledger,
            CompensationSystem system) {
        List<YearSummary.CeilingUse> ceilings = new ArrayList<>();
        use(ceilings, Ceiling.ORDINARY_YEARLY, inForce.lumpSumPerYear().get(year), ledger.ordinary());
        if (ledger.higherWork()) {
            use(ceilings, Ceiling.HIGHER_YEARLY, inForce.higherLumpSumPerYear().get(year), ledger.total());
        }
        if (system == CompensationSystem.LUMP_SUM) {
            use(ceilings, Ceiling.KILOMETRES, inForce.kilometreCapPerYear().get(year), ledger.cappedKilometres());
        }
        return ceilings;
    }

    private static void use(List<YearSummary.CeilingUse> ceilings, Ceiling ceiling, BigDecimal limit, BigDecimal used) {
        if (limit != null) {
            ceilings.add(new YearSummary.CeilingUse(ceiling, limit, used));
        }
    }

    private static void near(List<Warning> warnings, Ceiling ceiling, int year, Map<Integer, BigDecimal> limits,
            BigDecimal used) {
        BigDecimal limit = limits.get(year);
        if (limit == null || used.compareTo(limit.multiply(WARNING_SHARE)) < 0) {
            return;
        }
        if (used.compareTo(limit) > 0) {
            BigDecimal over = used.subtract(limit);
            warnings.add(new Warning("ceiling_exceeded", ceiling, year, limit, used, BigDecimal.ZERO.setScale(
                    limit.scale()), LocalizedText.of(
                    capitalised(ceiling.label().nl()) + " van " + year + " (" + quantity(ceiling, limit)
                            + ") is overschreden met " + quantity(ceiling, over) + " (" + quantity(ceiling, used)
                            + " in totaal)" + (ceiling == Ceiling.KILOMETRES ? ""
                                    : ": de hele vergoeding van " + year + " wordt belastbaar loon, onderworpen aan "
                                            + "sociale zekerheid, tenzij de vrijwilliger de reële kosten bewijst"),
                    capitalised(ceiling.label().en()) + " of " + year + " (" + quantity(ceiling, limit)
                            + ") is exceeded by " + quantity(ceiling, over) + " (" + quantity(ceiling, used)
                            + " in all)" + (ceiling == Ceiling.KILOMETRES ? ""
                                    : ": the whole allowance of " + year + " becomes taxable pay, subject to social "
                                            + "security, unless the volunteer proves the real costs"))));
            return;
        }
        BigDecimal left = limit.subtract(used).max(BigDecimal.ZERO);
        String percent = used.multiply(BigDecimal.valueOf(100)).divide(limit, 0, RoundingMode.DOWN).toPlainString();
        warnings.add(new Warning("near_ceiling", ceiling, year, limit, used, left, LocalizedText.of(
                percent + "% van " + ceiling.label().nl() + " van " + year + " (" + quantity(ceiling, limit)
                        + ") is bereikt: er blijft nog " + quantity(ceiling, left) + " over",
                percent + "% of " + ceiling.label().en() + " of " + year + " (" + quantity(ceiling, limit)
                        + ") is reached: " + quantity(ceiling, left) + " is left")));
    }

    private static String capitalised(String text) {
        return text.isEmpty() ? text : Character.toUpperCase(text.charAt(0)) + text.substring(1);
    }

    static String quantity(Ceiling ceiling, BigDecimal value) {
        return ceiling == Ceiling.KILOMETRES ? value.stripTrailingZeros().toPlainString() + " km"
                : "EUR " + value.setScale(2, RoundingMode.UNNECESSARY).toPlainString();
    }
}
