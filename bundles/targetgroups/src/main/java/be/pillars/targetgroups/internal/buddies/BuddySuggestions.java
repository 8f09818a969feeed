package be.pillars.targetgroups.internal.buddies;

import java.time.DayOfWeek;
import java.time.Duration;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.LocalizedText;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.api.volunteer.WeeklySlot;

/**
 * Suggests buddies for a person helped among the active volunteers: a volunteer must speak one of the person's
 * languages (when the person has any); then four components score from 0 to 1 and the suggestion's score is
 * their mean: a shared language, the same district, shared interests, and how much of the person's weekly time
 * the volunteer is available. What is unknown on the person's side scores 0.5 for everyone, so it does not
 * change the order. Ties go to the lower id.
 */
@Component(service = BuddySuggestions.class)
public class BuddySuggestions {

    static final double UNKNOWN = 0.5;

    private final VolunteerService volunteers;
    private final BuddyStore buddies;

    @Activate
    public BuddySuggestions(@Reference VolunteerService volunteers, @Reference BuddyStore buddies) {
        this.volunteers = volunteers;
        this.buddies = buddies;
    }

    /** The best {@code limit} active volunteers for the person, best first, without their current buddies. */
    public List<Suggestion> suggest(PersonHelped person, int limit) {
        Set<UUID> current = buddies.currentBuddies(person.id());
        Comparator<Suggestion> best = Comparator.comparingDouble(Suggestion::score).reversed()
                .thenComparing(Suggestion::volunteerId);
        PriorityQueue<Suggestion> top = new PriorityQueue<>(best.reversed());
        volunteers.forEachMatching(new VolunteerQuery(null, null, null, null, VolunteerStatus.ACTIVE, null,
                VolunteerQuery.MAX_LIMIT, 0), volunteer -> {
                    if (!current.contains(volunteer.id())) {
                        score(person, volunteer).ifPresent(suggestion -> {
                            top.add(suggestion);
                            if (top.size() > limit) {
                                top.poll();
                            }
                        });
                    }
                });
        List<Suggestion> ordered = new ArrayList<>(top);
        ordered.sort(best);
        return ordered;
    }

    /** The suggestion of this volunteer for the person, or empty when they share no language. */
    static Optional<Suggestion> score(PersonHelped person, Volunteer volunteer) {
        VolunteerData data = volunteer.data();
        List<Suggestion.Reason> reasons = new ArrayList<>();
        Set<String> languages = shared(person.languages(), data.languages());
        if (person.languages().isEmpty()) {
            reasons.add(new Suggestion.Reason("languages", UNKNOWN, LocalizedText.of("Geen taal opgegeven",
                    "No language given")));
        } else if (languages.isEmpty()) {
            return Optional.empty();
        } else {
            reasons.add(new Suggestion.Reason("languages", 1, LocalizedText.of("Spreekt " + String.join(", ",
                    languages), "Speaks " + String.join(", ", languages))));
        }
        reasons.add(district(person.district(), data.district()));
        reasons.add(interests(person.interests(), data.interests()));
        reasons.add(availability(person.availability(), data.availability()));
        double score = reasons.stream().mapToDouble(Suggestion.Reason::score).average().orElse(0);
        return Optional.of(new Suggestion(volunteer.id(), data.firstName(), data.lastName(), data.district(),
                Math.round(score * 1000) / 1000.0, reasons));
    }

    private static Suggestion.Reason district(String wanted, String actual) {
        if (wanted == null) {
            return new Suggestion.Reason("district", UNKNOWN, LocalizedText.of("Wijk van de persoon onbekend",
                    "The person's district is unknown"));
        }
        if (actual != null && actual.strip().equalsIgnoreCase(wanted)) {
            return new Suggestion.Reason("district", 1, LocalizedText.of("Woont in dezelfde wijk (" + wanted + ")",
                    "Lives in the same district (" + wanted + ")"));
        }
        return new Suggestion.Reason("district", 0, LocalizedText.of("Woont in een andere wijk",
                "Lives in another district"));
    }

    private static Suggestion.Reason interests(Set<String> wanted, Set<String> actual) {
        if (wanted.isEmpty()) {
            return new Suggestion.Reason("interests", UNKNOWN, LocalizedText.of("Geen interesses opgegeven",
                    "No interests given"));
        }
        Set<String> common = shared(wanted, actual);
        double score = (double) common.size() / wanted.size();
        return new Suggestion.Reason("interests", score, common.isEmpty()
                ? LocalizedText.of("Geen gedeelde interesses", "No shared interests")
                : LocalizedText.of("Deelt " + String.join(", ", common), "Shares " + String.join(", ", common)));
    }

    private static Suggestion.Reason availability(List<WeeklySlot> wanted, List<WeeklySlot> actual) {
        long wantedMinutes = wanted.stream().mapToLong(BuddySuggestions::minutes).sum();
        if (wantedMinutes == 0) {
            return new Suggestion.Reason("availability", UNKNOWN, LocalizedText.of("Geen beschikbaarheid opgegeven",
                    "No availability given"));
        }
        long overlap = 0;
        for (WeeklySlot slot : wanted) {
            for (WeeklySlot other : actual == null ? List.<WeeklySlot>of() : actual) {
                overlap += overlap(slot, other);
            }
        }
        double score = Math.min(1, (double) overlap / wantedMinutes);
        long percent = Math.round(score * 100);
        return new Suggestion.Reason("availability", score, LocalizedText.of("Beschikbaar op " + percent
                + "% van de gewenste tijd", "Available for " + percent + "% of the wanted time"));
    }

    private static long minutes(WeeklySlot slot) {
        return Duration.between(slot.from(), slot.to()).toMinutes();
    }

    private static long overlap(WeeklySlot a, WeeklySlot b) {
        DayOfWeek day = a.day();
        if (day != b.day()) {
            return 0;
        }
        LocalTime from = a.from().isAfter(b.from()) ? a.from() : b.from();
        LocalTime to = a.to().isBefore(b.to()) ? a.to() : b.to();
        return from.isBefore(to) ? Duration.between(from, to).toMinutes() : 0;
    }

    private static Set<String> shared(Collection<String> wanted, Collection<String> actual) {
        Set<String> common = new TreeSet<>();
        if (actual != null) {
            for (String value : actual) {
                if (value != null && wanted.contains(value.strip().toLowerCase(Locale.ROOT))) {
                    common.add(value.strip().toLowerCase(Locale.ROOT));
                }
            }
        }
        return common;
    }
}
