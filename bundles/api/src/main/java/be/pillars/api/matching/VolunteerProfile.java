package be.pillars.api.matching;

import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.WeeklySlot;

/**
 * What matching knows of a volunteer: only what a suggestion needs, no names or contact details.
 *
 * @param id               the core volunteer's id
 * @param skills           skill codes from the taxonomy
 * @param languages        ISO 639-1 codes
 * @param postalCode       Belgian postal code
 * @param district         part of the municipality, or null
 * @param availability     weekly times the volunteer is available
 * @param unavailableDates days the volunteer is not available at all
 * @param preference       occasional, regular or both
 */
public record VolunteerProfile(UUID id, Set<String> skills, Set<String> languages, String postalCode,
        String district, List<WeeklySlot> availability, Set<LocalDate> unavailableDates, Preference preference) {

    public VolunteerProfile {
        skills = skills == null ? Set.of() : Set.copyOf(skills);
        languages = languages == null ? Set.of() : Set.copyOf(languages);
        availability = availability == null ? List.of() : List.copyOf(availability);
        unavailableDates = unavailableDates == null ? Set.of() : Set.copyOf(unavailableDates);
        preference = preference == null ? Preference.BOTH : preference;
    }

    /** The profile of a volunteer stored by core. */
    public static VolunteerProfile of(Volunteer volunteer) {
        VolunteerData data = volunteer.data();
        return new VolunteerProfile(volunteer.id(), data.skills(), data.languages(), data.postalCode(),
                data.district(), data.availability(), data.unavailableDates(), data.preference());
    }
}
