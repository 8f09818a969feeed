package be.pillars.api.volunteer;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;

import com.fasterxml.jackson.annotation.JsonProperty;

/**
 * What is known about a volunteer: what a caller sends to create or replace one. Lists are never null once
 * validated; optional values are null when unknown.
 *
 * @param firstName        required
 * @param lastName         required
 * @param email            required and unique; stored in lower case
 * @param phone            optional
 * @param birthDate        optional; someone younger than the minimum age (core's {@code minimumAge}, 16 unless
 *                         configured) is accepted only with a consent for the purpose {@value #GUARDIAN_CONSENT}
 * @param postalCode       required, a Belgian postal code
 * @param district         optional: the part of the municipality
 * @param languages        ISO 639-1 codes, such as {@code nl}
 * @param skills           codes from the skill taxonomy
 * @param interests        free words
 * @param availability     weekly times the volunteer is available
 * @param unavailableDates days the volunteer is not available at all
 * @param preference       occasional, regular or both; required
 * @param status           candidate when not given
 * @param consents         the purposes the volunteer consented to, and when
 * @param gender           optional self-description, used only for anonymous representation statistics:
 *                         accepted on input, never written out in the volunteer's JSON
 */
public record VolunteerData(String firstName, String lastName, String email, String phone, LocalDate birthDate,
        String postalCode, String district, Set<String> languages, Set<String> skills, Set<String> interests,
        List<WeeklySlot> availability, Set<LocalDate> unavailableDates, Preference preference,
        VolunteerStatus status, List<Consent> consents,
        @JsonProperty(access = JsonProperty.Access.WRITE_ONLY) String gender) {

    /** The consent purpose that records a parent's or guardian's consent for a volunteer under the minimum age. */
    public static final String GUARDIAN_CONSENT = "guardian";
}
