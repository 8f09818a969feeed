package be.pillars.internal.internal.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.UUID;

import be.pillars.internal.internal.figures.Vehicle;

/**
 * What a claim asks for, as a coordinator submits it ({@code POST /api/internal/claims}). Which fields apply
 * depends on the kind:
 * <ul>
 * <li>{@code LUMP_SUM_DAY}: {@code date}, {@code category} (ORDINARY unless given), {@code amount} (the day's
 * ceiling unless given);</li>
 * <li>{@code REAL_COST}: {@code date}, {@code amount}, {@code description}, {@code proofReference};</li>
 * <li>{@code KILOMETRES}: {@code date}, {@code distanceKm}, {@code vehicle}, {@code passengerTransport} (false unless
 * given), optionally {@code description}; the amount is the distance at the rate of the date's quarter.</li>
 * </ul>
 *
 * @param volunteerId        the core volunteer the claim is for
 * @param serviceId          the municipal service (a core organisation of kind MUNICIPAL_SERVICE) the work was for;
 *                           optional, but only claims that name one count in that service's report
 * @param kind               what is claimed
 * @param date               the day of the work, cost or trip; its calendar year is the claim's year
 * @param category           which lump-sum ceiling the work falls under
 * @param amount             euro, two decimals
 * @param description        what the cost or trip was
 * @param proofReference     where the proof of a real cost is kept (receipt number, file name)
 * @param distanceKm         kilometres travelled, at most one decimal
 * @param vehicle            car or bicycle
 * @param passengerTransport whether the volunteer work itself is transporting people (no kilometre cap then)
 */
public record ClaimData(UUID volunteerId, UUID serviceId, ClaimKind kind, LocalDate date, WorkCategory category, BigDecimal amount,
        String description, String proofReference, BigDecimal distanceKm, Vehicle vehicle,
        Boolean passengerTransport) {

    /** The calendar year whose ceilings the claim counts towards. */
    public int year() {
        return date.getYear();
    }

    ClaimData withAmount(BigDecimal priced) {
        return new ClaimData(volunteerId, serviceId, kind, date, category, priced, description, proofReference, distanceKm,
                vehicle, passengerTransport);
    }
}
