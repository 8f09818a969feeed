package be.pillars.targetgroups.internal.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import org.junit.jupiter.api.Test;

import be.pillars.targetgroups.internal.MonitorSettings;

class RepresentationTest {

    static final LocalDate AS_OF = LocalDate.of(2026, 11, 23);
    static final MonitorSettings SETTINGS = new MonitorSettings(5, 0.8, 4);
    static final PopulationStore.Import HASSELT = new PopulationStore.Import(2026, "71022", "Hasselt", 40, 1500,
            "karaf", Instant.parse("2026-11-01T00:00:00Z"));

    /** 1000 people aged 16 or more (200 per band from 16 to 64, half women; 600 in Kiewit) and 500 children. */
    static List<PopulationCell> population() {
        List<PopulationCell> cells = new ArrayList<>();
        for (int age : new int[] {20, 30, 40, 50, 60}) {
            cells.add(new PopulationCell(age, "F", "Kiewit", 60));
            cells.add(new PopulationCell(age, "M", "Kiewit", 60));
            cells.add(new PopulationCell(age, "F", "Centrum", 40));
            cells.add(new PopulationCell(age, "M", "Centrum", 40));
        }
        cells.add(new PopulationCell(10, "F", "Kiewit", 500));
        return cells;
    }

    private static void add(List<Profile> profiles, int count, Integer age, String gender, String district) {
        for (int i = 0; i < count; i++) {
            profiles.add(new Profile(age == null ? null : AS_OF.minusYears(age), gender, district));
        }
    }

    /** 20 active volunteers: none of 16-24, 3 of 25-34, 5 of 35-44, 6 of 45-54 and of 55-64. */
    static List<Profile> volunteers() {
        List<Profile> profiles = new ArrayList<>();
        add(profiles, 3, 30, "vrouw", "kiewit");
        add(profiles, 5, 40, "Vrouw", "Kiewit");
        add(profiles, 2, 50, "Man", "Kiewit");
        add(profiles, 4, 50, "m", "Centrum");
        add(profiles, 1, 60, "non-binair", "Centrum");
        add(profiles, 2, 60, "male", "Elders");
        add(profiles, 3, 60, null, null);
        return profiles;
    }

    private static Group group(Report report, String dimension, String key) {
        return report.groups().stream().filter(group -> group.dimension().equals(dimension)
                && group.key().equals(key)).findFirst().orElseThrow();
    }

    @Test
    void comparesSharesAmongVolunteersWithSharesInThePopulationAged16OrMore() {
        Report report = Representation.compute(HASSELT, population(), volunteers(), List.of(), SETTINGS);
        assertEquals(20, report.activeVolunteers());
        assertEquals(1000, report.population());
        Group older = group(report, "age", "45-54");
        assertEquals(6, older.volunteers());
        assertEquals(0.3, older.volunteerShare());
        assertEquals(200L, older.population());
        assertEquals(0.2, older.populationShare());
        assertEquals(1.5, older.index());
        assertFalse(older.underRepresented());
        assertEquals(List.of("16-24", "25-34", "35-44", "45-54", "55-64", "65-74", "75+", "unknown"), report.groups()
                .stream().filter(group -> group.dimension().equals("age")).map(Group::key).toList());
        assertEquals("16–24 jaar", group(report, "age", "16-24").label().nl());
        assertEquals("75+ years", group(report, "age", "75+").label().en());
    }

    @Test
    void groupsWithoutVolunteersAreUnderRepresentedAndShownAsZero() {
        Report report = Representation.compute(HASSELT, population(), volunteers(), List.of(), SETTINGS);
        Group youngest = group(report, "age", "16-24");
        assertEquals(0, youngest.volunteers());
        assertEquals(0.0, youngest.index());
        assertTrue(youngest.underRepresented());
        assertFalse(youngest.suppressed());
        assertTrue(report.underRepresented().contains(youngest));
        assertNull(group(report, "age", "65-74").index());
        assertFalse(group(report, "age", "65-74").underRepresented());
    }

    @Test
    void smallGroupsAreSuppressedAndALoneSuppressedGroupTakesTheNextSmallestWithIt() {
        Report report = Representation.compute(HASSELT, population(), volunteers(), List.of(), SETTINGS);
        Group three = group(report, "age", "25-34");
        assertTrue(three.suppressed());
        assertNull(three.volunteers());
        assertNull(three.volunteerShare());
        assertNull(three.index());
        assertEquals(0.2, three.populationShare());
        assertFalse(three.underRepresented(), "with 4 of 20 it would be at the population's share");
        Group five = group(report, "age", "35-44");
        assertTrue(five.suppressed(), "otherwise 3 = 20 - the shown groups");
        assertNull(five.volunteers());
        assertFalse(group(report, "age", "55-64").suppressed());
        assertEquals(6, group(report, "age", "55-64").volunteers());
    }

    @Test
    void selfDescribedGenderOnlyCountsAndOtherDescriptionsAreNotComparedWithThePopulation() {
        Report report = Representation.compute(HASSELT, population(), volunteers(), List.of(), SETTINGS);
        Group women = group(report, "gender", "F");
        assertEquals(8, women.volunteers());
        assertEquals(0.471, women.volunteerShare(), "among the 17 who described themselves");
        assertEquals(0.94, women.index());
        Group men = group(report, "gender", "M");
        assertEquals(8, men.volunteers());
        assertTrue(group(report, "gender", "other").suppressed());
        assertNull(group(report, "gender", "other").population());
        assertTrue(group(report, "gender", "unknown").suppressed());
        assertEquals("F", Representation.gender(" VROUW "));
        assertEquals("M", Representation.gender("male"));
        assertEquals("other", Representation.gender("x"));
        assertEquals("unknown", Representation.gender(" "));
    }

    @Test
    void districtsMatchWhateverTheirCaseAndUnknownDistrictsAreCountedApart() {
        Report report = Representation.compute(HASSELT, population(), volunteers(), List.of(), SETTINGS);
        Group kiewit = group(report, "district", "Kiewit");
        assertEquals(10, kiewit.volunteers());
        assertEquals(0.6, kiewit.populationShare());
        Group centrum = group(report, "district", "Centrum");
        assertEquals(5, centrum.volunteers());
        assertEquals(0.74, centrum.index());
        assertTrue(centrum.underRepresented());
        assertTrue(group(report, "district", "other").suppressed());
        List<PopulationCell> withoutDistricts = population().stream()
                .map(cell -> new PopulationCell(cell.age(), cell.sex(), "", cell.people())).toList();
        Report municipal = Representation.compute(HASSELT, withoutDistricts, volunteers(), List.of(), SETTINGS);
        assertTrue(municipal.groups().stream().noneMatch(group -> group.dimension().equals("district")));
        assertEquals(1, municipal.notes().size());
    }

    @Test
    void fewerVolunteersThanTheThresholdShowNothingButThePopulation() {
        List<Profile> four = volunteers().subList(0, 4);
        Report report = Representation.compute(HASSELT, population(), four, List.of(), SETTINGS);
        assertNull(report.activeVolunteers());
        assertTrue(report.groups().stream().allMatch(Group::suppressed));
        assertTrue(report.groups().stream().allMatch(group -> group.volunteers() == null));
        assertTrue(report.underRepresented().isEmpty());
        assertEquals("Fewer than 5 active volunteers: nothing shown", report.notes().get(0).en());
        Report stricter = Representation.compute(HASSELT, population(), volunteers(), List.of(),
                new MonitorSettings(21, 0.8, 4));
        assertNull(stricter.activeVolunteers());
    }

    @Test
    void theTrendShowsMedianAgeAndShareUnder35PerYearAndSuppressesSmallYears() {
        List<TrendYear> trend = Representation.trend(Map.of(2023, List.of(30, 40), 2024, List.of(70, 30, 40, 50, 60),
                2025, List.of(20, 25, 30, 60, 70, 80)), 5);
        assertEquals(List.of(new TrendYear(2023, null, null, null, true), new TrendYear(2024, 5, 50.0, 0.2, false),
                new TrendYear(2025, 6, 45.0, 0.5, false)), trend);
    }

    @Test
    void theCsvHasOneLinePerGroupWithSuppressedCellsEmpty() {
        Report report = Representation.compute(HASSELT, population(), volunteers(), List.of(), SETTINGS);
        String csv = RepresentationCsv.write(report, Locale.ENGLISH);
        String[] lines = csv.split("\r\n");
        assertEquals("\uFEFFdimension;group;label;volunteers;volunteerShare;population;populationShare;index;"
                + "underRepresented;suppressed;suppressedAs", lines[0]);
        assertEquals(report.groups().size() + 1, lines.length);
        assertEquals("age;25-34;25–34 years;;;200;0.2;;false;true;small", lines[2]);
        assertEquals("age;45-54;45–54 years;6;0.3;200;0.2;1.5;false;false;", lines[4]);
    }

    @Test
    void aDutchReaderGetsTheCsvWithADutchHeaderDecimalCommasAndJaOrNee() {
        Report report = Representation.compute(HASSELT, population(), volunteers(), List.of(), SETTINGS);
        String[] lines = RepresentationCsv.write(report, Locale.forLanguageTag("nl-BE")).split("\r\n");
        assertEquals("\uFEFFdimensie;groep;label;vrijwilligers;aandeelVrijwilligers;bevolking;aandeelBevolking;index;"
                + "ondervertegenwoordigd;verborgen;verborgenAls", lines[0]);
        assertEquals("age;25-34;25–34 jaar;;;200;0,2;;nee;ja;small", lines[2]);
        assertEquals("age;45-54;45–54 jaar;6;0,3;200;0,2;1,5;nee;nee;", lines[4]);
    }

    @Test
    void theChartDrawsBothBarsPerGroupInTheReadersLanguage() {
        List<PopulationCell> cells = new ArrayList<>(population());
        cells.add(new PopulationCell(30, "F", "Hoog & <Laag>", 1));
        Report report = Representation.compute(HASSELT, cells, volunteers(), List.of(), SETTINGS);
        String english = RepresentationChart.svg(report, "age", Locale.ENGLISH);
        assertTrue(english.startsWith("<svg xmlns=\"http://www.w3.org/2000/svg\""));
        assertTrue(english.contains("Volunteers versus population by age (2026, Hasselt)"));
        assertTrue(english.contains("fewer than 5 volunteers: not shown"));
        assertTrue(english.contains(">30.0%</text>"), "the 45-54 volunteers' bar");
        assertEquals(Representation.BANDS.size(), english.split("fill=\"#9aa4b2\"", -1).length - 2,
                "a population bar per band, besides the legend's");
        String dutch = RepresentationChart.svg(report, "district", Locale.forLanguageTag("nl-BE"));
        assertTrue(dutch.contains("Vrijwilligers tegenover bevolking per wijk"));
        assertTrue(dutch.contains("Hoog &amp; &lt;Laag&gt;"));
        assertTrue(RepresentationChart.svg(report, "age", Locale.forLanguageTag("nl-BE")).contains(">30,0 %</text>"),
                "the 45-54 volunteers' bar, as a Dutch reader writes it");
        assertFalse(dutch.matches("(?s).*[0-9]%.*"), "no percentage without the space a Dutch reader puts before it");
    }

    @Test
    void aGroupHiddenOnlyToProtectASmallOneIsNeitherLabelledSmallNorFlagged() {
        List<Profile> profiles = new ArrayList<>();
        add(profiles, 10, 40, "vrouw", "Kiewit");
        add(profiles, 8, 40, "man", "Kiewit");
        add(profiles, 1, 40, "non-binair", "Kiewit");
        Report report = Representation.compute(HASSELT, population(), profiles, List.of(), SETTINGS);
        Group other = group(report, "gender", "other");
        assertEquals(Group.SMALL, other.suppressedAs());
        Group men = group(report, "gender", "M");
        assertTrue(men.suppressed(), "otherwise 1 = 19 - 10 - 8");
        assertEquals(Group.PROTECTS, men.suppressedAs());
        assertNull(men.volunteers());
        assertNull(men.index());
        assertFalse(men.underRepresented(), "8 of 19 would not be, and nothing shows how many there are");
        assertFalse(report.underRepresented().contains(men));
        String english = RepresentationChart.svg(report, "gender", Locale.ENGLISH);
        assertTrue(english.contains("hidden to protect a small group"), english);
        assertFalse(english.contains("fewer than"), english);
        assertTrue(RepresentationChart.svg(report, "gender", Locale.forLanguageTag("nl"))
                .contains("verborgen om een kleine groep te beschermen"));
        assertTrue(RepresentationCsv.write(report, Locale.ENGLISH).contains(";false;true;protectsSmallGroup\r\n"));
    }

    @Test
    void theFlagComparesTheIndexAsShown() {
        // X holds 50.02% of the people and 40% of the volunteers: 0.7997, shown as 0.8
        List<PopulationCell> cells = List.of(new PopulationCell(30, "F", "X", 5002), new PopulationCell(30, "M", "Y",
                4998));
        List<Profile> profiles = new ArrayList<>();
        add(profiles, 20, 30, "vrouw", "X");
        add(profiles, 30, 30, "man", "Y");
        Report report = Representation.compute(HASSELT, cells, profiles, List.of(), SETTINGS);
        Group x = group(report, "district", "X");
        assertEquals(0.8, x.index());
        assertFalse(x.underRepresented(), "shown as 0.8, it is not below 0.8");
        assertFalse(report.underRepresented().contains(x));
    }

    @Test
    void volunteersAreAgedOnTheDayThePopulationIsCounted() {
        assertEquals(LocalDate.of(2026, 1, 1), Representation.referenceDay(HASSELT));
        List<Profile> profiles = new ArrayList<>(volunteers());
        // 25 today (23 November 2026), 24 on 1 January 2026 as the population's ages are
        for (int i = 0; i < 6; i++) {
            profiles.add(new Profile(LocalDate.of(2001, 6, 1), "vrouw", "Kiewit"));
        }
        Report report = Representation.compute(HASSELT, population(), profiles, List.of(), SETTINGS);
        assertEquals(LocalDate.of(2026, 1, 1), report.asOf());
        assertEquals(6, group(report, "age", "16-24").volunteers());
    }
}
