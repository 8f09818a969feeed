package be.pillars.external.internal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Map;
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

class MatchEngineTest {

    static final PostalCodes CODES = new PostalCodes(Map.of(
            "9000", new Coordinates(51.05, 3.72), "3500", new Coordinates(50.93, 5.34),
            "1730", new Coordinates(50.91, 4.20)));
    static final MatchingWeights WEIGHTS = new MatchingWeights(0.30, 0.25, 0.20, 0.15, 0.10, 25, Map.of(), 0.10);
    static final LocalDate SATURDAY = LocalDate.of(2026, 12, 5);
    static final List<WeeklySlot> SATURDAY_MORNING = List.of(
            new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)));

    private final MatchEngine engine = new MatchEngine(CODES);

    static VolunteerProfile volunteer(Set<String> skills, String postalCode, List<WeeklySlot> availability,
            Set<LocalDate> unavailable) {
        return new VolunteerProfile(UUID.randomUUID(), skills, Set.of("nl"), postalCode, null, availability,
                unavailable, Preference.BOTH);
    }

    static VacancyProfile oneOff(Set<String> mustHave, Set<String> niceToHave, String postalCode) {
        return new VacancyProfile(UUID.randomUUID(), mustHave, niceToHave, Set.of(), postalCode, null, null,
                new VacancyProfile.OneOff(SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)), null,
                EngagementKind.OCCASIONAL);
    }

    private List<Match> candidates(VacancyProfile vacancy, MatchScorer... scorers) {
        return engine.candidatesFor(vacancy, 10, new MatchEngine.Scoring(WEIGHTS, List.of(scorers)));
    }

    private static Match.Contribution part(Match match, String scorer) {
        return match.contributions().stream().filter(c -> c.scorer().equals(scorer)).findFirst().orElseThrow();
    }

    @Test
    void mustHaveSkillsAndAnUnavailableDateFilter() {
        VolunteerProfile cook = volunteer(Set.of("cooking", "first-aid"), "9000", SATURDAY_MORNING, Set.of());
        VolunteerProfile noFirstAid = volunteer(Set.of("cooking"), "9000", SATURDAY_MORNING, Set.of());
        VolunteerProfile away = volunteer(Set.of("cooking", "first-aid"), "9000", SATURDAY_MORNING, Set.of(SATURDAY));
        List.of(cook, noFirstAid, away).forEach(v -> engine.putVolunteer(v, 1));

        List<Match> matches = candidates(oneOff(Set.of("first-aid"), Set.of("cooking"), "9000"));

        assertEquals(List.of(cook.id()), matches.stream().map(Match::volunteerId).toList());
        assertEquals(1.0, matches.get(0).score());
        assertEquals("1 of 1 nice-to-have skills", part(matches.get(0), MatchEngine.NICE_TO_HAVE).reason().en());
        assertEquals("Available for 100% of the time asked",
                part(matches.get(0), MatchEngine.AVAILABILITY).reason().en());
    }

    @Test
    void recurringWorkNeedsSomeOverlapAndScoresItsShare() {
        VolunteerProfile saturdays = volunteer(Set.of(), "9000", List.of(
                new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(10, 0), LocalTime.of(11, 30))), Set.of());
        VolunteerProfile mondays = volunteer(Set.of(), "9000", List.of(
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), Set.of());
        engine.putVolunteer(saturdays, 1);
        engine.putVolunteer(mondays, 1);
        VacancyProfile weekly = new VacancyProfile(UUID.randomUUID(), Set.of(), Set.of(), Set.of(), "9000", null,
                null, null, new VacancyProfile.Recurring(SATURDAY_MORNING, SATURDAY, null), EngagementKind.REGULAR);

        List<Match> matches = candidates(weekly);

        assertEquals(List.of(saturdays.id()), matches.stream().map(Match::volunteerId).toList());
        assertEquals(0.5, part(matches.get(0), MatchEngine.AVAILABILITY).score());
        assertEquals("Beschikbaar voor 50% van de gevraagde tijd",
                part(matches.get(0), MatchEngine.AVAILABILITY).reason().nl());
    }

    @Test
    void unknownWeeklyAvailabilityFiltersNobodyOutAndScoresHalf() {
        VolunteerProfile unknown = volunteer(Set.of("cooking"), "9000", List.of(), Set.of());
        VolunteerProfile saturdays = volunteer(Set.of("cooking"), "9000", SATURDAY_MORNING, Set.of());
        VolunteerProfile mondays = volunteer(Set.of("cooking"), "9000", List.of(
                new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))), Set.of());
        List.of(unknown, saturdays, mondays).forEach(v -> engine.putVolunteer(v, 1));
        VacancyProfile weekly = new VacancyProfile(UUID.randomUUID(), Set.of("cooking"), Set.of(), Set.of(), "9000",
                null, null, null, new VacancyProfile.Recurring(SATURDAY_MORNING, SATURDAY, null),
                EngagementKind.REGULAR);

        List<Match> matches = candidates(weekly);

        // the sure one first, the unknown one next; the one surely not free stays out, as before
        assertEquals(List.of(saturdays.id(), unknown.id()), matches.stream().map(Match::volunteerId).toList());
        Match.Contribution availability = part(matches.get(1), MatchEngine.AVAILABILITY);
        assertEquals(MatchEngine.UNKNOWN_AVAILABILITY_SCORE, availability.score());
        assertEquals(1 - 0.25 * 0.5, matches.get(1).score());
        assertTrue(availability.reason().en().startsWith("Availability unknown"), availability.reason().en());
        assertTrue(availability.reason().nl().startsWith("Beschikbaarheid onbekend"), availability.reason().nl());

        // a one-off day: unknown too, not 0%
        Match oneOff = candidates(oneOff(Set.of(), Set.of(), "9000")).stream()
                .filter(m -> m.volunteerId().equals(unknown.id())).findFirst().orElseThrow();
        assertEquals(0.5, part(oneOff, MatchEngine.AVAILABILITY).score());

        // and in the other direction
        List<Match> forUnknown = engine.vacanciesFor(unknown, null, 10, new MatchEngine.Scoring(WEIGHTS, List.of()));
        assertEquals(0, forUnknown.size()); // no vacancies replaced into the index yet
        engine.replaceVacancies(List.of(weekly));
        forUnknown = engine.vacanciesFor(unknown, EngagementKind.REGULAR, 10,
                new MatchEngine.Scoring(WEIGHTS, List.of()));
        assertEquals(List.of(weekly.id()), forUnknown.stream().map(Match::vacancyId).toList());
    }

    @Test
    void distanceUsesCoordinatesAndFallsBackExplicitlyOnPostalCodes() {
        VolunteerProfile hasselt = volunteer(Set.of(), "3500", SATURDAY_MORNING, Set.of());
        VolunteerProfile sameUnknownCode = volunteer(Set.of(), "9999", SATURDAY_MORNING, Set.of());
        VolunteerProfile sameRegion = volunteer(Set.of(), "9988", SATURDAY_MORNING, Set.of());
        VolunteerProfile elsewhere = volunteer(Set.of(), "8888", SATURDAY_MORNING, Set.of());
        List.of(hasselt, sameUnknownCode, sameRegion, elsewhere).forEach(v -> engine.putVolunteer(v, 1));

        Map<UUID, Match.Contribution> byVolunteer = new java.util.HashMap<>();
        candidates(oneOff(Set.of(), Set.of(), "9999")).forEach(m -> byVolunteer.put(m.volunteerId(),
                part(m, MatchEngine.DISTANCE)));
        assertEquals(1.0, byVolunteer.get(sameUnknownCode.id()).score());
        assertEquals("No coordinates known; same postal code 9999, so distance 0",
                byVolunteer.get(sameUnknownCode.id()).reason().en());
        assertEquals(MatchEngine.SAME_REGION_SCORE, byVolunteer.get(sameRegion.id()).score());
        assertTrue(byVolunteer.get(sameRegion.id()).reason().en().contains("same region"));
        assertEquals(0.0, byVolunteer.get(elsewhere.id()).score());
        assertEquals("No coordinates known for 8888 or 9999; distance unknown",
                byVolunteer.get(elsewhere.id()).reason().en());

        VacancyProfile inAsse = new VacancyProfile(UUID.randomUUID(), Set.of(), Set.of(), Set.of(), "1730", null,
                new Coordinates(50.93, 5.30), new VacancyProfile.OneOff(SATURDAY, LocalTime.of(9, 0),
                        LocalTime.of(12, 0)), null, EngagementKind.OCCASIONAL);
        Match.Contribution near = candidates(inAsse).stream().filter(m -> m.volunteerId().equals(hasselt.id()))
                .findFirst().map(m -> part(m, MatchEngine.DISTANCE)).orElseThrow();
        assertEquals("2,8 km van huis (tot 25 km telt)", near.reason().nl());
        assertEquals(1 - new Coordinates(50.93, 5.34).kilometresTo(new Coordinates(50.93, 5.30)) / 25, near.score());
    }

    @Test
    void preferenceAndLanguagesScore() {
        VolunteerProfile regularFrench = new VolunteerProfile(UUID.randomUUID(), Set.of(), Set.of("fr"), "9000", null,
                SATURDAY_MORNING, Set.of(), Preference.REGULAR);
        engine.putVolunteer(regularFrench, 1);
        VacancyProfile dutchOneOff = new VacancyProfile(UUID.randomUUID(), Set.of(), Set.of(), Set.of("nl"), "9000",
                null, null, new VacancyProfile.OneOff(SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)), null,
                EngagementKind.OCCASIONAL);

        Match match = candidates(dutchOneOff).get(0);

        assertEquals(0.0, part(match, MatchEngine.PREFERENCE).score());
        assertEquals("Does not look for occasional work", part(match, MatchEngine.PREFERENCE).reason().en());
        assertEquals("Speaks none of the languages asked (nl)", part(match, MatchEngine.LANGUAGES).reason().en());
        assertEquals(0.75, match.score());
    }

    /** Like the custom-pillar example: a bonus for living in the district where the work is. */
    private static final class SameDistrict implements MatchScorer {

        @Override
        public String id() {
            return "same-district";
        }

        @Override
        public double score(VolunteerProfile volunteer, VacancyProfile vacancy) {
            return vacancy.district() != null && vacancy.district().equals(volunteer.district()) ? 1 : 0;
        }

        @Override
        public LocalizedText reason(VolunteerProfile volunteer, VacancyProfile vacancy, double score) {
            return LocalizedText.of("Woont in Ledeberg: " + score, "Lives in Ledeberg: " + score);
        }
    }

    @Test
    void picksUpAnAddedScorerWithItsConfiguredWeight() {
        VolunteerProfile ledeberg = new VolunteerProfile(UUID.randomUUID(), Set.of(), Set.of(), "9000", "Ledeberg",
                SATURDAY_MORNING, Set.of(), Preference.REGULAR);
        VolunteerProfile centre = new VolunteerProfile(UUID.randomUUID(), Set.of(), Set.of(), "9000", "Centrum",
                SATURDAY_MORNING, Set.of(), Preference.BOTH);
        engine.putVolunteer(ledeberg, 1);
        engine.putVolunteer(centre, 1);
        VacancyProfile vacancy = new VacancyProfile(UUID.randomUUID(), Set.of(), Set.of(), Set.of(), "9000", "Ledeberg",
                null, new VacancyProfile.OneOff(SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)), null,
                EngagementKind.OCCASIONAL);
        MatchingWeights weighted = new MatchingWeights(0.30, 0.25, 0.20, 0.15, 0.10, 25,
                Map.of("same-district", 0.5), 0.10);

        List<Match> without = engine.candidatesFor(vacancy, 10, new MatchEngine.Scoring(WEIGHTS, List.of()));
        List<Match> with = engine.candidatesFor(vacancy, 10,
                new MatchEngine.Scoring(weighted, List.of(new SameDistrict())));

        assertEquals(List.of(centre.id(), ledeberg.id()), without.stream().map(Match::volunteerId).toList());
        assertEquals(0.85, without.get(1).score());
        assertEquals(List.of(ledeberg.id(), centre.id()), with.stream().map(Match::volunteerId).toList());
        Match.Contribution bonus = part(with.get(0), "same-district");
        assertEquals(0.5 / 1.5, bonus.weight(), 1e-12);
        assertEquals("Lives in Ledeberg: 1.0", bonus.reason().en());
        assertEquals(MatchEngine.round((0.85 + 0.5) / 1.5), with.get(0).score());
        assertEquals(MatchEngine.round(1 / 1.5), with.get(1).score());
    }

    @Test
    void findsTheBestVacanciesForAVolunteerAndForgetsRemovedVolunteers() {
        VolunteerProfile cook = volunteer(Set.of("cooking"), "9000", SATURDAY_MORNING, Set.of());
        VacancyProfile kitchen = oneOff(Set.of("cooking"), Set.of(), "9000");
        VacancyProfile far = oneOff(Set.of(), Set.of(), "3500");
        VacancyProfile driver = oneOff(Set.of("driving"), Set.of(), "9000");
        engine.replaceVacancies(List.of(far, driver, kitchen));

        List<Match> matches = engine.vacanciesFor(cook, null, 5, new MatchEngine.Scoring(WEIGHTS, List.of()));

        assertEquals(List.of(kitchen.id(), far.id()), matches.stream().map(Match::vacancyId).toList());
        engine.putVolunteer(cook, 1);
        assertEquals(1, candidates(kitchen).size());
        engine.removeVolunteer(cook.id());
        assertEquals(0, candidates(kitchen).size());
    }

    @Test
    void vacanciesForAVolunteerCanBeLimitedToOneKind() {
        VolunteerProfile cook = volunteer(Set.of("cooking"), "9000", SATURDAY_MORNING, Set.of());
        VacancyProfile party = oneOff(Set.of(), Set.of(), "9000");
        VacancyProfile weekly = new VacancyProfile(UUID.randomUUID(), Set.of(), Set.of(), Set.of(), "3500", null,
                null, null, new VacancyProfile.Recurring(SATURDAY_MORNING, SATURDAY, null), EngagementKind.REGULAR);
        engine.replaceVacancies(List.of(party, weekly));
        MatchEngine.Scoring scoring = new MatchEngine.Scoring(WEIGHTS, List.of());

        assertEquals(List.of(party.id(), weekly.id()), engine.vacanciesFor(cook, null, 5, scoring).stream()
                .map(Match::vacancyId).toList());
        assertEquals(List.of(weekly.id()), engine.vacanciesFor(cook, EngagementKind.REGULAR, 5, scoring).stream()
                .map(Match::vacancyId).toList());
    }

    @Test
    void anOlderVersionDoesNotReplaceANewerOne() {
        VolunteerProfile fresh = volunteer(Set.of("cooking"), "9000", SATURDAY_MORNING, Set.of());
        VolunteerProfile stale = new VolunteerProfile(fresh.id(), Set.of(), Set.of(), "9000", null, SATURDAY_MORNING,
                Set.of(), Preference.BOTH);
        engine.putVolunteer(fresh, 5);
        engine.putVolunteer(stale, 4);
        assertEquals(1, candidates(oneOff(Set.of("cooking"), Set.of(), "9000")).size());
    }
}
