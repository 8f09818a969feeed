package be.pillars.external.internal.ladder;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.LocalizedText;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.external.internal.CsvLines;

class LadderReportTest {

    private static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    private final VolunteerPath.Builder builder = new VolunteerPath.Builder();

    private UUID volunteer(Object... kindsAndStarts) {
        UUID id = UUID.randomUUID();
        for (int i = 0; i < kindsAndStarts.length; i += 2) {
            engagement(id, (EngagementKind) kindsAndStarts[i], LocalDate.parse((String) kindsAndStarts[i + 1]),
                    EngagementStatus.ENDED);
        }
        return id;
    }

    private void engagement(UUID volunteer, EngagementKind kind, LocalDate start, EngagementStatus status) {
        builder.add(new Engagement(UUID.randomUUID(), 1, new EngagementData(volunteer, UUID.randomUUID(), "onthaal",
                kind, start, null, status, "external"), Instant.EPOCH, Instant.EPOCH));
    }

    @Test
    void aPathKnowsHowTheVolunteerCameInAndWhetherTheyClimbed() {
        EngagementKind occasional = EngagementKind.OCCASIONAL;
        EngagementKind regular = EngagementKind.REGULAR;
        // engagements arrive newest first from core: the order must not matter
        UUID climber = volunteer(regular, "2025-06-01", occasional, "2025-03-01", occasional, "2025-01-10");
        UUID sameDay = volunteer(occasional, "2025-01-10", regular, "2025-01-10");
        UUID stays = volunteer(occasional, "2025-02-01", occasional, "2025-08-01");
        Map<UUID, VolunteerPath> paths = builder.paths();

        VolunteerPath path = paths.get(climber);
        assertTrue(path.oneOffStart());
        assertTrue(path.tookRegularWithin(6), "1 June lies within 6 months of 10 January");
        assertFalse(path.onlyOccasional());
        assertEquals(LocalDate.of(2025, 3, 1), path.lastOccasional());
        assertEquals(2, path.occasionalCount());
        assertFalse(paths.get(sameDay).oneOffStart(), "a regular engagement from the first day is no one-off start");
        assertTrue(paths.get(stays).onlyOccasional());
        assertFalse(paths.get(stays).tookRegularWithin(12));
    }

    @Test
    void theWindowEndsOnTheSameDayMonthsLaterAndCancelledWorkDoesNotCount() {
        UUID exactly = volunteer(EngagementKind.OCCASIONAL, "2025-01-31", EngagementKind.REGULAR, "2025-07-31");
        UUID dayLate = volunteer(EngagementKind.OCCASIONAL, "2025-01-31", EngagementKind.REGULAR, "2025-08-01");
        UUID cancelled = volunteer(EngagementKind.OCCASIONAL, "2025-01-31");
        engagement(cancelled, EngagementKind.REGULAR, LocalDate.of(2025, 2, 1), EngagementStatus.CANCELLED);
        Map<UUID, VolunteerPath> paths = builder.paths();

        assertTrue(paths.get(exactly).tookRegularWithin(6));
        assertFalse(paths.get(dayLate).tookRegularWithin(6));
        assertTrue(paths.get(dayLate).tookRegularWithin(12));
        assertTrue(paths.get(cancelled).onlyOccasional());
    }

    @Test
    void conversionCountsOnlyVolunteersWhoseWindowIsFullyPast() {
        volunteer(EngagementKind.OCCASIONAL, "2025-01-10", EngagementKind.REGULAR, "2025-03-01");
        volunteer(EngagementKind.OCCASIONAL, "2025-02-10", EngagementKind.REGULAR, "2025-12-01");
        volunteer(EngagementKind.OCCASIONAL, "2025-03-10");
        volunteer(EngagementKind.OCCASIONAL, "2026-09-01", EngagementKind.REGULAR, "2026-10-01");
        volunteer(EngagementKind.REGULAR, "2025-01-01");

        LadderReport report = LadderReport.of(TODAY, builder.paths(), List.of());

        LadderReport.Conversion six = report.conversion().get(0);
        assertEquals(6, six.withinMonths());
        assertEquals(3, six.oneOffVolunteers(), "the one of September 2026 is not six months in yet");
        assertEquals(1, six.tookRegular());
        assertEquals(new BigDecimal("0.3333"), six.share());
        LadderReport.Conversion twelve = report.conversion().get(1);
        assertEquals(3, twelve.oneOffVolunteers());
        assertEquals(2, twelve.tookRegular());
        assertEquals(List.of(2025, 2026, 2025, 2026), report.conversionByYear().stream()
                .map(LadderReport.Conversion::year).toList());
        LadderReport.Conversion sixIn2026 = report.conversionByYear().get(1);
        assertEquals(0, sixIn2026.oneOffVolunteers());
        assertNull(sixIn2026.share());
    }

    @Test
    void timeToFirstEngagementIsMeasuredFromRegistrationPerYearOfRegistration() {
        VolunteerPath tenDays = VolunteerPath.of(EngagementKind.OCCASIONAL, LocalDate.of(2025, 1, 11));
        VolunteerPath february = VolunteerPath.of(EngagementKind.REGULAR, LocalDate.of(2025, 2, 1));
        List<LadderReport.Registration> registrations = List.of(
                new LadderReport.Registration(LocalDate.of(2025, 1, 1), false, tenDays),
                new LadderReport.Registration(LocalDate.of(2025, 1, 1), false, february),
                new LadderReport.Registration(LocalDate.of(2025, 3, 1), false, february),
                new LadderReport.Registration(LocalDate.of(2026, 5, 1), false, null),
                new LadderReport.Registration(LocalDate.of(2026, 5, 1), true, null));

        LadderReport report = LadderReport.of(TODAY, Map.of(), registrations);

        LadderReport.TimeToFirst all = report.timeToFirst();
        assertEquals(2, all.engaged());
        assertEquals(new BigDecimal("20.5"), all.medianDays(), "10 and 31 days");
        assertEquals(new BigDecimal("20.5"), all.averageDays());
        assertEquals(1, all.notYetEngaged(), "the inactive volunteer is not waiting");
        assertEquals(1, all.engagedBeforeRegistration());
        assertEquals(List.of(2025, 2026), report.timeToFirstByYear().stream().map(LadderReport.TimeToFirst::year)
                .toList());
        assertNull(report.timeToFirstByYear().get(1).medianDays());
    }

    @Test
    void theFiguresGoToASpreadsheetInTheReadersLanguageWithItsDecimalSign() {
        volunteer(EngagementKind.OCCASIONAL, "2025-01-10", EngagementKind.REGULAR, "2025-03-01");
        volunteer(EngagementKind.OCCASIONAL, "2025-02-10");
        volunteer(EngagementKind.OCCASIONAL, "2025-03-10");
        LadderReport report = LadderReport.of(TODAY, builder.paths(), List.of(new LadderReport.Registration(
                LocalDate.of(2025, 1, 1), false, VolunteerPath.of(EngagementKind.OCCASIONAL, LocalDate.of(2025, 1,
                        11))), new LadderReport.Registration(LocalDate.of(2025, 1, 1), false, VolunteerPath.of(
                                EngagementKind.REGULAR, LocalDate.of(2025, 1, 12)))));

        assertEquals(List.of("jaar eerste engagement;binnen maanden;eenmalige vrijwilligers;namen regelmatig "
                + "engagement;aandeel", "alle;6;3;1;0,3333", "alle;12;3;1;0,3333", "2025;6;3;1;0,3333",
                "2025;12;3;1;0,3333"), CsvLines.of(report.conversionCsv(LocalizedText.DUTCH)));
        assertEquals(List.of("year;withinMonths;oneOffVolunteers;tookRegular;share", "all;6;3;1;0.3333",
                "all;12;3;1;0.3333", "2025;6;3;1;0.3333", "2025;12;3;1;0.3333"),
                CsvLines.of(report.conversionCsv(Locale.ENGLISH)));
        assertEquals(List.of("registratiejaar;met engagement;mediaan dagen;gemiddeld dagen;nog zonder engagement;"
                + "engagement voor registratie", "alle;2;10,5;10,5;0;0", "2025;2;10,5;10,5;0;0"),
                CsvLines.of(report.timeToFirstCsv(LocalizedText.DUTCH)));
        assertEquals(List.of("year;engaged;medianDays;averageDays;notYetEngaged;engagedBeforeRegistration",
                "all;2;10.5;10.5;0;0", "2025;2;10.5;10.5;0;0"), CsvLines.of(report.timeToFirstCsv(Locale.ENGLISH)));
        // no one to count: an empty cell, not 0
        assertEquals("alle;0;;;0;0", CsvLines.of(LadderReport.of(TODAY, Map.of(), List.of()).timeToFirstCsv(
                LocalizedText.DUTCH)).get(1));
    }
}
