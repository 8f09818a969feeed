package be.pillars.internal.internal.claims;

import java.math.BigDecimal;

/**
 * What a volunteer declares having received as lump-sum allowance from another organisation in a year: it counts
 * towards the ceilings, which apply over all organisations together.
 *
 * @param organisation the other organisation
 * @param category     the kind of work it paid for (ORDINARY unless given)
 * @param amount       euro received there that year
 */
public record DeclarationData(String organisation, WorkCategory category, BigDecimal amount) {
}
