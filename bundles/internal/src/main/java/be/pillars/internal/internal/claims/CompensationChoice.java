package be.pillars.internal.internal.claims;

import be.pillars.internal.internal.Policy.CompensationSystem;

/**
 * The body of {@code PUT /api/internal/compensation/{volunteerId}/{year}}.
 *
 * @param system          none, lump sum or real costs for that calendar year
 * @param receivesBenefit whether the volunteer gets a social-security or social-assistance benefit, which rules
 *                        out the higher ceiling; false unless given
 */
public record CompensationChoice(CompensationSystem system, Boolean receivesBenefit) {
}
