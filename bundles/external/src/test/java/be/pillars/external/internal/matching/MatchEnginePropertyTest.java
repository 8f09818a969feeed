package be.pillars.external.internal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.LocalizedText;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.matching.Coordinates;
import be.pillars.api.matching.Match;
import be.pillars.api.matching.MatchScorer;
import be.pillars.api.matching.VacancyProfile;
import be.pillars.api.matching.VolunteerProfile;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.WeeklySlot;
import be.pillars.external.internal.MatchingWeights;

/**
 * The index, its bitsets and its bounded heap must give exactly what scoring every pair from the rules and sorting
 * everything gives: checked on random data, in both directions, with a seed so that a failure can be replayed.
 */
class MatchEnginePropertyTest {

    private static final List<String> SKILLS = List.of("cooking", "driving", "first-aid", "it", "music", "sport",
            "languages", "admin", "gardening", "care");
    private static final List<String> LANGUAGES = List.of("nl", "fr", "en", "de", "ar");
    private static final Map<String, Coordinates> KNOWN = Map.of("9000", new Coordinates(51.0535, 3.7304),
            "9050", new Coordinates(51.0269, 3.7601), "9040", new Coordinates(51.0772, 3.7622),
            "3500", new Coordinates(50.9151, 5.3229), "1730", new Coordinates(50.9087, 4.2288));
    // codes without coordinates exercise the fallbacks: same code, same first two digits, unknown
    private static final List<String> CODES = List.of("9000", "9050", "9040", "3500", "1730", "9001", "9099",
            "3599", "1799");
    private static final LocalDate MONDAY = LocalDate.of(2026, 11, 30);

    private static final class Seniority implements MatchScorer {

        @Override
        public String id() {
            return "seniority";
        }

        @Override
        public double score(VolunteerProfile volunteer, VacancyProfile vacancy) {
            return volunteer.skills().size() / 4.0;
        }

        @Override
        public LocalizedText reason(VolunteerProfile volunteer, VacancyProfile vacancy, double score) {
            return LocalizedText.of("ervaring", "experience");
        }
    }

    @Test
    void theIndexGivesWhatBruteForceGives() {
        PostalCodes postalCodes = new PostalCodes(KNOWN);
        for (long seed = 1; seed <= 100; seed++) {
            Random random = new Random(seed);
            MatchEngine engine = new MatchEngine(postalCodes);
            Map<UUID, VolunteerProfile> volunteers = new HashMap<>();
            for (int i = 0; i < 300; i++) {
                VolunteerProfile volunteer = volunteer(random, id(random));
                engine.putVolunteer(volunteer, 1);
                volunteers.put(volunteer.id(), volunteer);
            }
            // changes after the first load: updates and removals, as volunteer events bring them
            for (UUID id : new ArrayList<>(volunteers.keySet()).subList(0, 40)) {
                if (random.nextBoolean()) {
                    VolunteerProfile changed = volunteer(random, id);
                    engine.putVolunteer(changed, 2);
                    volunteers.put(id, changed);
                } else {
                    engine.removeVolunteer(id);
                    volunteers.remove(id);
                }
            }
            List<VacancyProfile> vacancies = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                vacancies.add(vacancy(random));
            }
            engine.replaceVacancies(vacancies);
            MatchingWeights weights = new MatchingWeights(random.nextDouble(), random.nextDouble(), random.nextDouble(),
                    random.nextDouble(), random.nextDouble(), 5 + random.nextInt(100), Map.of("seniority",
                            random.nextDouble()), 0.1);
            List<MatchScorer> scorers = random.nextBoolean() ? List.of(new Seniority()) : List.of();
            MatchEngine.Scoring scoring = new MatchEngine.Scoring(weights, scorers);

            for (int query = 0; query < 5; query++) {
                int limit = 1 + random.nextInt(40);
                VacancyProfile vacancy = vacancies.get(random.nextInt(vacancies.size()));
                List<Match> expected = bruteForce(volunteers.values().stream()
                        .map(v -> reference(v, vacancy, scoring, postalCodes)).toList(), limit);
                assertEquals(ranking(expected), ranking(engine.candidatesFor(vacancy, limit, scoring)),
                        "candidates, seed " + seed);

                VolunteerProfile volunteer = volunteer(random, id(random));
                expected = bruteForce(vacancies.stream()
                        .map(v -> reference(volunteer, v, scoring, postalCodes)).toList(), limit);
                assertEquals(ranking(expected), ranking(engine.vacanciesFor(volunteer, null, limit, scoring)),
                        "vacancies, seed " + seed);
            }
        }
    }

    private record Ranked(UUID volunteerId, UUID vacancyId, double score) {
    }

    private static List<Ranked> ranking(List<Match> matches) {
        return matches.stream().map(m -> new Ranked(m.volunteerId(), m.vacancyId(), m.score())).toList();
    }

    /** Sorts every pair that passed the filters: best score first, then the lower id of the other side. */
    private static List<Match> bruteForce(List<Match> scored, int limit) {
        List<Match> all = new ArrayList<>(scored.stream().filter(m -> m != null).toList());
        boolean byVolunteer = all.stream().map(Match::vacancyId).distinct().count() <= 1;
        all.sort(Comparator.comparingDouble(Match::score).reversed()
                .thenComparing(m -> byVolunteer ? m.volunteerId() : m.vacancyId()));
        return all.subList(0, Math.min(limit, all.size()));
    }

    /** The rules, written out over plain sets: null when a hard filter rules the pair out. */
    private static Match reference(VolunteerProfile volunteer, VacancyProfile vacancy, MatchEngine.Scoring scoring,
            PostalCodes postalCodes) {
        if (!volunteer.skills().containsAll(vacancy.mustHave())) {
            return null;
        }
        if (vacancy.oneOff() != null && volunteer.unavailableDates().contains(vacancy.oneOff().date())) {
            return null;
        }
        Set<Integer> asked = vacancy.oneOff() != null
                ? quarters(List.of(new WeeklySlot(vacancy.oneOff().date().getDayOfWeek(), vacancy.oneOff().from(),
                        vacancy.oneOff().to())))
                : quarters(vacancy.recurring().slots());
        Set<Integer> both = new HashSet<>(quarters(volunteer.availability()));
        both.retainAll(asked);
        // no weekly availability given: unknown, never a reason to leave someone out, half the score
        boolean unknown = volunteer.availability().isEmpty();
        if (vacancy.recurring() != null && !asked.isEmpty() && both.isEmpty() && !unknown) {
            return null;
        }
        Set<String> nice = new HashSet<>(vacancy.niceToHave());
        nice.retainAll(volunteer.skills());
        double niceScore = vacancy.niceToHave().isEmpty() ? 1 : (double) nice.size() / vacancy.niceToHave().size();
        double availability = asked.isEmpty() ? 1 : unknown ? 0.5 : (double) both.size() / asked.size();
        Coordinates home = postalCodes.centre(volunteer.postalCode());
        Coordinates work = vacancy.coordinates() != null ? vacancy.coordinates()
                : postalCodes.centre(vacancy.postalCode());
        MatchingWeights weights = scoring.weights();
        double distance;
        if (home != null && work != null) {
            distance = Math.max(0, 1 - home.kilometresTo(work) / weights.maxDistanceKm());
        } else if (volunteer.postalCode().equals(vacancy.postalCode())) {
            distance = 1;
        } else {
            distance = volunteer.postalCode().substring(0, 2).equals(vacancy.postalCode().substring(0, 2)) ? 0.5 : 0;
        }
        double preference = volunteer.preference() == Preference.BOTH
                || volunteer.preference().name().equals(vacancy.kind().name()) ? 1 : 0;
        double languages = vacancy.languages().isEmpty()
                || volunteer.languages().stream().anyMatch(vacancy.languages()::contains) ? 1 : 0;
        double total = weights.niceToHaveSkills() + weights.availability() + weights.distance()
                + weights.preference() + weights.languages();
        for (MatchScorer scorer : scoring.scorers()) {
            total += weights.weightOf(scorer.id());
        }
        // the same order of arithmetic as the engine, so that equal rules give bit-equal scores
        double score = weights.niceToHaveSkills() / total * niceScore + weights.availability() / total * availability
                + weights.distance() / total * distance + weights.preference() / total * preference
                + weights.languages() / total * languages;
        for (MatchScorer scorer : scoring.scorers()) {
            score += weights.weightOf(scorer.id()) / total
                    * Math.max(0, Math.min(1, scorer.score(volunteer, vacancy)));
        }
        return new Match(volunteer.id(), vacancy.id(), Math.round(score * 10_000) / 10_000.0, List.of());
    }

    /** Every quarter-hour of the week a slot overlaps, counted minute by minute. */
    private static Set<Integer> quarters(List<WeeklySlot> slots) {
        Set<Integer> quarters = new HashSet<>();
        for (WeeklySlot slot : slots) {
            int from = slot.from().toSecondOfDay() / 60;
            int to = slot.to().isAfter(slot.from()) ? slot.to().toSecondOfDay() / 60 : 24 * 60;
            for (int minute = from; minute < to; minute++) {
                quarters.add((slot.day().getValue() - 1) * 96 + minute / 15);
            }
        }
        return quarters;
    }

    private static UUID id(Random random) {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private static VolunteerProfile volunteer(Random random, UUID id) {
        Set<LocalDate> unavailable = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            unavailable.add(MONDAY.plusDays(random.nextInt(14)));
        }
        return new VolunteerProfile(id, pick(random, SKILLS, 5), pick(random, LANGUAGES, 3),
                CODES.get(random.nextInt(CODES.size())), null, slots(random, random.nextInt(5)), unavailable,
                Preference.values()[random.nextInt(3)]);
    }

    private static VacancyProfile vacancy(Random random) {
        Set<String> mustHave = random.nextInt(3) == 0 ? pick(random, SKILLS, 2) : Set.of();
        Coordinates exact = random.nextInt(4) == 0
                ? new Coordinates(50.7 + random.nextDouble() * 0.6, 3.5 + random.nextDouble() * 2) : null;
        boolean oneOff = random.nextBoolean();
        WeeklySlot slot = slots(random, 1).get(0);
        return new VacancyProfile(id(random), mustHave, pick(random, SKILLS, 4), pick(random, LANGUAGES, 2),
                CODES.get(random.nextInt(CODES.size())), null, exact,
                oneOff ? new VacancyProfile.OneOff(MONDAY.plusDays(random.nextInt(14)), slot.from(), slot.to()) : null,
                oneOff ? null : new VacancyProfile.Recurring(slots(random, 1 + random.nextInt(3)), MONDAY, null),
                EngagementKind.values()[random.nextInt(2)]);
    }

    private static List<WeeklySlot> slots(Random random, int count) {
        List<WeeklySlot> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int from = 6 * 60 + random.nextInt(14 * 60);
            int length = random.nextInt(6) == 0 ? 0 : 1 + random.nextInt(5 * 60);
            slots.add(new WeeklySlot(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.ofSecondOfDay(from * 60L),
                    LocalTime.ofSecondOfDay(Math.min(from + length, 24 * 60 - 1) * 60L)));
        }
        return slots;
    }

    private static Set<String> pick(Random random, List<String> from, int most) {
        Set<String> picked = new HashSet<>();
        for (int i = random.nextInt(most + 1); i > 0; i--) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return picked;
    }
}
