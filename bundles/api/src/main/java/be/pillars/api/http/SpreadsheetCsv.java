package be.pillars.api.http;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * CSV as the spreadsheets of a municipality expect it: UTF-8 with a byte order mark (without it Excel misreads
 * accents), {@code ;} between columns (Excel's separator in Belgian settings), CRLF line ends; quoting by opencsv.
 * Every export of Pillars is written this way.
 */
public final class SpreadsheetCsv {

    /** Starts every file written here; readers of imported files drop it. */
    public static final char BYTE_ORDER_MARK = '\uFEFF';

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
            csv.writeNext(header, false);
            rows.accept(row -> csv.writeNext(row, false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A CSV text as an HTTP answer, with the file name a browser saves it under. */
    public static ApiResponse download(String fileName, String csv) {
        return new ApiResponse(200, new TextBody("text/csv; charset=UTF-8", csv),
                Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }
}
