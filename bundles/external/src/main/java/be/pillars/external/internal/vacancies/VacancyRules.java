package be.pillars.external.internal.vacancies;

import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.skill.Skills;
import be.pillars.api.validation.Fields;
import be.pillars.api.volunteer.WeeklySlot;

/** Checks a vacancy as a whole; each refusal names the field (such as {@code time.weekly[1].to}). */
final class VacancyRules {

    static final int MAX_SKILLS = 20;
    static final int MAX_SLOTS = 14;
    static final int MAX_WANTED = 1000;
    static final int MAX_LANGUAGES = 10;
    static final int MAX_STREET = 200;
    static final int MAX_HOUSE_NUMBER = 16;
    /** The codes core takes for a volunteer's languages, so that a vacancy asks in the same terms. */
    private static final Set<String> ISO_LANGUAGES = Set.of(Locale.getISOLanguages());

    private final OrganisationService organisations;
    private final Skills skills;

    VacancyRules(OrganisationService organisations, Skills skills) {
        this.organisations = organisations;
        this.skills = skills;
    }

    /**
     * @param filled how many places are taken already (0 for a new vacancy)
     * @param today  the municipality's day: a one-off vacancy cannot be {@code OPEN} for a day before it
     * @return the input trimmed, with lists never null and the default status
     */
    VacancyInput validated(VacancyInput input, int filled, LocalDate today) {
        Fields.present("organisationId", input.organisationId());
        if (organisations.find(input.organisationId()).filter(organisation -> organisation.active()).isEmpty()) {
            throw Fields.invalid("unknown_organisation", "organisationId", "Geen actieve organisatie met dit id",
                    "No active organisation with this id");
        }
        Text title = text("title", input.title(), 200);
        Text description = text("description", input.description(), 4000);
        Set<String> mustHave = skills("mustHaveSkills", input.mustHaveSkills());
        Set<String> niceToHave = skills("niceToHaveSkills", input.niceToHaveSkills());
        for (String skill : mustHave) {
            if (niceToHave.contains(skill)) {
                throw Fields.invalid("skill_twice", "niceToHaveSkills", "'" + skill + "' is al een verplichte "
                        + "vaardigheid", "'" + skill + "' is already a must-have skill");
            }
        }
        Set<String> languages = languages(input.languages());
        Place place = place(Fields.present("place", input.place()));
        Schedule time = schedule(Fields.present("time", input.time()));
        Fields.present("kind", input.kind());
        int wanted = Fields.present("wanted", input.wanted());
        if (wanted < 1 || wanted > MAX_WANTED) {
            throw Fields.invalid("invalid_wanted", "wanted", "Van 1 tot " + MAX_WANTED + " vrijwilligers",
                    "From 1 to " + MAX_WANTED + " volunteers");
        }
        if (wanted < filled) {
            throw Fields.invalid("below_filled", "wanted", "Er zijn al " + filled + " plaatsen ingevuld",
                    filled + " places are already taken");
        }
        VacancyStatus status = input.status() == null ? VacancyStatus.DRAFT : input.status();
        if (status == VacancyStatus.FILLED && filled < wanted) {
            throw Fields.invalid("not_filled", "status", "Een vacature is pas ingevuld als alle plaatsen ingevuld "
                    + "zijn", "A vacancy is filled only when every place is taken");
        }
        if (status == VacancyStatus.OPEN && filled >= wanted) {
            throw Fields.invalid("vacancy_full", "status", "Alle plaatsen zijn ingevuld: vraag meer vrijwilligers "
                    + "om ze weer open te stellen", "Every place is taken: ask for more volunteers to open it again");
        }
        if (status == VacancyStatus.OPEN && time.date() != null && time.date().isBefore(today)) {
            throw Fields.invalid("date_passed", "time.date", "Deze dag is voorbij: een eenmalige vacature kan niet "
                    + "open staan voor een dag in het verleden", "This day has passed: a one-off vacancy cannot be "
                    + "open for a day in the past");
        }
        if (input.publishFrom() != null && input.publishUntil() != null
                && input.publishUntil().isBefore(input.publishFrom())) {
            throw Fields.invalid("invalid_period", "publishUntil", "Niet voor publishFrom",
                    "Not before publishFrom");
        }
        return new VacancyInput(input.organisationId(), title, description, mustHave, niceToHave, languages, place,
                time, input.kind(), wanted, status, input.publishFrom(), input.publishUntil());
    }

    private static Text text(String field, Text text, int maxLength) {
        Fields.present(field, text);
        return new Text(Fields.required(field + ".nl", text.nl(), maxLength),
                Fields.optional(field + ".en", text.en(), maxLength));
    }

    private Set<String> skills(String field, Set<String> codes) {
        if (codes == null) {
            return Set.of();
        }
        if (codes.size() > MAX_SKILLS) {
            throw Fields.invalid("too_many", field, "Hoogstens " + MAX_SKILLS + " vaardigheden",
                    "At most " + MAX_SKILLS + " skills");
        }
        Set<String> trimmed = new TreeSet<>();
        for (String code : codes) {
            trimmed.add(Fields.required(field, code, 64));
        }
        Set<String> unknown = skills.unknown(trimmed);
        if (!unknown.isEmpty()) {
            String first = unknown.iterator().next();
            throw Fields.invalid("unknown_skill", field, "'" + first + "' staat niet in de vaardighedenlijst",
                    "'" + first + "' is not in the skill taxonomy");
        }
        return Set.copyOf(trimmed);
    }

    /** ISO 639-1 codes in lower case, checked as core checks a volunteer's languages. */
    private static Set<String> languages(Set<String> codes) {
        if (codes == null) {
            return Set.of();
        }
        if (codes.size() > MAX_LANGUAGES) {
            throw Fields.invalid("too_many", "languages", "Hoogstens " + MAX_LANGUAGES + " talen",
                    "At most " + MAX_LANGUAGES + " languages");
        }
        Set<String> languages = new TreeSet<>();
        for (String code : codes) {
            String language = Fields.required("languages", code, 8).toLowerCase(Locale.ROOT);
            if (language.length() != 2 || !ISO_LANGUAGES.contains(language)) {
                throw Fields.invalid("unknown_language", "languages", "'" + code + "' is geen ISO 639-1-taalcode "
                        + "(bv. fr)", "'" + code + "' is not an ISO 639-1 language code (e.g. fr)");
            }
            languages.add(language);
        }
        return Set.copyOf(languages);
    }

    private static Place place(Place place) {
        String street = Fields.optional("place.street", place.street(), MAX_STREET);
        String houseNumber = Fields.optional("place.houseNumber", place.houseNumber(), MAX_HOUSE_NUMBER);
        if (houseNumber != null && street == null) {
            throw Fields.invalid("street_needed", "place.street", "Een huisnummer hoort bij een straat",
                    "A house number belongs to a street");
        }
        String postalCode = Fields.postalCode("place.postalCode", place.postalCode(), true);
        if ((place.latitude() == null) != (place.longitude() == null)) {
            throw Fields.invalid("incomplete_coordinates", place.latitude() == null ? "place.latitude"
                    : "place.longitude", "Geef breedte- en lengtegraad samen", "Give latitude and longitude together");
        }
        if (place.latitude() != null && !(Math.abs(place.latitude()) <= 90)) {
            throw Fields.invalid("invalid_coordinate", "place.latitude", "Van -90 tot 90 graden",
                    "From -90 to 90 degrees");
        }
        if (place.longitude() != null && !(Math.abs(place.longitude()) <= 180)) {
            throw Fields.invalid("invalid_coordinate", "place.longitude", "Van -180 tot 180 graden",
                    "From -180 to 180 degrees");
        }
        return new Place(street, houseNumber, postalCode, place.latitude(), place.longitude());
    }

    private static Schedule schedule(Schedule time) {
        boolean weekly = time.weekly() != null && !time.weekly().isEmpty();
        if (time.date() != null && (weekly || time.startDate() != null || time.endDate() != null)) {
            throw Fields.invalid("two_schedules", "time.date", "Eén dag of wekelijkse momenten, niet beide",
                    "One day or weekly slots, not both");
        }
        if (time.date() != null) {
            order("time", Fields.present("time.from", time.from()), Fields.present("time.to", time.to()));
            return Schedule.oneOff(time.date(), time.from(), time.to());
        }
        if (!weekly) {
            throw Fields.invalid("required", "time.date", "Geef een dag (date) of wekelijkse momenten (weekly)",
                    "Give a day (date) or weekly slots (weekly)");
        }
        if (time.from() != null || time.to() != null) {
            throw Fields.invalid("two_schedules", "time.from", "Een uur hoort bij één dag; wekelijkse momenten "
                    + "hebben hun eigen uren", "A time of day belongs to one day; weekly slots have their own times");
        }
        if (time.weekly().size() > MAX_SLOTS) {
            throw Fields.invalid("too_many", "time.weekly", "Hoogstens " + MAX_SLOTS + " momenten",
                    "At most " + MAX_SLOTS + " slots");
        }
        List<WeeklySlot> slots = new ArrayList<>();
        Set<WeeklySlot> seen = new LinkedHashSet<>();
        for (int i = 0; i < time.weekly().size(); i++) {
            String field = "time.weekly[" + i + "]";
            WeeklySlot slot = Fields.present(field, time.weekly().get(i));
            Fields.present(field + ".day", slot.day());
            order(field, Fields.present(field + ".from", slot.from()), Fields.present(field + ".to", slot.to()));
            if (!seen.add(slot)) {
                throw Fields.invalid("duplicate_slot", field, "Dit moment staat er al", "This slot is listed twice");
            }
            slots.add(slot);
        }
        LocalDate start = Fields.present("time.startDate", time.startDate());
        if (time.endDate() != null && time.endDate().isBefore(start)) {
            throw Fields.invalid("invalid_period", "time.endDate", "Niet voor startDate", "Not before startDate");
        }
        return Schedule.weekly(List.copyOf(slots), start, time.endDate());
    }

    private static void order(String field, LocalTime from, LocalTime to) {
        if (!from.isBefore(to)) {
            throw Fields.invalid("invalid_slot", field + ".to", "Het einde ligt na het begin",
                    "The end lies after the start");
        }
    }

    static DomainException notFound(UUID id) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                "Geen vacature met id " + id, "No vacancy with id " + id));
    }
}
