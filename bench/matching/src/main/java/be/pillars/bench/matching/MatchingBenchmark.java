package be.pillars.bench.matching;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.TimeUnit;

import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.matching.Match;
import be.pillars.api.matching.VacancyProfile;
import be.pillars.api.matching.VolunteerProfile;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.WeeklySlot;
import be.pillars.external.internal.MatchingWeights;
import be.pillars.external.internal.matching.MatchEngine;
import be.pillars.external.internal.matching.PostalCodes;

/**
 * The two matching queries of issue 5 on a seeded random city: top 20 candidates for a vacancy among 100,000
 * volunteers, and top 20 vacancies for a volunteer among 20,000 open vacancies. SampleTime reports percentiles.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@Fork(value = 1, jvmArgs = {"-Xms1g", "-Xmx1g"})
@Warmup(iterations = 3, time = 5)
@Measurement(iterations = 5, time = 10)
public class MatchingBenchmark {

    private static final int VOLUNTEERS = 100_000;
    private static final int VACANCIES = 20_000;
    private static final int TOP = 20;
    private static final LocalDate START = LocalDate.of(2026, 12, 1);

    private final Random random = new Random(20261123);
    private List<String> skills;
    private List<String> postalCodes;
    private MatchEngine engine;
    private MatchEngine.Scoring scoring;
    private VacancyProfile[] vacancies;
    private VolunteerProfile[] volunteers;
    private int next;

    @Setup(Level.Trial)
    public void city() {
        skills = new ArrayList<>();
        for (int i = 0; i < 60; i++) {
            skills.add("skill-" + i);
        }
        // the postal codes of the shipped file that start with 1-3 or 8-9: Flanders and Brussels
        PostalCodes shipped = PostalCodes.shipped();
        postalCodes = new ArrayList<>();
        for (int code = 1000; code <= 9999; code++) {
            char first = Integer.toString(code).charAt(0);
            if (shipped.centre(Integer.toString(code)) != null && (first <= '3' || first >= '8')) {
                postalCodes.add(Integer.toString(code));
            }
        }
        engine = new MatchEngine(shipped);
        volunteers = new VolunteerProfile[VOLUNTEERS];
        for (int i = 0; i < VOLUNTEERS; i++) {
            volunteers[i] = volunteer();
            engine.putVolunteer(volunteers[i], 1);
        }
        vacancies = new VacancyProfile[VACANCIES];
        for (int i = 0; i < VACANCIES; i++) {
            vacancies[i] = vacancy();
        }
        engine.replaceVacancies(List.of(vacancies));
        scoring = new MatchEngine.Scoring(new MatchingWeights(0.30, 0.25, 0.20, 0.15, 0.10, 25, Map.of(), 0.10),
                List.of());
    }

    @Benchmark
    public List<Match> top20CandidatesAmong100000Volunteers() {
        return engine.candidatesFor(vacancies[next++ % VACANCIES], TOP, scoring);
    }

    @Benchmark
    public List<Match> top20VacanciesAmong20000Open() {
        return engine.vacanciesFor(volunteers[next++ % VOLUNTEERS], null, TOP, scoring);
    }

    private UUID id() {
        return new UUID(random.nextLong(), random.nextLong());
    }

    private VolunteerProfile volunteer() {
        Set<LocalDate> unavailable = new HashSet<>();
        for (int i = random.nextInt(4); i > 0; i--) {
            unavailable.add(START.plusDays(random.nextInt(90)));
        }
        return new VolunteerProfile(id(), pick(skills, 2 + random.nextInt(6)), languages(),
                postalCodes.get(random.nextInt(postalCodes.size())), null, slots(1 + random.nextInt(4)), unavailable,
                Preference.values()[random.nextInt(3)]);
    }

    private VacancyProfile vacancy() {
        // attitude first: most vacancies ask no must-have skill, some one, few two
        int mustHave = random.nextInt(10) < 6 ? 0 : random.nextInt(10) < 8 ? 1 : 2;
        boolean oneOff = random.nextBoolean();
        WeeklySlot slot = slots(1).get(0);
        return new VacancyProfile(id(), pick(skills, mustHave), pick(skills, random.nextInt(5)),
                random.nextBoolean() ? Set.of("nl") : Set.of(), postalCodes.get(random.nextInt(postalCodes.size())),
                null, null,
                oneOff ? new VacancyProfile.OneOff(START.plusDays(random.nextInt(90)), slot.from(), slot.to()) : null,
                oneOff ? null : new VacancyProfile.Recurring(slots(1 + random.nextInt(2)), START, null),
                oneOff ? EngagementKind.OCCASIONAL : EngagementKind.REGULAR);
    }

    private Set<String> languages() {
        Set<String> languages = new HashSet<>(Set.of("nl"));
        if (random.nextInt(3) == 0) {
            languages.add(random.nextBoolean() ? "fr" : "en");
        }
        return languages;
    }

    private List<WeeklySlot> slots(int count) {
        List<WeeklySlot> slots = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            int from = 8 + random.nextInt(12);
            slots.add(new WeeklySlot(DayOfWeek.of(1 + random.nextInt(7)), LocalTime.of(from, 0),
                    LocalTime.of(Math.min(23, from + 2 + random.nextInt(3)), 0)));
        }
        return slots;
    }

    private Set<String> pick(List<String> from, int count) {
        Set<String> picked = new HashSet<>();
        while (picked.size() < count) {
            picked.add(from.get(random.nextInt(from.size())));
        }
        return picked;
    }
}
