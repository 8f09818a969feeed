package be.pillars.targetgroups.internal.buddies;

import java.time.DayOfWeek;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;

import be.pillars.api.validation.Fields;
import be.pillars.api.volunteer.WeeklySlot;

/**
 * The check of a person helped before it is recorded: ISO 639-1 languages, at most {@value #MAX_TAGS} interests,
 * weekly slots that end after they start, and the lengths of the texts. Answers the person as stored (codes and
 * interests in lower case, without doubles).
 */
final class PersonCheck {

    private static final Set<String> LANGUAGES = Set.of(Locale.getISOLanguages());
    private static final int MAX_TAGS = 20;

    private PersonCheck() {
    }

    static PersonHelped valid(PersonHelped person) {
        Set<String> languages = new TreeSet<>();
        List<String> given = person.languages() == null ? List.of() : List.copyOf(person.languages());
        for (int i = 0; i < given.size(); i++) {
            String code = given.get(i) == null ? "" : given.get(i).strip().toLowerCase(Locale.ROOT);
            if (code.length() != 2 || !LANGUAGES.contains(code)) {
                throw Fields.invalid("invalid_language", "languages[" + i + "]", "Geen ISO 639-1-taalcode zoals nl",
                        "Not an ISO 639-1 language code such as nl");
            }
            languages.add(code);
        }
        Set<String> interests = new TreeSet<>();
        List<String> words = person.interests() == null ? List.of() : List.copyOf(person.interests());
        if (words.size() > MAX_TAGS) {
            throw Fields.invalid("too_many", "interests", "Hoogstens " + MAX_TAGS + " interesses",
                    "At most " + MAX_TAGS + " interests");
        }
        for (int i = 0; i < words.size(); i++) {
            interests.add(Fields.required("interests[" + i + "]", words.get(i), 60).toLowerCase(Locale.ROOT));
        }
        List<WeeklySlot> slots = person.availability() == null ? new ArrayList<>()
                : new ArrayList<>(person.availability());
        for (int i = 0; i < slots.size(); i++) {
            String field = "availability[" + i + "]";
            WeeklySlot slot = Fields.present(field, slots.get(i));
            DayOfWeek day = Fields.present(field + ".day", slot.day());
            LocalTime from = Fields.present(field + ".from", slot.from());
            LocalTime to = Fields.present(field + ".to", slot.to());
            if (!from.isBefore(to)) {
                throw Fields.invalid("invalid_slot", field + ".to", "Het einde moet na het begin liggen",
                        "The end must be after the start");
            }
            slots.set(i, new WeeklySlot(day, from, to));
        }
        return new PersonHelped(person.id(), person.projectId(), Fields.required("alias", person.alias(), 60),
                Fields.optional("district", person.district(), 100), languages, interests, slots,
                Fields.optional("needs", person.needs(), 1000),
                Fields.required("contactRoute", person.contactRoute(), 200), person.createdBy(), person.createdAt());
    }
}
