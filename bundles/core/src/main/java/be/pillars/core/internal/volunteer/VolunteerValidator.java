package be.pillars.core.internal.volunteer;

import static be.pillars.api.validation.Fields.invalid;
import static be.pillars.api.validation.Fields.optional;
import static be.pillars.api.validation.Fields.present;
import static be.pillars.api.validation.Fields.required;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntSupplier;
import java.util.regex.Pattern;

import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.api.volunteer.WeeklySlot;
import be.pillars.api.validation.Fields;

/**
 * Checks a volunteer as a whole before anything is stored, and returns it normalised: text trimmed, email
 * in lower case, absent lists empty, status candidate when not given. The first rule broken is reported
 * with its field, in the order the fields are documented.
 */
final class VolunteerValidator {

    static final int MAX_NAME = 100;
    static final int MAX_ITEMS = 50;

    private static final Pattern PURPOSE = Pattern.compile("[a-z][a-z0-9-]{0,63}");
    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final LocalDate OLDEST_BIRTH_DATE = LocalDate.of(1900, 1, 1);

    private final Clock clock;
    private final IntSupplier minimumAge;

    /** @param minimumAge the age in years from which no guardian's consent is needed, as configured now */
    VolunteerValidator(Clock clock, IntSupplier minimumAge) {
        this.clock = clock;
        this.minimumAge = minimumAge;
    }

    VolunteerData validate(VolunteerData input, Set<String> knownSkills) {
        LocalDate today = LocalDate.now(clock);
        return oldEnoughOrConsented(new VolunteerData(
                required("firstName", input.firstName(), MAX_NAME),
                required("lastName", input.lastName(), MAX_NAME),
                Fields.email("email", input.email(), true),
                Fields.phone("phone", input.phone()),
                birthDate(input.birthDate(), today),
                Fields.postalCode("postalCode", input.postalCode(), true),
                optional("district", input.district(), MAX_NAME),
                languages(input.languages()),
                skills(input.skills(), knownSkills),
                interests(input.interests()),
                availability(input.availability()),
                unavailableDates(input.unavailableDates()),
                present("preference", input.preference()),
                input.status() == null ? VolunteerStatus.CANDIDATE : input.status(),
                consents(input.consents(), clock.instant()),
                optional("gender", input.gender(), 50)), today);
    }

    private VolunteerData oldEnoughOrConsented(VolunteerData valid, LocalDate today) {
        int age = minimumAge.getAsInt();
        if (valid.birthDate() != null && valid.birthDate().plusYears(age).isAfter(today) && valid.consents().stream()
                .noneMatch(consent -> VolunteerData.GUARDIAN_CONSENT.equals(consent.purpose()))) {
            throw invalid("too_young", "birthDate", "Jonger dan " + age + " jaar: alleen met toestemming van een ouder "
                    + "of voogd (toestemming '" + VolunteerData.GUARDIAN_CONSENT + "')", "Younger than " + age
                    + ": only with the consent of a parent or guardian (consent '" + VolunteerData.GUARDIAN_CONSENT + "')");
        }
        return valid;
    }

    private static LocalDate birthDate(LocalDate value, LocalDate today) {
        if (value != null && (value.isAfter(today) || value.isBefore(OLDEST_BIRTH_DATE))) {
            throw invalid("invalid_date", "birthDate", "Geboortedatum ligt in de toekomst of voor 1900",
                    "Birth date lies in the future or before 1900");
        }
        return value;
    }

    private static <T> Collection<T> bounded(String field, Collection<T> values) {
        if (values == null) {
            return List.of();
        }
        if (values.size() > MAX_ITEMS) {
            throw invalid("too_many", field, "Hoogstens " + MAX_ITEMS + " waarden", "At most " + MAX_ITEMS + " values");
        }
        if (values.stream().anyMatch(Objects::isNull)) {
            throw invalid("null_item", field, "Een lege waarde in de lijst", "An empty value in the list");
        }
        return values;
    }

    private static Set<String> languages(Set<String> values) {
        Set<String> languages = new TreeSet<>();
        for (String language : bounded("languages", values)) {
            String code = language.strip().toLowerCase(Locale.ROOT);
            if (!LANGUAGES.contains(code) || code.length() != 2) {
                throw invalid("unknown_language", "languages", "'" + language + "' is geen ISO 639-1-taalcode (bv. nl)",
                        "'" + language + "' is not an ISO 639-1 language code (e.g. nl)");
            }
            languages.add(code);
        }
        return languages;
    }

    private static Set<String> skills(Set<String> values, Set<String> knownSkills) {
        Set<String> skills = new TreeSet<>();
        for (String skill : bounded("skills", values)) {
            if (!knownSkills.contains(skill)) {
                throw invalid("unknown_skill", "skills", "'" + skill + "' staat niet in de vaardighedenlijst",
                        "'" + skill + "' is not in the skill taxonomy");
            }
            skills.add(skill);
        }
        return skills;
    }

    private static Set<String> interests(Set<String> values) {
        Set<String> interests = new LinkedHashSet<>();
        for (String interest : bounded("interests", values)) {
            String text = optional("interests", interest, MAX_NAME);
            if (text != null) {
                interests.add(text);
            }
        }
        return interests;
    }

    private static List<WeeklySlot> availability(List<WeeklySlot> values) {
        List<WeeklySlot> slots = new ArrayList<>();
        Set<String> starts = new HashSet<>();
        int index = 0;
        for (WeeklySlot slot : bounded("availability", values)) {
            String field = "availability[" + index++ + "]";
            if (slot.day() == null || slot.from() == null || slot.to() == null) {
                throw invalid("required", field, "Dag, van en tot zijn verplicht", "Day, from and to are required");
            }
            if (!slot.from().isBefore(slot.to())) {
                throw invalid("invalid_time_range", field, "'van' moet voor 'tot' liggen", "'from' must come before 'to'");
            }
            if (!starts.add(slot.day() + " " + slot.from())) {
                throw invalid("duplicate", field, "Dit tijdslot staat er al", "This time slot is listed twice");
            }
            slots.add(slot);
        }
        return slots;
    }

    private static Set<LocalDate> unavailableDates(Set<LocalDate> values) {
        return new TreeSet<>(bounded("unavailableDates", values));
    }

    private static List<Consent> consents(List<Consent> values, Instant now) {
        List<Consent> consents = new ArrayList<>();
        Set<String> purposes = new HashSet<>();
        int index = 0;
        for (Consent consent : bounded("consents", values)) {
            String field = "consents[" + index++ + "]";
            if (consent.purpose() == null || !PURPOSE.matcher(consent.purpose()).matches()) {
                throw invalid("invalid_purpose", field, "Doel in kleine letters en streepjes (bv. matching)",
                        "Purpose in lower case and dashes (e.g. matching)");
            }
            if (consent.givenAt() == null || consent.givenAt().isAfter(now)) {
                throw invalid("invalid_date", field, "Datum van toestemming ontbreekt of ligt in de toekomst",
                        "Date of consent is missing or in the future");
            }
            if (!purposes.add(consent.purpose())) {
                throw invalid("duplicate", field, "Dit doel staat er al", "This purpose is listed twice");
            }
            consents.add(consent);
        }
        return consents;
    }
}
