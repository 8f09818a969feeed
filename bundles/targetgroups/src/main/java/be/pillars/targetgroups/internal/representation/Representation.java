package be.pillars.targetgroups.internal.representation;

import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

import be.pillars.api.LocalizedText;
import be.pillars.targetgroups.internal.MonitorSettings;

/**
 * Computes the representation report from counts: the reference population aged {@value #MINIMUM_AGE} or more,
 * and the active volunteers. Groups with fewer volunteers than the threshold are suppressed, and when a dimension
 * has exactly one such group the next smallest is suppressed too, so that it cannot be worked out from the total.
 */
public final class Representation {

    /** Younger people are left out on both sides: they are not the volunteer group's reference. */
    public static final int MINIMUM_AGE = 16;

    /** The index is shown, and compared with the threshold, with this many decimals. */
    static final int INDEX_DECIMALS = 2;

    static final String UNKNOWN = "unknown";
    static final String OTHER = "other";

    /** An age band, both ends included. */
    record Band(String key, int from, int to) {

        LocalizedText label() {
            String range = to >= 120 ? from + "+" : from + "–" + to;
            return LocalizedText.of(range + " jaar", range + " years");
        }
    }

    static final List<Band> BANDS = List.of(new Band("16-24", 16, 24), new Band("25-34", 25, 34),
            new Band("35-44", 35, 44), new Band("45-54", 45, 54), new Band("55-64", 55, 64), new Band("65-74", 65, 74),
            new Band("75+", 75, 120));

    private static final Set<String> WOMEN = Set.of("f", "v", "vrouw", "woman", "female", "vrouwelijk", "meisje", "girl");
    private static final Set<String> MEN = Set.of("m", "man", "male", "mannelijk", "jongen", "boy");

    /** What one group counts before suppression. */
    private record Count(String key, LocalizedText label, int volunteers, Long population) {
    }

    private Representation() {
    }

    /**
     * The one day on which ages are counted, for the population and the volunteers alike: 1 January of the
     * population's reference year, the day Statbel counts the population on (its {@code CD_AGE} is the age then).
     */
    public static LocalDate referenceDay(PopulationStore.Import population) {
        return LocalDate.of(population.year(), 1, 1);
    }

    public static Report compute(PopulationStore.Import population, List<PopulationCell> cells,
            List<Profile> volunteers, List<TrendYear> trend, MonitorSettings settings) {
        LocalDate asOf = referenceDay(population);
        List<PopulationCell> adults = cells.stream().filter(cell -> cell.age() >= MINIMUM_AGE).toList();
        long people = adults.stream().mapToLong(PopulationCell::people).sum();
        int threshold = settings.smallGroupThreshold();
        boolean tooFew = volunteers.size() < threshold;
        List<LocalizedText> notes = new ArrayList<>();
        List<Group> groups = new ArrayList<>();
        groups.addAll(dimension("age", ages(adults, volunteers, asOf), people, tooFew, settings));
        groups.addAll(dimension("gender", genders(adults, volunteers), people, tooFew, settings));
        Map<String, String> districts = new TreeMap<>();
        adults.stream().map(PopulationCell::district).filter(district -> !district.isEmpty())
                .forEach(district -> districts.put(district.toLowerCase(Locale.ROOT), district));
        if (districts.isEmpty()) {
            notes.add(LocalizedText.of("Het bevolkingsbestand heeft geen wijken (kolom DISTRICT): geen vergelijking "
                    + "per wijk", "The population file has no districts (column DISTRICT): no comparison by district"));
        } else {
            groups.addAll(dimension("district", districts(adults, volunteers, districts), people, tooFew, settings));
        }
        if (tooFew) {
            notes.add(LocalizedText.of("Minder dan " + threshold + " actieve vrijwilligers: niets getoond",
                    "Fewer than " + threshold + " active volunteers: nothing shown"));
        }
        return new Report(population.year(), population.refnis(), population.municipality(), asOf, threshold,
                settings.underRepresentationIndex(), tooFew ? null : volunteers.size(), people, groups,
                groups.stream().filter(Group::underRepresented).toList(), trend, notes);
    }

    private static List<Count> ages(List<PopulationCell> adults, List<Profile> volunteers, LocalDate asOf) {
        int[] counted = new int[BANDS.size()];
        int unknown = 0;
        for (Profile volunteer : volunteers) {
            int band = volunteer.birthDate() == null ? -1 : band(Period.between(volunteer.birthDate(), asOf).getYears());
            if (band < 0) {
                unknown++;
            } else {
                counted[band]++;
            }
        }
        List<Count> counts = new ArrayList<>();
        for (int i = 0; i < BANDS.size(); i++) {
            int index = i;
            counts.add(new Count(BANDS.get(i).key(), BANDS.get(i).label(), counted[i], adults.stream()
                    .filter(cell -> band(cell.age()) == index).mapToLong(PopulationCell::people).sum()));
        }
        counts.add(new Count(UNKNOWN, LocalizedText.of("Onbekend of jonger dan " + MINIMUM_AGE,
                "Unknown or younger than " + MINIMUM_AGE), unknown, null));
        return counts;
    }

    static int band(int age) {
        for (int i = 0; i < BANDS.size(); i++) {
            if (age >= BANDS.get(i).from() && age <= BANDS.get(i).to()) {
                return i;
            }
        }
        return -1;
    }

    /** {@code F}, {@code M}, {@link #OTHER} or {@link #UNKNOWN} for a self-description. */
    static String gender(String selfDescription) {
        if (selfDescription == null || selfDescription.isBlank()) {
            return UNKNOWN;
        }
        String word = selfDescription.strip().toLowerCase(Locale.ROOT);
        return WOMEN.contains(word) ? "F" : MEN.contains(word) ? "M" : OTHER;
    }

    private static List<Count> genders(List<PopulationCell> adults, List<Profile> volunteers) {
        Map<String, Integer> counted = new LinkedHashMap<>();
        volunteers.forEach(volunteer -> counted.merge(gender(volunteer.gender()), 1, Integer::sum));
        return List.of(
                new Count("F", LocalizedText.of("Vrouw", "Woman"), counted.getOrDefault("F", 0),
                        people(adults, "F")),
                new Count("M", LocalizedText.of("Man", "Man"), counted.getOrDefault("M", 0), people(adults, "M")),
                new Count(OTHER, LocalizedText.of("Andere zelfbeschrijving", "Other self-description"),
                        counted.getOrDefault(OTHER, 0), null),
                new Count(UNKNOWN, LocalizedText.of("Niet opgegeven", "Not given"), counted.getOrDefault(UNKNOWN, 0),
                        null));
    }

    private static long people(List<PopulationCell> adults, String sex) {
        return adults.stream().filter(cell -> cell.sex().equals(sex)).mapToLong(PopulationCell::people).sum();
    }

    private static List<Count> districts(List<PopulationCell> adults, List<Profile> volunteers,
            Map<String, String> districts) {
        Map<String, Integer> counted = new TreeMap<>();
        for (Profile volunteer : volunteers) {
            String key = volunteer.district() == null || volunteer.district().isBlank() ? UNKNOWN
                    : districts.containsKey(volunteer.district().strip().toLowerCase(Locale.ROOT))
                            ? volunteer.district().strip().toLowerCase(Locale.ROOT) : OTHER;
            counted.merge(key, 1, Integer::sum);
        }
        List<Count> counts = new ArrayList<>();
        districts.forEach((key, name) -> counts.add(new Count(name, LocalizedText.of(name, name),
                counted.getOrDefault(key, 0), adults.stream().filter(cell -> cell.district().equals(name))
                        .mapToLong(PopulationCell::people).sum())));
        counts.add(new Count(OTHER, LocalizedText.of("Andere wijk", "Other district"), counted.getOrDefault(OTHER, 0),
                null));
        counts.add(new Count(UNKNOWN, LocalizedText.of("Onbekend", "Unknown"), counted.getOrDefault(UNKNOWN, 0),
                null));
        return counts;
    }

    private static List<Group> dimension(String dimension, List<Count> counts, long people, boolean tooFew,
            MonitorSettings settings) {
        int threshold = settings.smallGroupThreshold();
        String[] suppressed = new String[counts.size()];
        int primary = 0;
        for (int i = 0; i < counts.size(); i++) {
            int volunteers = counts.get(i).volunteers();
            suppressed[i] = tooFew ? Group.TOO_FEW : volunteers > 0 && volunteers < threshold ? Group.SMALL : null;
            primary += suppressed[i] != null ? 1 : 0;
        }
        if (primary == 1) {
            int smallest = -1;
            for (int i = 0; i < counts.size(); i++) {
                int volunteers = counts.get(i).volunteers();
                if (suppressed[i] == null && volunteers > 0
                        && (smallest < 0 || volunteers < counts.get(smallest).volunteers())) {
                    smallest = i;
                }
            }
            if (smallest >= 0) {
                suppressed[smallest] = Group.PROTECTS;
            }
        }
        int known = counts.stream().filter(count -> !count.key().equals(UNKNOWN)).mapToInt(Count::volunteers).sum();
        List<Group> groups = new ArrayList<>();
        for (int i = 0; i < counts.size(); i++) {
            Count count = counts.get(i);
            boolean unknown = count.key().equals(UNKNOWN);
            boolean hidden = suppressed[i] != null;
            Double populationShare = count.population() == null || people == 0 ? null
                    : (double) count.population() / people;
            Double volunteerShare = unknown || known == 0 ? null : (double) count.volunteers() / known;
            // the index as shown: the flag compares that very figure, so that 0.80 is never flagged under 0.8
            Double index = rounded(volunteerShare == null || populationShare == null || populationShare == 0 ? null
                    : volunteerShare / populationShare, INDEX_DECIMALS);
            boolean under;
            if (index == null || Group.TOO_FEW.equals(suppressed[i]) || Group.PROTECTS.equals(suppressed[i])) {
                // a group hidden to protect another may have any number of volunteers: no flag on a guess
                under = false;
            } else if (Group.SMALL.equals(suppressed[i])) {
                // certain: even with one volunteer fewer than the threshold it would be under
                under = rounded((double) (threshold - 1) / known / populationShare, INDEX_DECIMALS)
                        < settings.underRepresentationIndex();
            } else {
                under = index < settings.underRepresentationIndex();
            }
            groups.add(new Group(dimension, count.key(), count.label(), hidden ? null : count.volunteers(),
                    hidden ? null : rounded(volunteerShare, 3), count.population(),
                    rounded(populationShare, 3), hidden ? null : index, under, hidden, suppressed[i]));
        }
        return groups;
    }

    private static Double rounded(Double value, int decimals) {
        if (value == null) {
            return null;
        }
        double scale = Math.pow(10, decimals);
        return Math.round(value * scale) / scale;
    }

    /**
     * The trend per year from the ages of the volunteers engaged in it: median age and share under 35, each year
     * with fewer volunteers than the threshold suppressed.
     */
    public static List<TrendYear> trend(Map<Integer, List<Integer>> agesByYear, int threshold) {
        List<TrendYear> trend = new ArrayList<>();
        new TreeMap<>(agesByYear).forEach((year, ages) -> {
            if (ages.size() < threshold) {
                trend.add(new TrendYear(year, null, null, null, true));
                return;
            }
            List<Integer> sorted = ages.stream().sorted().toList();
            int middle = sorted.size() / 2;
            double median = sorted.size() % 2 == 1 ? sorted.get(middle)
                    : (sorted.get(middle - 1) + sorted.get(middle)) / 2.0;
            long young = sorted.stream().filter(age -> age < 35).count();
            trend.add(new TrendYear(year, sorted.size(), median, rounded((double) young / sorted.size(), 3), false));
        });
        return trend;
    }
}
