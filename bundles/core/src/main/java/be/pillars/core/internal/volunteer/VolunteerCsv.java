package be.pillars.core.internal.volunteer;

import java.io.IOException;
import java.io.StringReader;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.function.IntConsumer;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvException;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.SpreadsheetCsv;
import be.pillars.api.validation.Text;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;

/**
 * Volunteers as the spreadsheets municipalities keep, read and written with opencsv: UTF-8 (written with a
 * byte order mark, so Excel reads it right), {@code ;} between columns, lists inside a cell joined with
 * {@code |}. The columns, in the order written: {@value #HEADER_TEXT}. Availability, unavailable dates and
 * consents are not in the file. Cells are written and read through {@link SpreadsheetCsv#cell(String)} and
 * {@link SpreadsheetCsv#value(String)}: no formula runs in a spreadsheet, and an exported file imports as it was.
 */
public final class VolunteerCsv {

    static final String HEADER_TEXT = "id;firstName;lastName;email;phone;birthDate;postalCode;district;languages;"
            + "skills;interests;preference;status";
    static final String[] HEADER = HEADER_TEXT.split(";");
    static final String LIST_SEPARATOR = "|";
    private static final Pattern LIST_SPLIT = Pattern.compile(Pattern.quote(LIST_SEPARATOR));

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

    private static final Set<String> REQUIRED = Set.of("firstName", "lastName", "email", "postalCode", "preference");

    /**
     * Reads the file of an import: UTF-8 with or without a byte order mark, {@code ;} or {@code ,} between
     * columns (whichever the header uses), the header naming the columns of {@link #HEADER} in any order and
     * case ({@code id} is ignored: an import always creates new volunteers). Unknown or missing columns, lines
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
        Map<String, Integer> columns = new HashMap<>();
        String[] header = reader.readNext();
        for (int i = 0; i < header.length; i++) {
            String name = canonical(header[i].strip());
            if (name == null) {
                problems.add(problem(1, header[i].strip(), "unknown_column", "Onbekende kolom; gekend zijn: "
                        + HEADER_TEXT, "Unknown column; known are: " + HEADER_TEXT));
            } else if (columns.putIfAbsent(name, i) != null) {
                problems.add(problem(1, name, "duplicate_column", "Deze kolom staat er twee keer",
                        "This column is there twice"));
            }
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                problems.add(problem(1, required, "missing_column", "Verplichte kolom ontbreekt",
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
            volunteers.add(new VolunteerData(row.text("firstName"), row.text("lastName"), row.text("email"),
                    row.text("phone"), row.date("birthDate"), row.text("postalCode"), row.text("district"),
                    row.list("languages"), row.list("skills"), row.list("interests"), List.of(), Set.of(),
                    row.choice("preference", Preference.class), row.choice("status", VolunteerStatus.class),
                    List.of(), null));
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

    /** The column's name as in {@link #HEADER}, whatever its case, or null when it is not one of them. */
    private static String canonical(String name) {
        for (String known : HEADER) {
            if (known.equalsIgnoreCase(name)) {
                return known;
            }
        }
        return null;
    }

    /** The cells of one line, read by column name; values of the wrong form are recorded as problems. */
    private record Row(String[] cells, Map<String, Integer> columns, int line, List<DomainException.Problem> problems) {

        /**
         * The cell's text, stripped: the {@code '} that the export puts before a formula comes off, and text that
         * {@link Text}'s rule refuses is a problem of the line and column (and read as absent).
         */
        String text(String column) {
            Integer index = columns.get(column);
            String value = index == null ? null : SpreadsheetCsv.value(cells[index]);
            LocalizedText refused = Text.problem(value);
            if (refused != null) {
                problems.add(new DomainException.Problem(line, column, "invalid_text", refused));
                return null;
            }
            return value == null || value.isBlank() ? null : value.strip();
        }

        Set<String> list(String column) {
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

        LocalDate date(String column) {
            String value = text(column);
            try {
                return value == null ? null : LocalDate.parse(value);
            } catch (DateTimeParseException e) {
                problems.add(problem(line, column, "invalid_date", "'" + value + "' is geen datum JJJJ-MM-DD",
                        "'" + value + "' is not a date YYYY-MM-DD"));
                return null;
            }
        }

        <E extends Enum<E>> E choice(String column, Class<E> type) {
            String value = text(column);
            try {
                return value == null ? null : Enum.valueOf(type, value.toUpperCase(Locale.ROOT));
            } catch (IllegalArgumentException e) {
                problems.add(problem(line, column, "invalid_value", "Onbekende waarde '" + value + "'",
                        "Unknown value '" + value + "'"));
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

    /** Every volunteer the query finds, whatever its limit and offset, as CSV. */
    public static String exportMatching(VolunteerService volunteers, VolunteerQuery query) {
        return SpreadsheetCsv.write(HEADER, rows -> volunteers.forEachMatching(query, volunteer -> rows.accept(
                row(volunteer))));
    }

    /** Volunteers as CSV (the export format), for a test or a handful. */
    static String write(List<Volunteer> volunteers) {
        return SpreadsheetCsv.write(HEADER, volunteers.stream().map(VolunteerCsv::row).toList());
    }

    private static String[] row(Volunteer volunteer) {
        VolunteerData data = volunteer.data();
        return new String[] {volunteer.id().toString(), data.firstName(), data.lastName(), data.email(),
            text(data.phone()), text(data.birthDate()), data.postalCode(), text(data.district()),
            joined(data.languages()), joined(data.skills()), joined(data.interests()), data.preference().name(),
            data.status().name()};
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String joined(Set<String> values) {
        return values.stream().collect(Collectors.joining(LIST_SEPARATOR));
    }
}
