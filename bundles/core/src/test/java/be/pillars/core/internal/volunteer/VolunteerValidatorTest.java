package be.pillars.core.internal.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.IntStream;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

import be.pillars.api.DomainException;
import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.api.volunteer.WeeklySlot;

/** Each rule of a volunteer, broken one at a time: refused with its field and code. */
class VolunteerValidatorTest {

    private static final Set<String> SKILLS = Set.of("first-aid", "cooking");
    private final VolunteerValidator validator = new VolunteerValidator(VolunteerServiceContract.CLOCK,
            VolunteerServiceContract.MINIMUM_AGE);

    private static final VolunteerData GOOD = VolunteerServiceContract.an("An", "Peeters", "an@example.be");

    /** A copy of the good volunteer with the record component at this index replaced. */
    private static VolunteerData with(int component, Object value) {
        Object[] parts = {GOOD.firstName(), GOOD.lastName(), GOOD.email(), GOOD.phone(), GOOD.birthDate(),
            GOOD.postalCode(), GOOD.district(), GOOD.languages(), GOOD.skills(), GOOD.interests(),
            GOOD.availability(), GOOD.unavailableDates(), GOOD.preference(), GOOD.status(), GOOD.consents(),
            GOOD.gender()};
        parts[component] = value;
        return new VolunteerData((String) parts[0], (String) parts[1], (String) parts[2], (String) parts[3],
                (LocalDate) parts[4], (String) parts[5], (String) parts[6], cast(parts[7]), cast(parts[8]),
                cast(parts[9]), cast(parts[10]), cast(parts[11]), (Preference) parts[12], (VolunteerStatus) parts[13],
                cast(parts[14]), (String) parts[15]);
    }

    @SuppressWarnings("unchecked")
    private static <T> T cast(Object value) {
        return (T) value;
    }

    private static Set<String> withNull(String value) {
        Set<String> set = new HashSet<>();
        set.add(value);
        set.add(null);
        return set;
    }

    static Stream<Arguments> badVolunteers() {
        WeeklySlot morning = new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0));
        Instant given = Instant.parse("2026-11-01T08:00:00Z");
        return Stream.of(
                Arguments.of("missing first name", with(0, null), "firstName", "required"),
                Arguments.of("blank first name", with(0, "   "), "firstName", "required"),
                Arguments.of("first name too long", with(0, "A".repeat(101)), "firstName", "too_long"),
                Arguments.of("missing last name", with(1, null), "lastName", "required"),
                Arguments.of("missing email", with(2, null), "email", "required"),
                Arguments.of("email without domain", with(2, "an@"), "email", "invalid_email"),
                Arguments.of("email with spaces", with(2, "an peeters@example.be"), "email", "invalid_email"),
                Arguments.of("email without dot in domain", with(2, "an@localhost"), "email", "invalid_email"),
                Arguments.of("phone with letters", with(3, "call me maybe"), "phone", "invalid_phone"),
                Arguments.of("phone too short", with(3, "123 45"), "phone", "invalid_phone"),
                Arguments.of("birth date in the future", with(4, LocalDate.of(2030, 1, 1)), "birthDate", "invalid_date"),
                Arguments.of("birth date before 1900", with(4, LocalDate.of(1850, 1, 1)), "birthDate", "invalid_date"),
                Arguments.of("ten years old without a guardian", with(4, LocalDate.of(2016, 5, 1)), "birthDate",
                        "too_young"),
                Arguments.of("sixteen tomorrow", with(4, LocalDate.of(2010, 11, 23)), "birthDate", "too_young"),
                Arguments.of("missing postal code", with(5, null), "postalCode", "required"),
                Arguments.of("postal code with letters", with(5, "35AB"), "postalCode", "invalid_postal_code"),
                Arguments.of("postal code of 3 digits", with(5, "350"), "postalCode", "invalid_postal_code"),
                Arguments.of("postal code below 1000", with(5, "0999"), "postalCode", "invalid_postal_code"),
                Arguments.of("postal code of 5 digits", with(5, "35000"), "postalCode", "too_long"),
                Arguments.of("unknown language", with(7, Set.of("xx")), "languages", "unknown_language"),
                Arguments.of("language as a name", with(7, Set.of("Dutch")), "languages", "unknown_language"),
                Arguments.of("empty language", with(7, withNull("nl")), "languages", "null_item"),
                Arguments.of("skill outside the taxonomy", with(8, Set.of("juggling")), "skills", "unknown_skill"),
                Arguments.of("too many interests", with(9, new HashSet<>(IntStream.range(0, 51)
                        .mapToObj(i -> "interest " + i).toList())), "interests", "too_many"),
                Arguments.of("slot ending before it starts", with(10, List.of(new WeeklySlot(DayOfWeek.MONDAY,
                        LocalTime.of(12, 0), LocalTime.of(9, 0)))), "availability[0]", "invalid_time_range"),
                Arguments.of("slot without day", with(10, List.of(morning, new WeeklySlot(null, LocalTime.of(9, 0),
                        LocalTime.of(10, 0)))), "availability[1]", "required"),
                Arguments.of("same slot twice", with(10, List.of(morning, morning)), "availability[1]", "duplicate"),
                Arguments.of("missing preference", with(12, null), "preference", "required"),
                Arguments.of("consent with a sentence as purpose", with(14, List.of(new Consent("Yes I agree", given))),
                        "consents[0]", "invalid_purpose"),
                Arguments.of("consent given in the future", with(14, List.of(new Consent("matching",
                        Instant.parse("2027-01-01T00:00:00Z")))), "consents[0]", "invalid_date"),
                Arguments.of("consent without date", with(14, List.of(new Consent("matching", null))),
                        "consents[0]", "invalid_date"),
                Arguments.of("same consent twice", with(14, new ArrayList<>(Arrays.asList(new Consent("matching", given),
                        new Consent("matching", given)))), "consents[1]", "duplicate"),
                Arguments.of("gender too long", with(15, "x".repeat(51)), "gender", "too_long"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badVolunteers")
    void refusesWithFieldAndCode(String rule, VolunteerData volunteer, String field, String code) {
        DomainException refused = assertThrows(DomainException.class, () -> validator.validate(volunteer, SKILLS));
        assertEquals(DomainException.Kind.INVALID, refused.kind());
        assertEquals(field, refused.field(), rule);
        assertEquals(code, refused.code(), rule);
    }

    @Test
    void normalisesAGoodVolunteer() {
        VolunteerData valid = validator.validate(with(2, " An@Example.BE "), SKILLS);
        assertEquals("an@example.be", valid.email());
        assertEquals(VolunteerStatus.CANDIDATE, valid.status());
        VolunteerData sparse = validator.validate(new VolunteerData("An", "Peeters", "an@example.be", null, null, "3500",
                " ", null, null, null, null, null, Preference.OCCASIONAL, VolunteerStatus.ACTIVE, null, ""), SKILLS);
        assertEquals(Set.of(), sparse.skills());
        assertEquals(List.of(), sparse.availability());
        assertEquals(null, sparse.district());
        assertEquals(null, sparse.gender());
        assertEquals(VolunteerStatus.ACTIVE, sparse.status());
    }

    @Test
    void aVolunteerUnderTheMinimumAgeIsAcceptedWithAGuardiansConsentAndFromTheDayTheyReachIt() {
        VolunteerData tenYearsOld = with(4, LocalDate.of(2016, 5, 1));
        List<Consent> withGuardian = List.of(new Consent("matching", Instant.parse("2026-11-01T08:00:00Z")),
                new Consent(VolunteerData.GUARDIAN_CONSENT, Instant.parse("2026-11-02T08:00:00Z")));
        VolunteerData consented = new VolunteerData(tenYearsOld.firstName(), tenYearsOld.lastName(),
                tenYearsOld.email(), tenYearsOld.phone(), tenYearsOld.birthDate(), tenYearsOld.postalCode(),
                tenYearsOld.district(), tenYearsOld.languages(), tenYearsOld.skills(), tenYearsOld.interests(),
                tenYearsOld.availability(), tenYearsOld.unavailableDates(), tenYearsOld.preference(),
                tenYearsOld.status(), withGuardian, tenYearsOld.gender());
        assertEquals(LocalDate.of(2016, 5, 1), validator.validate(consented, SKILLS).birthDate());
        assertEquals(LocalDate.of(2010, 11, 22), validator.validate(with(4, LocalDate.of(2010, 11, 22)), SKILLS)
                .birthDate());
        VolunteerValidator noMinimum = new VolunteerValidator(VolunteerServiceContract.CLOCK, () -> 0);
        assertEquals(LocalDate.of(2016, 5, 1), noMinimum.validate(tenYearsOld, SKILLS).birthDate());
    }
}
