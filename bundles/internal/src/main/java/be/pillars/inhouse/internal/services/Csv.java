package be.pillars.inhouse.internal.services;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.List;
import java.util.Locale;
import java.util.Map;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.TextBody;

/**
 * Lists as the spreadsheets of a municipality expect them, like core's volunteer export: UTF-8 with a byte
 * order mark (so Excel reads it right), {@code ;} between columns, a header in the reader's language.
 */
public final class Csv {

    private static final char BYTE_ORDER_MARK = '\uFEFF';

    private Csv() {
    }

    public static String write(List<LocalizedText> header, List<List<String>> rows, Locale locale) {
        StringWriter text = new StringWriter();
        text.write(BYTE_ORDER_MARK);
        try (ICSVWriter csv = new CSVWriter(text, ';', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n")) {
            csv.writeNext(header.stream().map(label -> label.in(locale)).toArray(String[]::new), false);
            rows.forEach(row -> csv.writeNext(row.toArray(String[]::new), false));
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    /** A download over HTTP, with the file name a browser saves it under. */
    public static ApiResponse download(String fileName, String csv) {
        return new ApiResponse(200, new TextBody("text/csv; charset=UTF-8", csv),
                Map.of("Content-Disposition", "attachment; filename=\"" + fileName + "\""));
    }
}
