package be.pillars.external.internal.candidates;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.WeeklySlot;

/**
 * What a person sends to register as a candidate volunteer: the fields of core's volunteer that a person knows
 * about themselves, and their explicit consent.
 *
 * @param consent         must be {@code true}: the person agrees that the city stores these data to match them with
 *                        vacancies and that a volunteer coach contacts them
 * @param guardianConsent {@code true} when a parent or guardian consents: needed by anyone younger than core's
 *                        minimum age (16 unless configured), recorded as the consent
 *                        {@value be.pillars.api.volunteer.VolunteerData#GUARDIAN_CONSENT}
 * @param vacancyId       optional: a public vacancy the person applies for at once
 */
public record CandidateInput(String firstName, String lastName, String email, String phone, LocalDate birthDate,
        String postalCode, Set<String> languages, Set<String> skills, Set<String> interests,
        List<WeeklySlot> availability, Preference preference, Boolean consent, Boolean guardianConsent,
        UUID vacancyId) {
}
