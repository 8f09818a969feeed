package be.pillars.core.internal.volunteer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.IntConsumer;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.SpreadsheetCsv;
import be.pillars.api.validation.Text;
import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.api.volunteer.WeeklySlot;

/**
 * Volunteers as the spreadsheets municipalities keep, read and written with opencsv: UTF-8 (written with a
 * byte order mark, so Excel reads it right), {@code ;} between columns, lists inside a cell joined with
 * {@code |}. The header is in the reader's language (Dutch unless English is asked); an import takes either
 * language's names. Weekly availability is written as {@code MONDAY 09:00-12:00} (an import also takes Dutch day
 * names such as {@code maandag}), unavailable dates as {@code 2026-12-24}, consents as
 * {@code matching@2026-11-01T08:00:00Z} (or a date alone, taken as its midnight UTC). The self-described gender is
 * taken by an import but never written: no answer shows it. Cells are written and read through
 * {@link SpreadsheetCsv#cell(String)} and {@link SpreadsheetCsv#value(String)}: no formula runs in a spreadsheet,
 * and an exported file imports as it was.
 */
public final class VolunteerCsv {

    /** The columns, in the order written; {@code id} is written but ignored by an import. */
    enum Column {
        ID("id", "id"), FIRST_NAME("firstName", "voornaam"), LAST_NAME("lastName", "achternaam"),
        EMAIL("email", "e-mail"), PHONE("phone", "telefoon"), BIRTH_DATE("birthDate", "geboortedatum"),
        POSTAL_CODE("postalCode", "postcode"), DISTRICT("district", "wijk"), LANGUAGES("languages", "talen"),
        SKILLS("skills", "vaardigheden"), INTERESTS("interests", "interesses"), PREFERENCE("preference", "voorkeur"),
        STATUS("status", "status"), AVAILABILITY("availability", "beschikbaarheid"),
        UNAVAILABLE_DATES("unavailableDates", "onbeschikbaar"), CONSENTS("consents", "toestemmingen"),
        /** Read, never written. */
        GENDER("gender", "gender");

        /** The name in an English header, also the field named in an import's problems. */
        final String en;
        private final LocalizedText header;

        Column(String en, String nl) {
            this.en = en;
            this.header = LocalizedText.of(nl, en);
        }

        String in(Locale reader) {
            return header.in(reader);
        }
    }

    private static final List<Column> WRITTEN = List.of(Column.values()).subList(0, Column.GENDER.ordinal());
    static final String LIST_SEPARATOR = "|";
    private static final Pattern LIST_SPLIT = Pattern.compile(Pattern.quote(LIST_SEPARATOR));
    private static final Pattern SLOT = Pattern.compile("(\\p{L}+) (\\d{1,2}:\\d{2})-(\\d{1,2}:\\d{2})");
    private static final List<String> DUTCH_DAYS = List.of("maandag", "dinsdag", "woensdag", "donderdag", "vrijdag",
            "zaterdag", "zondag");

    private VolunteerCsv() {
    }

    /** Volunteers read from a file, with the line each came from, and what could not be read. */
    public record Parsed(List<VolunteerData> volunteers, List<Integer> lines, List<DomainException.Problem> problems) {

        /** The problems of {@link VolunteerService#check}, numbered by the lines of the file. */
        public List<DomainException.Problem> onLines(List<DomainException.Problem> listProblems) {
            return listProblems.stream().map(problem -> new DomainException.Problem(lines.get(problem.row() - 1),
                    problem.field(), problem.code(), problem.text())).toList();
        }
    }

    private static final Set<Column> REQUIRED = Set.of(Column.FIRST_NAME, Column.LAST_NAME, Column.EMAIL,
            Column.POSTAL_CODE, Column.PREFERENCE);

    /**
     * Reads the file of an import: UTF-8 with or without a byte order mark, {@code ;} or {@code ,} between
     * columns (whichever the header uses), the header naming the {@link Column}s in Dutch or English, in any order
     * and case ({@code id} is ignored: an import always creates new volunteers). Unknown or missing columns, lines
     * with the wrong number of cells, and values of the wrong form are problems with their line and column.
     */
    public static Parsed read(byte[] bytes) {
        List<DomainException.Problem> problems = new ArrayList<>();
        String text;
        try {
            text = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                    .onUnmappableCharacter(CodingErrorAction.REPORT).decode(ByteBuffer.wrap(bytes)).toString();
        } catch (CharacterCodingException e) {
            return failed(problem(1, null, "not_utf8", "Het bestand is geen UTF-8", "The file is not UTF-8"));
        }
        if (!text.isEmpty() && text.charAt(0) == SpreadsheetCsv.BYTE_ORDER_MARK) {
            text = text.substring(1);
        }
        String headerLine = text.lines().findFirst().orElse("");
        if (headerLine.isBlank()) {
            return failed(problem(1, null, "missing_header", "Het bestand heeft geen kopregel",
                    "The file has no header line"));
        }
        char separator = count(headerLine, ';') >= count(headerLine, ',') ? ';' : ',';
        try (CSVReader reader = new CSVReaderBuilder(new StringReader(text))
                .withCSVParser(new CSVParserBuilder().withSeparator(separator).build()).build()) {
            // one line at a time: only the volunteers read so far are kept, not every line's cells besides
            return parsed(reader, problems);
        } catch (IOException | CsvException e) {
            return failed(problem(1, null, "malformed_csv", "Het bestand is geen geldige CSV: " + e.getMessage(),
                    "The file is not valid CSV: " + e.getMessage()));
        }
    }

    private static Parsed parsed(CSVReader reader, List<DomainException.Problem> problems)
            throws IOException, CsvException {
        Map<Column, Integer> columns = new EnumMap<>(Column.class);
        String[] header = reader.readNext();
        for (int i = 0; i < header.length; i++) {
            Column column = canonical(header[i].strip());
            if (column == null) {
                problems.add(problem(1, header[i].strip(), "unknown_column", "Onbekende kolom; gekend zijn: "
                        + names(LocalizedText.DUTCH), "Unknown column; known are: " + names(Locale.ENGLISH)));
            } else if (columns.putIfAbsent(column, i) != null) {
                problems.add(problem(1, column.en, "duplicate_column", "Deze kolom staat er twee keer",
                        "This column is there twice"));
            }
        }
        for (Column required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(problem(1, required.en, "missing_column", "Verplichte kolom ontbreekt",
                        "Required column is missing"));
            }
        }
        if (!problems.isEmpty()) {
            return new Parsed(List.of(), List.of(), problems);
        }
        List<VolunteerData> volunteers = new ArrayList<>();
        List<Integer> lineNumbers = new ArrayList<>();
        int line = 1;
        for (String[] cells = reader.readNext(); cells != null; cells = reader.readNext()) {
            line++;
            if (cells.length == 1 && cells[0].isBlank()) {
                continue;
            }
            if (cells.length != header.length) {
                problems.add(problem(line, null, "wrong_column_count", "Deze regel heeft " + cells.length
                        + " cellen, de kopregel " + header.length, "This line has " + cells.length
                        + " cells, the header " + header.length));
                continue;
            }
            Row row = new Row(cells, columns, line, problems);
            volunteers.add(new VolunteerData(row.text(Column.FIRST_NAME), row.text(Column.LAST_NAME),
                    row.text(Column.EMAIL), row.text(Column.PHONE), row.date(Column.BIRTH_DATE),
                    row.text(Column.POSTAL_CODE), row.text(Column.DISTRICT), row.list(Column.LANGUAGES),
                    row.list(Column.SKILLS), row.list(Column.INTERESTS), row.availability(), row.unavailableDates(),
                    row.choice(Column.PREFERENCE, Preference.class), row.choice(Column.STATUS, VolunteerStatus.class),
                    row.consents(), row.text(Column.GENDER)));
            lineNumbers.add(line);
        }
        return new Parsed(volunteers, lineNumbers, problems);
    }

    private static Parsed failed(DomainException.Problem problem) {
        return new Parsed(List.of(), List.of(), List.of(problem));
    }

    private static DomainException.Problem problem(int line, String field, String code, String nl, String en) {
        return new DomainException.Problem(line, field, code, LocalizedText.of(nl, en));
    }

    private static long count(String text, char wanted) {
        return text.chars().filter(character -> character == wanted).count();
    }

    /** The column a header names in either language, whatever its case, or null when it names none. */
    private static Column canonical(String name) {
        for (Column column : Column.values()) {
            if (column.header.en().equalsIgnoreCase(name) || column.header.nl().equalsIgnoreCase(name)) {
                return column;
            }
        }
        return null;
    }

    private static String names(Locale reader) {
        return Stream.of(Column.values()).map(column -> column.in(reader)).collect(Collectors.joining(";"));
    }

    /** The cells of one line, read by column name; values of the wrong form are recorded as problems. */
    private record Row(String[] cells, Map<Column, Integer> columns, int line, List<DomainException.Problem> problems) {

        /**
         * The cell's text, stripped: the {@code '} that the export puts before a formula comes off, and text that
         * {@link Text}'s rule refuses is a problem of the line and column (and read as absent).
         */
        String text(Column column) {
            Integer index = columns.get(column);
            String value = index == null ? null : SpreadsheetCsv.value(cells[index]);
            LocalizedText refused = Text.problem(value);
            if (refused != null) {
                problems.add(new DomainException.Problem(line, column.en, "invalid_text", refused));
                return null;
            }
            return value == null || value.isBlank() ? null : value.strip();
        }

        Set<String> list(Column column) {
            String value = text(column);
            if (value == null) {
                return Set.of();
            }
            String[] parts = LIST_SPLIT.split(value);
            // sized to what it holds: an import keeps three of these per volunteer until all are stored
            Set<String> values = new LinkedHashSet<>(parts.length * 4 / 3 + 1);
            for (String part : parts) {
                if (!part.isBlank()) {
                    values.add(part.strip());
                }
            }
            return values;
        }

        LocalDate date(Column column) {
            String value = text(column);
            return value == null ? null : date(column, value);
        }

        private LocalDate date(Column column, String value) {
            try {
                return LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(problem(line, column.en, "invalid_date", "'" + value + "' is geen datum JJJJ-MM-DD",
                        "'" + value + "' is not a date YYYY-MM-DD"));
                return null;
            }
        }

        <E extends Enum<E>> E choice(Column column, Class<E> type) {
            String value = text(column);
            try {
                return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(problem(line, column.en, "invalid_value", "Onbekende waarde '" + value + "'",
                        "Unknown value '" + value + "'"));
                return null;
            }
        }

        List<WeeklySlot> availability() {
            List<WeeklySlot> slots = new ArrayList<>();
            for (String slot : list(Column.AVAILABILITY)) {
                Matcher parts = SLOT.matcher(slot);
                DayOfWeek day = parts.matches() ? day(parts.group(1)) : null;
                LocalTime from = day == null ? null : time(parts.group(2));
                LocalTime to = from == null ? null : time(parts.group(3));
                if (to == null) {
                    problems.add(problem(line, Column.AVAILABILITY.en, "invalid_slot", "'" + slot
                            + "' is geen tijdslot zoals 'maandag 09:00-12:00'", "'" + slot
                            + "' is not a time slot such as 'MONDAY 09:00-12:00'"));
                } else {
                    slots.add(new WeeklySlot(day, from, to));
                }
            }
            return slots;
        }

        private static DayOfWeek day(String name) {
            int dutch = DUTCH_DAYS.indexOf(name.toLowerCase(Locale.ROOT));
            if (dutch >= 0) {
                return DayOfWeek.of(dutch + 1);
            }
            try {
                return DayOfWeek.valueOf(name.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                return null;
            }
        }

        private static LocalTime time(String text) {
            try {
                return LocalTime.parse(text.length() == 4 ? "0" + text : text);
            } catch (DateTimeParseException e) {
                return null;
            }
        }

        Set<LocalDate> unavailableDates() {
            Set<LocalDate> dates = new TreeSet<>();
            for (String day : list(Column.UNAVAILABLE_DATES)) {
                LocalDate date = date(Column.UNAVAILABLE_DATES, day);
                if (date != null) {
                    dates.add(date);
                }
            }
            return dates;
        }

        List<Consent> consents() {
            List<Consent> consents = new ArrayList<>();
            for (String consent : list(Column.CONSENTS)) {
                int at = consent.indexOf('@');
                Instant givenAt = at < 0 ? null : instant(consent.substring(at + 1).strip());
                if (givenAt == null) {
                    problems.add(problem(line, Column.CONSENTS.en, "invalid_consent", "'" + consent
                            + "' is geen toestemming zoals 'matching@2026-11-01'", "'" + consent
                            + "' is not a consent such as 'matching@2026-11-01'"));
                } else {
                    consents.add(new Consent(consent.substring(0, at).strip(), givenAt));
                }
            }
            return consents;
        }

        private static Instant instant(String text) {
            try {
                return text.contains("T") ? Instant.parse(text) : LocalDate.parse(text).atStartOfDay(ZoneOffset.UTC)
                        .toInstant();
            } catch (DateTimeParseException e) {
                return null;
            }
        }
    }

    /**
     * Imports a file all or nothing: every problem of every line (its form, then the rules of a volunteer)
     * is listed with the line it is on before anything is stored.
     *
     * @return how many volunteers were stored
     * @throws DomainException {@code invalid_rows} listing the problems; nothing is stored then
     */
    public static int importInto(VolunteerService volunteers, byte[] file, IntConsumer progress) {
        Parsed parsed = read(file);
        if (parsed.problems().isEmpty()) {
            // importAll checks every volunteer itself: a second pass over them first would only cost time
            try {
                return volunteers.importAll(parsed.volunteers(), progress);
            } catch (DomainException e) {
                throw e.problems().isEmpty() ? e : DomainException.rowsRefused(parsed.onLines(e.problems()));
            }
        }
        List<DomainException.Problem> problems = new ArrayList<>(parsed.problems());
        problems.addAll(parsed.onLines(volunteers.check(parsed.volunteers())));
        problems.sort(Comparator.comparingInt(DomainException.Problem::row));
        throw DomainException.rowsRefused(problems);
    }

    /** Every volunteer the query finds, whatever its limit and offset, as CSV with a header in the reader's language. */
    public static String exportMatching(VolunteerService volunteers, VolunteerQuery query, Locale reader) {
        return SpreadsheetCsv.write(header(reader), rows -> volunteers.forEachMatching(query, volunteer -> rows.accept(
                row(volunteer))));
    }

    /** Volunteers as CSV (the export format), for a test or a handful. */
    static String write(List<Volunteer> volunteers, Locale reader) {
        return SpreadsheetCsv.write(header(reader), volunteers.stream().map(VolunteerCsv::row).toList());
    }

    static String[] header(Locale reader) {
        return WRITTEN.stream().map(column -> column.in(reader)).toArray(String[]::new);
    }

    private static String[] row(Volunteer volunteer) {
        VolunteerData data = volunteer.data();
        return new String[] {volunteer.id().toString(), data.firstName(), data.lastName(), data.email(),
            text(data.phone()), text(data.birthDate()), data.postalCode(), text(data.district()),
            joined(data.languages()), joined(data.skills()), joined(data.interests()), data.preference().name(),
            data.status().name(), joined(data.availability().stream().map(slot -> slot.day() + " " + slot.from() + "-"
                    + slot.to())), joined(data.unavailableDates().stream().map(LocalDate::toString)),
            joined(data.consents().stream().map(consent -> consent.purpose() + "@" + consent.givenAt()))};
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String joined(Set<String> values) {
        return joined(values.stream());
    }

    private static String joined(Stream<String> values) {
        return values.collect(Collectors.joining(LIST_SEPARATOR));
    }
}
