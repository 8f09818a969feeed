package be.pillars.external.internal.ladder;

import java.math.BigDecimal;
import java.math.RoundingMode;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Stream;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.SpreadsheetCsv;
import be.pillars.external.internal.ReportCsv;

/**
 * How far the engagement ladder works: of the volunteers who came in through a one-off engagement, the share who
 * took a regular engagement within 6 and within 12 months; and how long people wait from registration to their
 * first engagement. Only counts, never a person.
 *
 * @param asOf                 the day the report was made
 * @param conversion           over all years: one line per window
 * @param conversionByYear     per year of the first (one-off) engagement
 * @param timeToFirst          over all years
 * @param timeToFirstByYear    per year of registration
 */
public record LadderReport(LocalDate asOf, List<Conversion> conversion, List<Conversion> conversionByYear,
        TimeToFirst timeToFirst, List<TimeToFirst> timeToFirstByYear) {

    /** The windows the report measures, in months. */
    static final int[] WINDOWS = {6, 12};

    static final List<LocalizedText> CONVERSION_HEADER = List.of(LocalizedText.of("jaar eerste engagement", "year"),
            LocalizedText.of("binnen maanden", "withinMonths"), LocalizedText.of("eenmalige vrijwilligers",
                    "oneOffVolunteers"), LocalizedText.of("namen regelmatig engagement", "tookRegular"),
            LocalizedText.of("aandeel", "share"));
    static final List<LocalizedText> TIME_TO_FIRST_HEADER = List.of(LocalizedText.of("registratiejaar", "year"),
            LocalizedText.of("met engagement", "engaged"), LocalizedText.of("mediaan dagen", "medianDays"),
            LocalizedText.of("gemiddeld dagen", "averageDays"), LocalizedText.of("nog zonder engagement",
                    "notYetEngaged"), LocalizedText.of("engagement voor registratie", "engagedBeforeRegistration"));

    /**
     * One window: only volunteers whose first engagement lies at least the window before {@code asOf} count, so a
     * volunteer who started last week does not count as not having converted.
     *
     * @param year             the year of the first engagement, or null for all years
     * @param oneOffVolunteers volunteers who came in through a one-off engagement, the window fully past
     * @param tookRegular      of them, those who started a regular engagement within the window
     * @param share            {@code tookRegular / oneOffVolunteers}, 4 decimals; null when there are none
     */
    public record Conversion(Integer year, int withinMonths, int oneOffVolunteers, int tookRegular,
            BigDecimal share) {
    }

    /**
     * Days from registration (the day the volunteer was first stored) to the start of the first engagement.
     *
     * @param year                      the year of registration, or null for all years
     * @param engaged                   volunteers with an engagement that started on or after their registration
     * @param medianDays                1 decimal; null when {@code engaged} is 0
     * @param averageDays               1 decimal; null when {@code engaged} is 0
     * @param notYetEngaged             registered volunteers (not inactive) without any engagement yet
     * @param engagedBeforeRegistration volunteers whose first engagement predates their registration (imported
     *                                  from an earlier system): left out of the days
     */
    public record TimeToFirst(Integer year, int engaged, BigDecimal medianDays, BigDecimal averageDays,
            int notYetEngaged, int engagedBeforeRegistration) {
    }

    /**
     * What the ladder knows of one registered volunteer.
     *
     * @param registered the day the volunteer was first stored
     * @param inactive   whether the volunteer is inactive now
     * @param path       the volunteer's engagements, or null when none
     */
    record Registration(LocalDate registered, boolean inactive, VolunteerPath path) {
    }

    /** The conversion over all years, then per year, for a spreadsheet in the reader's language. */
    public String conversionCsv(Locale reader) {
        List<String[]> rows = new ArrayList<>();
        Stream.concat(conversion.stream(), conversionByYear.stream()).forEach(line -> rows.add(new String[] {
            ReportCsv.year(line.year(), reader), Integer.toString(line.withinMonths()),
            Integer.toString(line.oneOffVolunteers()), Integer.toString(line.tookRegular()),
            SpreadsheetCsv.number(line.share(), reader)}));
        return ReportCsv.write(CONVERSION_HEADER, rows, reader);
    }

    /** The time to a first engagement over all years, then per year, for a spreadsheet in the reader's language. */
    public String timeToFirstCsv(Locale reader) {
        List<String[]> rows = new ArrayList<>();
        Stream.concat(Stream.of(timeToFirst), timeToFirstByYear.stream()).forEach(line -> rows.add(new String[] {
            ReportCsv.year(line.year(), reader), Integer.toString(line.engaged()),
            SpreadsheetCsv.number(line.medianDays(), reader), SpreadsheetCsv.number(line.averageDays(), reader),
            Integer.toString(line.notYetEngaged()), Integer.toString(line.engagedBeforeRegistration())}));
        return ReportCsv.write(TIME_TO_FIRST_HEADER, rows, reader);
    }

    static LadderReport of(LocalDate asOf, Map<UUID, VolunteerPath> paths, Collection<Registration> registrations) {
        List<Conversion> total = new ArrayList<>();
        List<Conversion> byYear = new ArrayList<>();
        TreeMap<Integer, List<VolunteerPath>> pathsByYear = new TreeMap<>();
        paths.values().forEach(path -> pathsByYear.computeIfAbsent(path.firstStart().getYear(),
                year -> new ArrayList<>()).add(path));
        for (int months : WINDOWS) {
            total.add(conversion(null, months, paths.values(), asOf));
            pathsByYear.forEach((year, inYear) -> byYear.add(conversion(year, months, inYear, asOf)));
        }
        TreeMap<Integer, List<Registration>> registeredByYear = new TreeMap<>();
        registrations.forEach(registration -> registeredByYear.computeIfAbsent(registration.registered().getYear(),
                year -> new ArrayList<>()).add(registration));
        List<TimeToFirst> timeByYear = new ArrayList<>();
        registeredByYear.forEach((year, inYear) -> timeByYear.add(timeToFirst(year, inYear)));
        return new LadderReport(asOf, total, byYear, timeToFirst(null, registrations), timeByYear);
    }

    private static Conversion conversion(Integer year, int months, Collection<VolunteerPath> paths, LocalDate asOf) {
        int oneOff = 0;
        int converted = 0;
        for (VolunteerPath path : paths) {
            if (path.oneOffStart() && !path.firstStart().plusMonths(months).isAfter(asOf)) {
                oneOff++;
                if (path.tookRegularWithin(months)) {
                    converted++;
                }
            }
        }
        return new Conversion(year, months, oneOff, converted, oneOff == 0 ? null
                : BigDecimal.valueOf(converted).divide(BigDecimal.valueOf(oneOff), 4, RoundingMode.HALF_UP));
    }

    private static TimeToFirst timeToFirst(Integer year, Collection<Registration> registrations) {
        List<Long> days = new ArrayList<>();
        int waiting = 0;
        int before = 0;
        for (Registration registration : registrations) {
            VolunteerPath path = registration.path();
            if (path == null) {
                waiting += registration.inactive() ? 0 : 1;
            } else if (path.firstStart().isBefore(registration.registered())) {
                before++;
            } else {
                days.add(ChronoUnit.DAYS.between(registration.registered(), path.firstStart()));
            }
        }
        days.sort(null);
        BigDecimal median = null;
        BigDecimal average = null;
        if (!days.isEmpty()) {
            int middle = days.size() / 2;
            median = days.size() % 2 == 1 ? BigDecimal.valueOf(days.get(middle)).setScale(1)
                    : BigDecimal.valueOf(days.get(middle - 1) + days.get(middle)).divide(BigDecimal.valueOf(2), 1,
                            RoundingMode.HALF_UP);
            long sum = days.stream().mapToLong(Long::longValue).sum();
            average = BigDecimal.valueOf(sum).divide(BigDecimal.valueOf(days.size()), 1, RoundingMode.HALF_UP);
        }
        return new TimeToFirst(year, days.size(), median, average, waiting, before);
    }
}
