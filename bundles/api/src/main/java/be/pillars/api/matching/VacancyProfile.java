package be.pillars.api.matching;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.UUID;

import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.volunteer.WeeklySlot;

/**
 * What matching knows of a vacancy. Exactly one of {@code oneOff} and {@code recurring} is given.
 *
 * @param id          the vacancy's id
 * @param mustHave    skill codes a volunteer must have: the others are not suggested
 * @param niceToHave  skill codes that raise the score
 * @param languages   ISO 639-1 codes of which the volunteer should speak one; empty when any will do
 * @param postalCode  where the work is
 * @param district    the part of the municipality where the work is, or null
 * @param coordinates where the work is exactly, or null to use the postal code's centre
 * @param oneOff      the date and time of one-off work, or null
 * @param recurring   the weekly times of recurring work, or null
 * @param kind        occasional or regular
 */
public record VacancyProfile(UUID id, Set<String> mustHave, Set<String> niceToHave, Set<String> languages,
        String postalCode, String district, Coordinates coordinates, OneOff oneOff, Recurring recurring,
        EngagementKind kind) {

    public VacancyProfile {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(kind, "kind");
        if ((oneOff == null) == (recurring == null)) {
            throw new IllegalArgumentException("a vacancy is either one-off or recurring");
        }
        mustHave = mustHave == null ? Set.of() : Set.copyOf(mustHave);
        niceToHave = niceToHave == null ? Set.of() : Set.copyOf(niceToHave);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
    }

    /** One-off work on {@code date} from {@code from} to {@code to}. */
    public record OneOff(LocalDate date, LocalTime from, LocalTime to) {
    }

    /** Work in these weekly slots from {@code start} until {@code end} (null: open-ended). */
    public record Recurring(List<WeeklySlot> slots, LocalDate start, LocalDate end) {

        public Recurring {
            slots = List.copyOf(slots);
        }
    }
}
