package be.pillars.internal.internal.claims;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * The list the law requires per calendar year, kept 7 years: every allowance paid, with the volunteer, the day and
 * the amount. After an erasure the volunteer is an anonymous key and the name is gone.
 *
 * @param year    the calendar year
 * @param entries by volunteer name, then day
 * @param total   everything paid that year
 */
public record NamedList(int year, List<Entry> entries, BigDecimal total) {

    /**
     * @param volunteerKey the volunteer's id, or the anonymous key that replaced it
     * @param name         the volunteer's name, or null once erased
     */
    public record Entry(UUID volunteerKey, String name, LocalDate day, ClaimKind kind, BigDecimal amount) {
    }
}
