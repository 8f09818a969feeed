package be.pillars.targetgroups.internal.representation;

import java.io.BufferedReader;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CoderResult;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.TreeSet;
import java.util.regex.Pattern;

import com.opencsv.CSVParser;
import com.opencsv.CSVParserBuilder;
import com.opencsv.CSVReader;
import com.opencsv.CSVReaderBuilder;
import com.opencsv.exceptions.CsvValidationException;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.validation.Fields;
import be.pillars.api.validation.Text;

/**
 * Reads reference population in the format of Statbel's open data on population structure ("Bevolking naar
 * woonplaats, nationaliteit, burgerlijke staat, leeftijd en geslacht", files {@code TF_SOC_POP_STRUCT_<year>.txt}):
 * UTF-8 with or without a byte order mark, {@code |} between columns (or {@code ;} or {@code ,}, whichever the
 * header uses), a header naming the columns in any order and case. Of Statbel's 21 columns it uses
 * {@code CD_REFNIS} (the municipality's NIS code), {@code TX_DESCR_NL} (its name, optional), {@code CD_SEX}
 * ({@code M}, {@code F}), {@code CD_AGE} (single years) and {@code MS_POPULATION}, and sums over the others
 * (nationality, civil status, arrondissement, province, region). An optional {@code CD_YEAR} must match the year
 * imported. Statbel's file has no district below the municipality: a municipality that knows its districts may
 * add a {@code DISTRICT} column in the same file (its own figures in Statbel's format). Refused, with their line:
 * bytes that are not UTF-8, text that {@link Text}'s rule refuses (control characters) and rows with more cells than
 * the header.
 */
public final class PopulationFile {

    static final int MAX_PROBLEMS = 20;
    private static final Pattern REFNIS = Pattern.compile("[0-9]{5}");
    private static final List<String> REQUIRED = List.of("CD_REFNIS", "CD_SEX", "CD_AGE", "MS_POPULATION");

    /**
     * What a file holds for one municipality.
     *
     * @param refnis       its NIS code
     * @param municipality its Dutch name, or null when the file has no {@code TX_DESCR_NL}
     * @param rows         how many rows of the file were about it
     * @param cells        the people summed by age, sex and district
     */
    public record Parsed(String refnis, String municipality, long rows, List<PopulationCell> cells) {

        public long people() {
            return cells.stream().mapToLong(PopulationCell::people).sum();
        }
    }

    private record Key(int age, String sex, String district) {
    }

    private PopulationFile() {
    }

    /**
     * @param bytes  the file as uploaded
     * @param year   the reference year the file is imported for
     * @param refnis the municipality to keep, or null when the file holds only one
     * @throws DomainException {@code INVALID} naming the field (the header, {@code refnis}) or listing every
     *                         problem with its line (at most {@value #MAX_PROBLEMS}); nothing is kept
     */
    public static Parsed read(byte[] bytes, int year, String refnis) {
        if (refnis != null && !REFNIS.matcher(refnis).matches()) {
            throw Fields.invalid("invalid_refnis", "refnis", "Een NIS-code heeft 5 cijfers, zoals 71022",
                    "A NIS code has 5 digits, such as 71022");
        }
        refuseInvalidUtf8(bytes);
        try (BufferedReader text = new BufferedReader(new InputStreamReader(new ByteArrayInputStream(bytes),
                StandardCharsets.UTF_8))) {
            text.mark(64 * 1024);
            String header = text.readLine();
            if (header == null || header.isBlank()) {
                throw Fields.invalid("missing_header", "header", "Het bestand is leeg", "The file is empty");
            }
            text.reset();
            CSVParser parser = new CSVParserBuilder().withSeparator(separator(header)).build();
            try (CSVReader csv = new CSVReaderBuilder(text).withCSVParser(parser).build()) {
                return read(csv, year, refnis);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (CsvValidationException e) {
            throw Fields.invalid("malformed_csv", "body", "Onleesbare regel " + e.getLineNumber(),
                    "Unreadable line " + e.getLineNumber());
        }
    }

    /**
     * Refuses a file that is not UTF-8 throughout, naming the line of the first wrong byte: read leniently, a
     * file saved as Windows-1252 would store every accented name as replacement characters.
     */
    private static void refuseInvalidUtf8(byte[] bytes) {
        CharsetDecoder decoder = StandardCharsets.UTF_8.newDecoder().onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        ByteBuffer in = ByteBuffer.wrap(bytes);
        CharBuffer out = CharBuffer.allocate(8192);
        for (CoderResult result = decoder.decode(in, out, true); !result.isUnderflow();
                result = decoder.decode(in, out, true)) {
            if (result.isError()) {
                int at = in.position();
                int line = 1;
                for (int i = 0; i < at; i++) {
                    line += bytes[i] == '\n' ? 1 : 0;
                }
                String wrong = String.format("0x%02X", bytes[at] & 0xFF);
                throw DomainException.rowsRefused(List.of(problem(line, null, "not_utf8", "Geen geldige UTF-8 (byte "
                        + wrong + "): bewaar het bestand als UTF-8", "Not valid UTF-8 (byte " + wrong
                        + "): save the file as UTF-8")));
            }
            out.clear();
        }
    }

    private static char separator(String header) {
        if (header.contains("|")) {
            return '|';
        }
        return header.contains(";") ? ';' : ',';
    }

    private static Parsed read(CSVReader csv, int year, String wanted) throws IOException, CsvValidationException {
        String[] header = csv.readNext();
        Map<String, Integer> columns = columns(header);
        Integer name = columns.get("TX_DESCR_NL");
        Integer district = columns.get("DISTRICT");
        Integer yearColumn = columns.get("CD_YEAR");
        List<DomainException.Problem> problems = new ArrayList<>();
        Map<Key, Long> people = new HashMap<>();
        TreeSet<String> municipalities = new TreeSet<>();
        String municipality = null;
        long rows = 0;
        String[] row;
        while ((row = csv.readNext()) != null) {
            int line = (int) csv.getLinesRead();
            if (row.length == 1 && row[0].isBlank()) {
                continue;
            }
            int refused = refusedCell(row);
            if (refused >= 0) {
                problems.add(new DomainException.Problem(line, refused < header.length ? columnName(header[refused])
                        : null, "invalid_text", Text.problem(row[refused])));
            } else if (row.length < columns.size()) {
                problems.add(problem(line, null, "missing_columns", "Te weinig kolommen", "Too few columns"));
            } else if (row.length > header.length) {
                problems.add(problem(line, null, "extra_columns", "Meer cellen (" + row.length + ") dan de kopregel ("
                        + header.length + ")", "More cells (" + row.length + ") than the header (" + header.length
                        + ")"));
            } else {
                String refnis = row[columns.get("CD_REFNIS")].strip();
                municipalities.add(refnis);
                if (wanted == null || wanted.equals(refnis)) {
                    if (yearColumn != null && !String.valueOf(year).equals(row[yearColumn].strip())) {
                        problems.add(problem(line, "CD_YEAR", "other_year", "Een ander jaar dan " + year,
                                "Another year than " + year));
                    }
                    Key key = key(row, columns, district, line, problems);
                    Long count = number(row[columns.get("MS_POPULATION")], 0, Long.MAX_VALUE / 2);
                    if (count == null) {
                        problems.add(problem(line, "MS_POPULATION", "invalid_number", "Geen aantal",
                                "Not a count"));
                    } else if (key != null) {
                        people.merge(key, count, Long::sum);
                        rows++;
                        municipality = name == null ? null : row[name].strip();
                    }
                }
            }
            if (problems.size() >= MAX_PROBLEMS) {
                break;
            }
        }
        if (!problems.isEmpty()) {
            throw DomainException.rowsRefused(problems);
        }
        if (wanted == null && municipalities.size() > 1) {
            throw Fields.invalid("refnis_required", "refnis", "Het bestand bevat " + municipalities.size()
                    + " gemeenten: kies er een met refnis", "The file holds " + municipalities.size()
                    + " municipalities: choose one with refnis");
        }
        if (rows == 0) {
            throw Fields.invalid("no_rows", "refnis", "Het bestand bevat geen rijen voor deze gemeente",
                    "The file holds no rows for this municipality");
        }
        String refnis = wanted == null ? municipalities.first() : wanted;
        List<PopulationCell> cells = people.entrySet().stream()
                .map(entry -> new PopulationCell(entry.getKey().age(), entry.getKey().sex(),
                        entry.getKey().district(), entry.getValue()))
                .sorted((a, b) -> a.age() != b.age() ? Integer.compare(a.age(), b.age())
                        : !a.sex().equals(b.sex()) ? a.sex().compareTo(b.sex()) : a.district().compareTo(b.district()))
                .toList();
        return new Parsed(refnis, municipality, rows, cells);
    }

    private static Map<String, Integer> columns(String[] header) {
        if (header == null) {
            throw Fields.invalid("missing_header", "header", "Het bestand is leeg", "The file is empty");
        }
        int refused = refusedCell(header);
        if (refused >= 0) {
            throw DomainException.invalid("invalid_text", "header", Text.problem(header[refused]));
        }
        Map<String, Integer> columns = new LinkedHashMap<>();
        for (int i = 0; i < header.length; i++) {
            columns.putIfAbsent(columnName(header[i]), i);
        }
        for (String required : REQUIRED) {
            if (!columns.containsKey(required)) {
                throw Fields.invalid("missing_column", "header", "De kolom " + required + " ontbreekt",
                        "The column " + required + " is missing");
            }
        }
        return columns;
    }

    private static String columnName(String cell) {
        return cell.replace("\uFEFF", "").strip().toUpperCase(Locale.ROOT);
    }

    /** The first cell that {@link Text}'s rule refuses, or -1. */
    private static int refusedCell(String[] cells) {
        for (int i = 0; i < cells.length; i++) {
            if (Text.refusedAt(cells[i]) >= 0) {
                return i;
            }
        }
        return -1;
    }

    private static Key key(String[] row, Map<String, Integer> columns, Integer district, int line,
            List<DomainException.Problem> problems) {
        String sex = row[columns.get("CD_SEX")].strip().toUpperCase(Locale.ROOT);
        if (!sex.equals("M") && !sex.equals("F")) {
            problems.add(problem(line, "CD_SEX", "invalid_sex", "M of F verwacht", "M or F expected"));
            return null;
        }
        Long age = number(row[columns.get("CD_AGE")], 0, 120);
        if (age == null) {
            problems.add(problem(line, "CD_AGE", "invalid_age", "Een leeftijd van 0 tot 120 verwacht",
                    "An age from 0 to 120 expected"));
            return null;
        }
        String place = district == null ? "" : row[district].strip();
        if (place.length() > 100) {
            problems.add(problem(line, "DISTRICT", "too_long", "Hoogstens 100 tekens", "At most 100 characters"));
            return null;
        }
        return new Key(age.intValue(), sex, place);
    }

    private static Long number(String text, long minimum, long maximum) {
        try {
            long value = Long.parseLong(Objects.requireNonNull(text).strip());
            return value >= minimum && value <= maximum ? value : null;
        } catch (NumberFormatException e) {
            return null;
        }
    }

    private static DomainException.Problem problem(int line, String field, String code, String nl, String en) {
        return new DomainException.Problem(line, field, code, LocalizedText.of(nl, en));
    }
}
