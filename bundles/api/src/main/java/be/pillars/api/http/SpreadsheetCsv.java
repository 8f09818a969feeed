package be.pillars.api.http;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Consumer;
import java.util.regex.Pattern;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * CSV as the spreadsheets of a municipality expect it: UTF-8 with a byte order mark (without it Excel misreads
 * accents), {@code ;} between columns (Excel's separator in Belgian settings), CRLF line ends; quoting by opencsv.
 * Every CSV Pillars writes is written here.
 *
 * <p>No cell is read as a formula (OWASP's "CSV injection"): a cell that starts with {@code =}, {@code +},
 * {@code -}, {@code @}, a tab or a carriage return is written with a {@code '} before it, so that a volunteer named
 * {@code =HYPERLINK(...)} shows as text and opens no link. A cell that is a plain number in full (an optional sign,
 * digits, at most one {@code .} or {@code ,} with digits after it, such as {@code -12.50}) is no formula and stays as
 * it is, so that amounts stay numbers. A cell that already starts with {@code '} before such a character gets one
 * {@code '} more, so that {@link #value(String)} gives back exactly the text stored: the stored values themselves
 * never change.
 */
public final class SpreadsheetCsv {

    /** Starts every file written here; readers of imported files drop it. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

    private static final String FORMULA_STARTS = "=+-@\t\r";
    private static final Pattern PLAIN_NUMBER = Pattern.compile("[+-]?[0-9]+(?:[.,][0-9]+)?");

    private SpreadsheetCsv() {
    }

    /** The header and the rows as one text. */
    public static String write(String[] header, List<String[]> rows) {
        return write(header, rows::forEach);
    }

    /**
     * The header and the rows that {@code rows} hands to the sink it is given, one at a time: an export that reads
     * its rows page by page does not hold them all a second time.
     */
    public static String write(String[] header, Consumer<Consumer<String[]>> rows) {
        StringWriter text = new StringWriter();
        text.write(BYTE_ORDER_MARK);
        try (ICSVWriter csv = new CSVWriter(text, ';', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n")) {
            csv.writeNext(cells(header), false);
            rows.accept(row -> csv.writeNext(cells(row), false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /**
     * A number as a spreadsheet in the reader's language reads it: {@code 12,50} in Dutch (Belgian settings take a
     * decimal comma, and {@code ;} separates the columns so that the comma is safe), {@code 12.50} otherwise; no
     * grouping of thousands, so that every spreadsheet reads it as a number.
     */
    public static String number(BigDecimal value, Locale reader) {
        if (value == null) {
            return "";
        }
        String plain = value.toPlainString();
        return "nl".equals(reader.getLanguage()) ? plain.replace('.', ',') : plain;
    }

    /** The row as written: a copy where a cell changes, the caller's array itself stays as it was. */
    private static String[] cells(String[] row) {
        String[] written = row;
        for (int i = 0; i < row.length; i++) {
            String cell = cell(row[i]);
            if (cell != row[i]) {
                if (written == row) {
                    written = row.clone();
                }
                written[i] = cell;
            }
        }
        return written;
    }

    /** A value as a cell: with a {@code '} before it when a spreadsheet would read it as a formula. */
    public static String cell(String value) {
        return value != null && formulaBehindQuotes(value) && !PLAIN_NUMBER.matcher(value).matches() ? "'" + value
                : value;
    }

    /**
     * The value a cell written by {@link #cell(String)} stands for: the {@code '} that {@link #cell(String)} put
     * before a formula's first character comes off; every other cell is its value as it is. An import reads its
     * cells through this, so that a file exported by Pillars comes back as it was stored.
     */
    public static String value(String cell) {
        return cell != null && cell.startsWith("'") && formulaBehindQuotes(cell) ? cell.substring(1) : cell;
    }

    /** Whether the first character after any leading {@code '} starts a formula. */
    private static boolean formulaBehindQuotes(String text) {
        int first = 0;
        while (first < text.length() && text.charAt(first) == '\'') {
            first++;
        }
        return first < text.length() && FORMULA_STARTS.indexOf(text.charAt(first)) >= 0;
    }

    /** A CSV text as an HTTP answer, with the file name a browser saves it under. */
    public static ApiResponse download(String fileName, String csv) {
        return new ApiResponse(200, new TextBody("text/csv; charset=UTF-8", csv),
                Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }
}
