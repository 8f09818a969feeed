package be.pillars.external.internal.matching;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.PriorityQueue;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;

import be.pillars.api.LocalizedText;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.matching.Coordinates;
import be.pillars.api.matching.Match;
import be.pillars.api.matching.MatchScorer;
import be.pillars.api.matching.VacancyProfile;
import be.pillars.api.matching.VolunteerProfile;
import be.pillars.api.volunteer.Preference;
import be.pillars.external.internal.MatchingWeights;

/**
 * The in-memory index that matching queries run on: volunteers and open vacancies compiled to bitsets and
 * coordinates, scored in one pass with a bounded heap for the top N. It only mirrors the database; {@link
 * Matching} fills it and keeps it fresh.
 *
 * <p>Must-have skills and hard unavailability (a one-off date the volunteer is unavailable, or no overlap with
 * recurring slots of a volunteer who gave a weekly availability) filter; a volunteer who gave none is unknown, not
 * unavailable ({@link #UNKNOWN_AVAILABILITY_SCORE}). The score is the weighted mean of the built-in components and every registered
 * {@link MatchScorer}, rounded to 4 decimals; ties go to the lower id, so results are stable.
 */
public final class MatchEngine {

    /** Score of two places whose postal codes lack coordinates but share their first two digits. */
    static final double SAME_REGION_SCORE = 0.5;
    /**
     * Availability score of a volunteer who gave no weekly availability at all: unknown, not "never". Such a
     * volunteer is never filtered out for it, and scores half, the middle between "never free then" (0) and
     * "always free then" (1): neither rewarded nor punished against people who said when they are free, so a
     * perfectly fitting person without availability still shows up, below an equally fitting person who is
     * surely free and above one who is surely not free for most of the time.
     */
    static final double UNKNOWN_AVAILABILITY_SCORE = 0.5;
    /** The distance per degree of latitude on the sphere {@link Coordinates} uses: no two places are nearer. */
    private static final double KM_PER_DEGREE_LATITUDE = new Coordinates(0, 0).kilometresTo(new Coordinates(1, 0));

    private static final int WEEK_WORDS = (Bits.QUARTERS_PER_WEEK + 63) / 64;

    static final String NICE_TO_HAVE = "nice-to-have-skills";
    static final String AVAILABILITY = "availability";
    static final String DISTANCE = "distance";
    static final String PREFERENCE = "preference";
    static final String LANGUAGES = "languages";

    private final PostalCodes postalCodes;
    private final Bits.Dictionary skills = new Bits.Dictionary();
    private final Bits.Dictionary languages = new Bits.Dictionary();
    private final Map<UUID, IndexedVolunteer> volunteers = new ConcurrentHashMap<>();
    private final AtomicLong volunteerChanges = new AtomicLong();
    private volatile Scan volunteerScan = new Scan(0);
    private volatile IndexedVacancy[] vacancies = new IndexedVacancy[0];

    /** The weights in force and the scorers other bundles registered. */
    public record Scoring(MatchingWeights weights, List<MatchScorer> scorers) {

        public Scoring {
            scorers = List.copyOf(scorers);
        }
    }

    /**
     * {@code indexedAt}: the count of changes to the index when this volunteer was put. {@code unavailableDays} are
     * the epoch days of the unavailable dates, and the preference is split per kind, so a scan does not hash dates
     * or compare names.
     */
    private record IndexedVolunteer(VolunteerProfile profile, long version, long[] skills, long[] languages,
            long[] week, boolean weekUnknown, Coordinates place, long[] unavailableDays, boolean wantsOccasional,
            boolean wantsRegular, long indexedAt) {

        boolean unavailableOn(long epochDay) {
            for (long day : unavailableDays) {
                if (day == epochDay) {
                    return true;
                }
            }
            return false;
        }

    }

    /**
     * The volunteers as they were after {@code changes} changes, laid out for scoring: their bitsets side by side in
     * flat arrays, one stride per volunteer, so that a scan of 100,000 reads memory in order instead of chasing a
     * handful of objects for each. The records stay for what only the best few need (distance, added scorers,
     * reasons).
     */
    private static final class Scan {

        final long changes;
        final IndexedVolunteer[] volunteers;
        final int skillStride;
        final long[] skills;
        final int languageStride;
        final long[] languages;
        final long[] weeks;
        final boolean[] wantsOccasional;
        final boolean[] wantsRegular;
        final boolean[] anyUnavailable;
        final boolean[] weekUnknown;

        Scan(long changes, IndexedVolunteer... volunteers) {
            this.changes = changes;
            this.volunteers = volunteers;
            int count = volunteers.length;
            skillStride = Arrays.stream(volunteers).mapToInt(v -> v.skills().length).max().orElse(0);
            languageStride = Arrays.stream(volunteers).mapToInt(v -> v.languages().length).max().orElse(0);
            skills = new long[count * skillStride];
            languages = new long[count * languageStride];
            weeks = new long[count * WEEK_WORDS];
            wantsOccasional = new boolean[count];
            wantsRegular = new boolean[count];
            anyUnavailable = new boolean[count];
            weekUnknown = new boolean[count];
            for (int i = 0; i < count; i++) {
                IndexedVolunteer volunteer = volunteers[i];
                System.arraycopy(volunteer.skills(), 0, skills, i * skillStride, volunteer.skills().length);
                System.arraycopy(volunteer.languages(), 0, languages, i * languageStride,
                        volunteer.languages().length);
                System.arraycopy(volunteer.week(), 0, weeks, i * WEEK_WORDS, WEEK_WORDS);
                wantsOccasional[i] = volunteer.wantsOccasional();
                wantsRegular[i] = volunteer.wantsRegular();
                anyUnavailable[i] = volunteer.unavailableDays().length > 0;
                weekUnknown[i] = volunteer.weekUnknown();
            }
        }

        boolean wants(int i, EngagementKind kind) {
            return kind == EngagementKind.OCCASIONAL ? wantsOccasional[i] : wantsRegular[i];
        }

        int skillsAmong(int i, long[] asked) {
            return Bits.countBoth(skills, i * skillStride, skillStride, asked);
        }

        int overlap(int i, long[] week) {
            return Bits.countBoth(weeks, i * WEEK_WORDS, WEEK_WORDS, week);
        }
    }

    /** {@code oneOffDay}: the epoch day of one-off work, or {@link Long#MIN_VALUE} for recurring work. */
    private record IndexedVacancy(VacancyProfile profile, long[] mustHave, long[] niceToHave, int niceToHaveCount,
            long[] languages, long[] week, int weekCount, Coordinates place, long oneOffDay) {
    }

    public MatchEngine(PostalCodes postalCodes) {
        this.postalCodes = postalCodes;
    }

    /** Adds or replaces a volunteer, unless the index already holds a newer version. */
    public void putVolunteer(VolunteerProfile profile, long version) {
        IndexedVolunteer indexed = index(profile, version, volunteerChanges.get());
        volunteers.merge(profile.id(), indexed, (old, fresh) -> old.version() > fresh.version() ? old : fresh);
        volunteerChanges.incrementAndGet();
    }

    private IndexedVolunteer index(VolunteerProfile profile, long version, long indexedAt) {
        Preference preference = profile.preference();
        return new IndexedVolunteer(profile, version, skills.of(profile.skills()), languages.of(profile.languages()),
                Bits.week(profile.availability()), profile.availability().isEmpty(), postalCodes.centre(profile.postalCode()),
                profile.unavailableDates().stream().mapToLong(LocalDate::toEpochDay).toArray(),
                preference != Preference.REGULAR, preference != Preference.OCCASIONAL, indexedAt);
    }

    public void removeVolunteer(UUID id) {
        if (volunteers.remove(id) != null) {
            volunteerChanges.incrementAndGet();
        }
    }

    /** How many changes the volunteers of the index have seen; a full reload starts by noting it. */
    public long volunteerChanges() {
        return volunteerChanges.get();
    }

    /**
     * After a full reload that started at {@code since} changes: forgets the volunteers the reload did not see,
     * unless they were put during the reload (created meanwhile, after the reload read their page).
     */
    public void forgetUnseen(Set<UUID> seen, long since) {
        if (volunteers.values().removeIf(v -> v.indexedAt() < since && !seen.contains(v.profile().id()))) {
            volunteerChanges.incrementAndGet();
        }
    }

    public int volunteerCount() {
        return volunteers.size();
    }

    /** Replaces the open vacancies. */
    public void replaceVacancies(Collection<VacancyProfile> open) {
        vacancies = open.stream().map(this::index).toArray(IndexedVacancy[]::new);
    }

    public int vacancyCount() {
        return vacancies.length;
    }

    private IndexedVacancy index(VacancyProfile vacancy) {
        long[] week = vacancy.oneOff() != null
                ? Bits.week(vacancy.oneOff().date().getDayOfWeek(), vacancy.oneOff().from(), vacancy.oneOff().to())
                : Bits.week(vacancy.recurring().slots());
        return new IndexedVacancy(vacancy, skills.of(vacancy.mustHave()), skills.of(vacancy.niceToHave()),
                vacancy.niceToHave().size(), languages.of(vacancy.languages()), week, Bits.count(week),
                vacancy.coordinates() != null ? vacancy.coordinates() : postalCodes.centre(vacancy.postalCode()),
                vacancy.oneOff() != null ? vacancy.oneOff().date().toEpochDay() : Long.MIN_VALUE);
    }

    /** The best volunteers for a vacancy, best first. */
    public List<Match> candidatesFor(VacancyProfile vacancy, int limit, Scoring scoring) {
        IndexedVacancy job = index(vacancy);
        Weights weights = new Weights(scoring);
        Scan scan = scan();
        PriorityQueue<Scored<Integer>> best = new PriorityQueue<>(limit + 1, Scored.worstFirst());
        for (int i = 0; i < scan.volunteers.length; i++) {
            double score = score(scan, i, job, weights, scoring, floor(best, limit));
            if (!Double.isNaN(score)) {
                offer(best, limit, i, scan.volunteers[i].profile().id(), score);
            }
        }
        return sorted(best).stream().map(scored -> explain(scan, scored.item(), job, scored.score(), weights,
                scoring)).toList();
    }

    /** The best open vacancies for a volunteer, best first; only those of kind {@code only} unless it is null. */
    public List<Match> vacanciesFor(VolunteerProfile profile, EngagementKind only, int limit, Scoring scoring) {
        Scan volunteer = new Scan(0, index(profile, 0, 0));
        Weights weights = new Weights(scoring);
        PriorityQueue<Scored<IndexedVacancy>> best = new PriorityQueue<>(limit + 1, Scored.worstFirst());
        for (IndexedVacancy job : vacancies) {
            if (only == null || job.profile().kind() == only) {
                offer(best, limit, job, job.profile().id(), score(volunteer, 0, job, weights, scoring,
                        floor(best, limit)));
            }
        }
        return sorted(best).stream().map(scored -> explain(volunteer, 0, scored.item(), scored.score(), weights,
                scoring)).toList();
    }

    /** Rebuilt only after a change; a change during the rebuild makes the next query rebuild again. */
    private Scan scan() {
        long changes = volunteerChanges.get();
        Scan scan = volunteerScan;
        if (scan.changes != changes) {
            scan = new Scan(changes, volunteers.values().toArray(IndexedVolunteer[]::new));
            volunteerScan = scan;
        }
        return scan;
    }

    private record Scored<T>(T item, UUID id, double score) {

        /** The head of the heap is the one to drop first: the lowest score, then the highest id. */
        static <T> Comparator<Scored<T>> worstFirst() {
            return Comparator.<Scored<T>>comparingDouble(Scored::score)
                    .thenComparing(Scored::id, Comparator.reverseOrder());
        }
    }

    /** The score a newcomer must at least reach to enter the top: the worst one's once the heap is full. */
    private static <T> double floor(PriorityQueue<Scored<T>> best, int limit) {
        return best.size() < limit ? Double.NEGATIVE_INFINITY : best.peek().score();
    }

    private static <T> void offer(PriorityQueue<Scored<T>> best, int limit, T item, UUID id, double score) {
        if (Double.isNaN(score)) {
            return;
        }
        if (best.size() < limit) {
            best.add(new Scored<>(item, id, score));
            return;
        }
        Scored<T> worst = best.peek();
        if (score > worst.score() || score == worst.score() && id.compareTo(worst.id()) < 0) {
            best.poll();
            best.add(new Scored<>(item, id, score));
        }
    }

    private static <T> List<Scored<T>> sorted(PriorityQueue<Scored<T>> best) {
        List<Scored<T>> list = new ArrayList<>(best);
        list.sort(Scored.<T>worstFirst().reversed());
        return list;
    }

    /** The weights scaled to add up to 1, built-in components first, then the registered scorers. */
    private static final class Weights {

        final double niceToHave;
        final double availability;
        final double distance;
        final double preference;
        final double languages;
        final double[] scorers;
        final int maxDistanceKm;

        Weights(Scoring scoring) {
            MatchingWeights configured = scoring.weights();
            double[] extra = scoring.scorers().stream().mapToDouble(s -> configured.weightOf(s.id())).toArray();
            double total = configured.niceToHaveSkills() + configured.availability() + configured.distance()
                    + configured.preference() + configured.languages();
            for (double weight : extra) {
                total += weight;
            }
            niceToHave = configured.niceToHaveSkills() / total;
            availability = configured.availability() / total;
            distance = configured.distance() / total;
            preference = configured.preference() / total;
            languages = configured.languages() / total;
            for (int i = 0; i < extra.length; i++) {
                extra[i] /= total;
            }
            scorers = extra;
            maxDistanceKm = configured.maxDistanceKm();
        }
    }

    /**
     * The rounded weighted score, or NaN when a hard filter rules the pair out or when even a perfect distance and
     * perfect added scorers could not lift it to {@code floor}: then the costly parts are not computed. The bound
     * is summed in the same order as the score, so it is never below it, also in floating point.
     */
    private double score(Scan scan, int i, IndexedVacancy job, Weights weights, Scoring scoring, double floor) {
        VacancyProfile vacancy = job.profile();
        if (!Bits.containsAll(scan.skills, i * scan.skillStride, scan.skillStride, job.mustHave())) {
            return Double.NaN;
        }
        int overlap = scan.overlap(i, job.week());
        if (vacancy.recurring() != null && job.weekCount() > 0 && overlap == 0 && !scan.weekUnknown[i]) {
            return Double.NaN;
        }
        double nice = weights.niceToHave * niceToHave(scan, i, job);
        double available = weights.availability * availability(scan, i, overlap, job);
        double preferred = weights.preference * (scan.wants(i, vacancy.kind()) ? 1 : 0);
        double spoken = weights.languages * languages(scan, i, job);
        List<MatchScorer> scorers = scoring.scorers();
        double bound = nice + available + weights.distance + preferred + spoken;
        for (double weight : weights.scorers) {
            bound += weight;
        }
        if (round(bound) < floor) {
            return Double.NaN;
        }
        // a filter too, but one that reads the volunteer's own record: only for those who could enter the top
        IndexedVolunteer volunteer = scan.volunteers[i];
        if (job.oneOffDay() != Long.MIN_VALUE && scan.anyUnavailable[i] && volunteer.unavailableOn(job.oneOffDay())) {
            return Double.NaN;
        }
        double total = nice + available + weights.distance * distance(volunteer, job, weights.maxDistanceKm)
                + preferred + spoken;
        for (int k = 0; k < scorers.size(); k++) {
            total += weights.scorers[k] * clamp(scorers.get(k).score(volunteer.profile(), vacancy));
        }
        return round(total);
    }

    static double round(double score) {
        return Math.round(score * 10_000) / 10_000.0;
    }

    private static double clamp(double score) {
        return Double.isNaN(score) ? 0 : Math.max(0, Math.min(1, score));
    }

    private static double niceToHave(Scan scan, int i, IndexedVacancy job) {
        return job.niceToHaveCount() == 0 ? 1 : (double) scan.skillsAmong(i, job.niceToHave()) / job.niceToHaveCount();
    }

    /** 1 when the vacancy asks no time; {@link #UNKNOWN_AVAILABILITY_SCORE} when the volunteer gave none. */
    private static double availability(Scan scan, int i, int overlap, IndexedVacancy job) {
        if (job.weekCount() == 0) {
            return 1;
        }
        return scan.weekUnknown[i] ? UNKNOWN_AVAILABILITY_SCORE : (double) overlap / job.weekCount();
    }


    private static double languages(Scan scan, int i, IndexedVacancy job) {
        return job.languages().length == 0
                || Bits.countBoth(scan.languages, i * scan.languageStride, scan.languageStride, job.languages()) > 0
                        ? 1 : 0;
    }

    private double distance(IndexedVolunteer volunteer, IndexedVacancy job, int maxDistanceKm) {
        Coordinates homePlace = volunteer.place();
        Coordinates workPlace = job.place();
        if (homePlace != null && workPlace != null) {
            // no place is nearer than its difference in latitude: far ones score 0 without the trigonometry
            double latitudes = Math.abs(homePlace.latitude() - workPlace.latitude());
            if (latitudes > maxDistanceKm / KM_PER_DEGREE_LATITUDE + 1e-6) {
                return 0;
            }
            return Math.max(0, 1 - homePlace.kilometresTo(workPlace) / maxDistanceKm);
        }
        String home = volunteer.profile().postalCode();
        String work = job.profile().postalCode();
        if (home != null && home.equals(work)) {
            return 1;
        }
        return sameRegion(home, work) ? SAME_REGION_SCORE : 0;
    }

    private static boolean sameRegion(String home, String work) {
        return home != null && work != null && home.length() >= 2 && work.length() >= 2
                && home.regionMatches(0, work, 0, 2);
    }

    private Match explain(Scan scan, int i, IndexedVacancy job, double score, Weights weights, Scoring scoring) {
        IndexedVolunteer volunteer = scan.volunteers[i];
        VolunteerProfile profile = volunteer.profile();
        VacancyProfile vacancy = job.profile();
        List<Match.Contribution> contributions = new ArrayList<>();
        double nice = niceToHave(scan, i, job);
        contributions.add(new Match.Contribution(NICE_TO_HAVE, nice, weights.niceToHave, job.niceToHaveCount() == 0
                ? LocalizedText.of("De vacature vraagt geen gewenste vaardigheden",
                        "The vacancy asks no nice-to-have skills")
                : LocalizedText.of(
                        scan.skillsAmong(i, job.niceToHave()) + " van " + job.niceToHaveCount()
                                + " gewenste vaardigheden",
                        scan.skillsAmong(i, job.niceToHave()) + " of " + job.niceToHaveCount()
                                + " nice-to-have skills")));
        int overlap = scan.overlap(i, job.week());
        double available = availability(scan, i, overlap, job);
        long percent = Math.round(100 * available);
        contributions.add(new Match.Contribution(AVAILABILITY, available, weights.availability,
                job.weekCount() > 0 && scan.weekUnknown[i]
                        ? LocalizedText.of("Beschikbaarheid onbekend: geen wekelijkse beschikbaarheid opgegeven,"
                                        + " telt voor de helft",
                                "Availability unknown: no weekly availability given, counts for half")
                        : LocalizedText.of("Beschikbaar voor " + percent + "% van de gevraagde tijd",
                                "Available for " + percent + "% of the time asked")));
        contributions.add(new Match.Contribution(DISTANCE, distance(volunteer, job, weights.maxDistanceKm),
                weights.distance, distanceReason(volunteer, job, weights.maxDistanceKm)));
        double preferred = scan.wants(i, vacancy.kind()) ? 1 : 0;
        String kindNl = vacancy.kind() == EngagementKind.OCCASIONAL ? "eenmalig" : "regelmatig";
        String kindEn = vacancy.kind() == EngagementKind.OCCASIONAL ? "occasional" : "regular";
        contributions.add(new Match.Contribution(PREFERENCE, preferred, weights.preference, preferred == 1
                ? LocalizedText.of("Zoekt " + kindNl + " werk", "Looks for " + kindEn + " work")
                : LocalizedText.of("Zoekt geen " + kindNl + " werk", "Does not look for " + kindEn + " work")));
        double spoken = languages(scan, i, job);
        String asked = String.join(", ", vacancy.languages().stream().sorted().toList());
        contributions.add(new Match.Contribution(LANGUAGES, spoken, weights.languages, vacancy.languages().isEmpty()
                ? LocalizedText.of("De vacature vraagt geen taal", "The vacancy asks no language")
                : spoken == 1
                        ? LocalizedText.of("Spreekt een gevraagde taal (" + asked + ")",
                                "Speaks a language asked (" + asked + ")")
                        : LocalizedText.of("Spreekt geen van de gevraagde talen (" + asked + ")",
                                "Speaks none of the languages asked (" + asked + ")")));
        List<MatchScorer> scorers = scoring.scorers();
        for (int k = 0; k < scorers.size(); k++) {
            MatchScorer scorer = scorers.get(k);
            double own = clamp(scorer.score(profile, vacancy));
            contributions.add(new Match.Contribution(scorer.id(), own, weights.scorers[k],
                    scorer.reason(profile, vacancy, own)));
        }
        return new Match(profile.id(), vacancy.id(), score, contributions);
    }

    private LocalizedText distanceReason(IndexedVolunteer volunteer, IndexedVacancy job, int maxDistanceKm) {
        String home = volunteer.profile().postalCode();
        String work = job.profile().postalCode();
        if (volunteer.place() != null && job.place() != null) {
            String km = BigDecimal.valueOf(volunteer.place().kilometresTo(job.place()))
                    .setScale(1, RoundingMode.HALF_UP).toPlainString();
            return LocalizedText.of(km.replace('.', ',') + " km van huis (tot " + maxDistanceKm + " km telt)",
                    km + " km from home (up to " + maxDistanceKm + " km counts)");
        }
        if (home != null && home.equals(work)) {
            return LocalizedText.of("Geen coördinaten bekend; zelfde postcode " + home + ", dus afstand 0",
                    "No coordinates known; same postal code " + home + ", so distance 0");
        }
        if (sameRegion(home, work)) {
            return LocalizedText.of("Geen coördinaten bekend; postcodes " + home + " en " + work
                            + " liggen in dezelfde streek (zelfde eerste twee cijfers): halve score",
                    "No coordinates known; postal codes " + home + " and " + work
                            + " are in the same region (same first two digits): half score");
        }
        return LocalizedText.of("Geen coördinaten bekend voor " + home + " of " + work + "; afstand onbekend",
                "No coordinates known for " + home + " or " + work + "; distance unknown");
    }
}
