package be.pillars.external.internal.channels;

import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.LocalTime;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

import be.pillars.api.volunteer.WeeklySlot;
import be.pillars.external.internal.vacancies.OpenVacancy;
import be.pillars.external.internal.vacancies.Place;
import be.pillars.external.internal.vacancies.Schedule;
import be.pillars.external.internal.vacancies.Text;

/**
 * Vacancies as an iCalendar (RFC 5545) calendar: one event per one-off vacancy, and per weekly slot of a recurring
 * one an event that repeats every week ({@code RRULE:FREQ=WEEKLY}) from the first such day of its period until its
 * end. Times are the municipality's local times (Europe/Brussels, defined in the calendar itself). Each event's
 * {@code LOCATION} is the street address as far as the vacancy gives it, and its {@code URL} the page of the
 * municipality's website where one applies, when configured. Lines end in CRLF and are folded at 75 octets without
 * splitting a character; text escapes backslash, semicolon, comma and line breaks.
 */
final class ICalendar {

    static final String MEDIA_TYPE = "text/calendar; charset=utf-8";
    static final ZoneId ZONE = ZoneId.of("Europe/Brussels");
    private static final int MAX_OCTETS = 75;
    private static final DateTimeFormatter LOCAL = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss", Locale.ROOT);
    private static final DateTimeFormatter UTC = DateTimeFormatter.ofPattern("yyyyMMdd'T'HHmmss'Z'", Locale.ROOT)
            .withZone(ZoneOffset.UTC);
    /** Brussels' rules since 1996 (the EU's): summer time from the last Sunday of March to that of October. */
    private static final List<String> BRUSSELS = List.of("BEGIN:VTIMEZONE", "TZID:Europe/Brussels",
            "BEGIN:DAYLIGHT", "TZOFFSETFROM:+0100", "TZOFFSETTO:+0200", "TZNAME:CEST", "DTSTART:19700329T020000",
            "RRULE:FREQ=YEARLY;BYMONTH=3;BYDAY=-1SU", "END:DAYLIGHT", "BEGIN:STANDARD", "TZOFFSETFROM:+0200",
            "TZOFFSETTO:+0100", "TZNAME:CET", "DTSTART:19701025T030000", "RRULE:FREQ=YEARLY;BYMONTH=10;BYDAY=-1SU",
            "END:STANDARD", "END:VTIMEZONE");

    private final StringBuilder out = new StringBuilder();
    private final boolean english;
    private final VacancyPages pages;

    private ICalendar(boolean english, VacancyPages pages) {
        this.english = english;
        this.pages = pages;
    }

    /**
     * @param name    the calendar's name, for apps that show one
     * @param english titles and descriptions in English where the organisation wrote them, else in Dutch
     * @param pages   where each vacancy's page is, to link it from its events
     */
    static String of(String name, List<OpenVacancy> vacancies, boolean english, VacancyPages pages) {
        ICalendar calendar = new ICalendar(english, pages);
        calendar.line("BEGIN:VCALENDAR");
        calendar.line("VERSION:2.0");
        calendar.line("PRODID:-//Pillars//Vacancies//NL");
        calendar.line("CALSCALE:GREGORIAN");
        calendar.line("METHOD:PUBLISH");
        calendar.line("X-WR-CALNAME:" + text(name));
        calendar.line("X-WR-TIMEZONE:" + ZONE.getId());
        BRUSSELS.forEach(calendar::line);
        for (OpenVacancy vacancy : vacancies) {
            Schedule time = vacancy.time();
            if (time.date() != null) {
                calendar.event(vacancy, vacancy.id().toString(), time.date(), time.from(), time.to(), null);
            } else {
                List<WeeklySlot> slots = time.weekly();
                for (int i = 0; i < slots.size(); i++) {
                    WeeklySlot slot = slots.get(i);
                    LocalDate first = time.startDate().with(TemporalAdjusters.nextOrSame(slot.day()));
                    if (time.endDate() == null || !first.isAfter(time.endDate())) {
                        calendar.event(vacancy, vacancy.id() + "-" + i, first, slot.from(), slot.to(), time.endDate());
                    }
                }
            }
        }
        calendar.line("END:VCALENDAR");
        return calendar.out.toString();
    }

    private void event(OpenVacancy vacancy, String uid, LocalDate day, LocalTime from, LocalTime to,
            LocalDate until) {
        line("BEGIN:VEVENT");
        line("UID:" + uid + "@pillars");
        line("DTSTAMP:" + UTC.format(vacancy.updatedAt()));
        line("LAST-MODIFIED:" + UTC.format(vacancy.updatedAt()));
        line("SEQUENCE:" + Math.min(vacancy.version(), Integer.MAX_VALUE));
        line("DTSTART;TZID=" + ZONE.getId() + ":" + LOCAL.format(day.atTime(from)));
        line("DTEND;TZID=" + ZONE.getId() + ":" + LOCAL.format(day.atTime(to)));
        if (vacancy.time().date() == null) {
            // UNTIL is in UTC when DTSTART has a time zone (RFC 5545, 3.3.10): the end of the period's last day
            line("RRULE:FREQ=WEEKLY" + (until == null ? "" : ";UNTIL=" + UTC.format(untilInstant(until))));
        }
        String language = english && vacancy.title().en() != null ? "en" : "nl";
        line("SUMMARY;LANGUAGE=" + language + ":" + text(in(vacancy.title())));
        Optional<String> page = pages.of(vacancy.id());
        line("DESCRIPTION;LANGUAGE=" + language + ":" + text(description(vacancy, page)));
        Place place = vacancy.place();
        line("LOCATION:" + text(location(place)));
        if (place.latitude() != null) {
            line("GEO:" + BigDecimal.valueOf(place.latitude()).toPlainString() + ";"
                    + BigDecimal.valueOf(place.longitude()).toPlainString());
        }
        page.ifPresent(url -> line("URL:" + url));
        line("STATUS:CONFIRMED");
        line("TRANSP:TRANSPARENT");
        line("END:VEVENT");
    }

    private static Instant untilInstant(LocalDate until) {
        return LocalDateTime.of(until, LocalTime.of(23, 59, 59)).atZone(ZONE).toInstant();
    }

    private String in(Text text) {
        return english && text.en() != null ? text.en() : text.nl();
    }

    /** The page is in the text too: many calendar apps show no {@code URL}. */
    private String description(OpenVacancy vacancy, Optional<String> page) {
        return in(vacancy.description()) + "\n\n" + (english
                ? vacancy.organisationName() + ", " + vacancy.placesLeft() + " volunteer(s) wanted"
                : vacancy.organisationName() + ", " + vacancy.placesLeft() + " vrijwilliger(s) gezocht")
                + page.map(url -> (english ? "\nApply: " : "\nSolliciteren: ") + url).orElse("");
    }

    /** Such as {@code Kerkstraat 12, 3500, België}: what a map app finds, as far as the vacancy says. */
    private String location(Place place) {
        String country = english ? "Belgium" : "België";
        String street = place.streetLine();
        return (street == null ? "" : street + ", ") + place.postalCode() + ", " + country;
    }

    /** A TEXT value (RFC 5545, 3.3.11): backslash, semicolon, comma and line breaks escaped. */
    static String text(String value) {
        StringBuilder escaped = new StringBuilder(value.length() + 16);
        for (int i = 0; i < value.length(); i++) {
            char c = value.charAt(i);
            switch (c) {
                case '\\' -> escaped.append("\\\\");
                case ';' -> escaped.append("\\;");
                case ',' -> escaped.append("\\,");
                case '\n' -> escaped.append("\\n");
                case '\r' -> {
                    escaped.append("\\n");
                    if (i + 1 < value.length() && value.charAt(i + 1) == '\n') {
                        i++;
                    }
                }
                default -> escaped.append(c);
            }
        }
        return escaped.toString();
    }

    /**
     * Appends a content line, folded (RFC 5545, 3.1): no line longer than 75 octets of UTF-8 before its CRLF,
     * each continuation starting with one space, never inside a character.
     */
    private void line(String content) {
        int octets = 0;
        for (int i = 0; i < content.length(); ) {
            int codePoint = content.codePointAt(i);
            int size = new String(Character.toChars(codePoint)).getBytes(StandardCharsets.UTF_8).length;
            if (octets + size > MAX_OCTETS) {
                out.append("\r\n ");
                octets = 1;
            }
            out.appendCodePoint(codePoint);
            octets += size;
            i += Character.charCount(codePoint);
        }
        out.append("\r\n");
    }
}
