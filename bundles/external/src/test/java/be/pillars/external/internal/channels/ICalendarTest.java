package be.pillars.external.internal.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.Arrays;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

import be.pillars.api.config.InvalidConfigurationException;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.volunteer.WeeklySlot;
import be.pillars.external.internal.vacancies.OpenVacancy;
import be.pillars.external.internal.vacancies.Place;
import be.pillars.external.internal.vacancies.Schedule;
import be.pillars.external.internal.vacancies.Text;

class ICalendarTest {

    private static final Instant UPDATED = Instant.parse("2026-11-20T14:03:09Z");
    private static final UUID ONE_OFF = UUID.fromString("00000000-0000-0000-0000-000000000001");
    private static final UUID WEEKLY = UUID.fromString("00000000-0000-0000-0000-000000000002");

    private static final Place HASSELT = new Place(null, null, "3500", 50.9307, 5.3378);

    private static OpenVacancy vacancy(UUID id, String title, String description, Place place, Schedule time) {
        return new OpenVacancy(id, 3, UPDATED, "Voedselbank; Hasselt, vzw", new Text(title, "Cooking soup"),
                new Text(description, null), Set.of("cooking"), Set.of(), Set.of(), place, time,
                EngagementKind.OCCASIONAL, 2, null, null);
    }

    private static OpenVacancy vacancy(UUID id, String title, String description, Schedule time) {
        return vacancy(id, title, description, HASSELT, time);
    }

    private static final OpenVacancy SOUP = vacancy(ONE_OFF, "Soep koken", "Help in de keuken",
            Schedule.oneOff(LocalDate.of(2026, 12, 5), LocalTime.of(9, 0), LocalTime.of(13, 0)));
    private static final OpenVacancy DRIVER = vacancy(WEEKLY, "Chauffeur", "Elke week", Schedule.weekly(List.of(
            new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(14, 0), LocalTime.of(17, 0)),
            new WeeklySlot(DayOfWeek.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
            LocalDate.of(2026, 11, 4), LocalDate.of(2027, 3, 31)));

    /** The logical lines: continuation lines (starting with a space) joined to the line before, without the space. */
    private static List<String> unfolded(String calendar) {
        return Arrays.asList(calendar.replace("\r\n ", "").split("\r\n"));
    }

    @Test
    void everyLineEndsInCrLfAndIsAtMost75Octets() {
        String calendar = ICalendar.of("Vrijwilligersvacatures", List.of(vacancy(ONE_OFF, "Soep ".repeat(40),
                "Één keer per jaar koken we met z'n allen: ééééééééééééééééééééééééééééééééééééééééééééééééé 😀😀😀😀😀😀😀"
                        + "😀😀😀😀😀😀😀😀😀😀😀😀😀😀", SOUP.time()), DRIVER), false, VacancyPages.NONE);
        assertTrue(calendar.endsWith("END:VCALENDAR\r\n"));
        assertFalse(calendar.replace("\r\n", "").contains("\n"), "no bare line feed");
        assertFalse(calendar.replace("\r\n", "").contains("\r"), "no bare carriage return");
        for (String line : calendar.split("\r\n")) {
            assertTrue(line.getBytes(StandardCharsets.UTF_8).length <= 75, line);
            // folding never splits a character: a half surrogate pair would not survive the round trip
            assertEquals(line, new String(line.getBytes(StandardCharsets.UTF_8), StandardCharsets.UTF_8));
        }
        assertTrue(unfolded(calendar).contains("SUMMARY;LANGUAGE=nl:" + "Soep ".repeat(40)));
        assertTrue(unfolded(calendar).contains("DESCRIPTION;LANGUAGE=nl:Één keer per jaar koken we met z'n allen: "
                + "ééééééééééééééééééééééééééééééééééééééééééééééééé 😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀😀\\n\\n"
                + "Voedselbank\\; Hasselt\\, vzw\\, 2 vrijwilliger(s) gezocht"));
    }

    @Test
    void textEscapesBackslashSemicolonCommaAndLineBreaks() {
        assertEquals("a\\\\b\\;c\\,d\\ne\\nf\\ng", ICalendar.text("a\\b;c,d\ne\r\nf\rg"));
    }

    @Test
    void aOneOffVacancyIsOneEventInBrusselsTime() {
        List<String> lines = unfolded(ICalendar.of("Vacatures", List.of(SOUP), false, VacancyPages.NONE));
        assertEquals(List.of("BEGIN:VCALENDAR", "VERSION:2.0", "PRODID:-//Pillars//Vacancies//NL", "CALSCALE:GREGORIAN",
                "METHOD:PUBLISH", "X-WR-CALNAME:Vacatures", "X-WR-TIMEZONE:Europe/Brussels", "BEGIN:VTIMEZONE"),
                lines.subList(0, 8));
        int begin = lines.indexOf("BEGIN:VEVENT");
        assertEquals(List.of("BEGIN:VEVENT", "UID:" + ONE_OFF + "@pillars", "DTSTAMP:20261120T140309Z",
                "LAST-MODIFIED:20261120T140309Z", "SEQUENCE:3", "DTSTART;TZID=Europe/Brussels:20261205T090000",
                "DTEND;TZID=Europe/Brussels:20261205T130000", "SUMMARY;LANGUAGE=nl:Soep koken",
                "DESCRIPTION;LANGUAGE=nl:Help in de keuken\\n\\nVoedselbank\\; Hasselt\\, vzw\\, 2 vrijwilliger(s) "
                        + "gezocht", "LOCATION:3500\\, België", "GEO:50.9307;5.3378", "STATUS:CONFIRMED",
                "TRANSP:TRANSPARENT", "END:VEVENT", "END:VCALENDAR"), lines.subList(begin, lines.size()));
        assertEquals(1, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertEquals(lines.stream().filter(line -> line.startsWith("BEGIN:")).count(),
                lines.stream().filter(line -> line.startsWith("END:")).count());
    }

    @Test
    void eachWeeklySlotRepeatsFromItsFirstDayUntilTheEndOfThePeriodInUtc() {
        List<String> lines = unfolded(ICalendar.of("Vacancies", List.of(DRIVER), true, VacancyPages.NONE));
        assertEquals(2, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        // the period starts on Wednesday 4 November: the first Tuesday is the 10th, the first Saturday the 7th
        assertTrue(lines.contains("UID:" + WEEKLY + "-0@pillars"));
        assertTrue(lines.contains("DTSTART;TZID=Europe/Brussels:20261110T140000"));
        assertTrue(lines.contains("DTEND;TZID=Europe/Brussels:20261110T170000"));
        assertTrue(lines.contains("UID:" + WEEKLY + "-1@pillars"));
        assertTrue(lines.contains("DTSTART;TZID=Europe/Brussels:20261107T090000"));
        // 31 March 2027 23:59:59 in Brussels is summer time (+02:00)
        assertEquals(2, lines.stream().filter("RRULE:FREQ=WEEKLY;UNTIL=20270331T215959Z"::equals).count());
        assertTrue(lines.contains("SUMMARY;LANGUAGE=en:Cooking soup"));
        assertTrue(lines.contains("LOCATION:3500\\, Belgium"));
    }

    @Test
    void aWeeklyVacancyWithoutEndRepeatsForeverAndASlotOutsideThePeriodIsLeftOut() {
        OpenVacancy open = vacancy(WEEKLY, "Chauffeur", "Elke week", Schedule.weekly(DRIVER.time().weekly(),
                LocalDate.of(2026, 11, 4), null));
        assertTrue(unfolded(ICalendar.of("Vacatures", List.of(open), false, VacancyPages.NONE))
                .contains("RRULE:FREQ=WEEKLY"));
        OpenVacancy shortPeriod = vacancy(WEEKLY, "Chauffeur", "Elke week", Schedule.weekly(DRIVER.time().weekly(),
                LocalDate.of(2026, 11, 4), LocalDate.of(2026, 11, 8)));
        List<String> lines = unfolded(ICalendar.of("Vacatures", List.of(shortPeriod), false, VacancyPages.NONE));
        assertEquals(1, lines.stream().filter("BEGIN:VEVENT"::equals).count());
        assertTrue(lines.contains("DTSTART;TZID=Europe/Brussels:20261107T090000"));
    }

    @Test
    void theLocationIsTheStreetAddressAndEachEventLinksThePageWhereOneApplies() {
        OpenVacancy atTheMarket = vacancy(ONE_OFF, "Soep koken", "Help in de keuken", new Place("Grote Markt", "1",
                "3500", 50.9307, 5.3378), SOUP.time());
        VacancyPages pages = VacancyPages.from("vacancyPageUrl", "https://www.hasselt.be/vrijwilligen?vacature={id}");
        List<String> dutch = unfolded(ICalendar.of("Vacatures", List.of(atTheMarket), false, pages));
        assertTrue(dutch.contains("LOCATION:Grote Markt 1\\, 3500\\, België"), String.join("\n", dutch));
        assertTrue(dutch.contains("URL:https://www.hasselt.be/vrijwilligen?vacature=" + ONE_OFF));
        assertTrue(dutch.contains("DESCRIPTION;LANGUAGE=nl:Help in de keuken\\n\\nVoedselbank\\; Hasselt\\, vzw\\, 2 "
                + "vrijwilliger(s) gezocht\\nSolliciteren: https://www.hasselt.be/vrijwilligen?vacature=" + ONE_OFF));
        List<String> english = unfolded(ICalendar.of("Vacancies", List.of(atTheMarket), true, pages));
        assertTrue(english.contains("LOCATION:Grote Markt 1\\, 3500\\, Belgium"), String.join("\n", english));
        assertTrue(english.stream().anyMatch(line -> line.endsWith("\\nApply: https://www.hasselt.be/vrijwilligen"
                + "?vacature=" + ONE_OFF)));
        // a street without a number, and no page configured: no URL at all
        List<String> square = unfolded(ICalendar.of("Vacatures", List.of(vacancy(ONE_OFF, "Soep", "Help",
                new Place("Kolonel Dusartplein", null, "3500", null, null), SOUP.time())), false, VacancyPages.NONE));
        assertTrue(square.contains("LOCATION:Kolonel Dusartplein\\, 3500\\, België"), String.join("\n", square));
        assertFalse(square.stream().anyMatch(line -> line.startsWith("URL")));
    }

    @Test
    void aVacancyPageIsAnHttpAddressWithTheVacancysId() {
        assertEquals(VacancyPages.NONE, VacancyPages.from("vacancyPageUrl", " "));
        assertEquals("https://www.genk.be/vacature/" + WEEKLY, VacancyPages.from("vacancyPageUrl",
                " https://www.genk.be/vacature/{id} ").of(WEEKLY).orElseThrow());
        for (String refused : new String[] {"https://www.genk.be/vacatures", "ftp://www.genk.be/{id}", "/vacature/{id}",
            "https://www.genk.be/vacature {id}"}) {
            InvalidConfigurationException problem = assertThrows(InvalidConfigurationException.class,
                    () -> VacancyPages.from("vacancyPageUrl", refused), refused);
            assertEquals("vacancyPageUrl", problem.key());
            assertTrue(problem.text().en().contains(refused), problem.text().en());
        }
    }
}
