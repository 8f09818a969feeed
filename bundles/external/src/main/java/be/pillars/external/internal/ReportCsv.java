package be.pillars.external.internal;

import java.util.List;
import java.util.Locale;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.SpreadsheetCsv;

/**
 * The external pillar's reports as files for spreadsheets: the header in the reader's language (Dutch unless
 * English is asked), the rows as {@link SpreadsheetCsv} writes every CSV of Pillars. Decimals in the rows come from
 * {@link SpreadsheetCsv#number}, so that they read as numbers in the same language.
 */
public final class ReportCsv {

    private ReportCsv() {
    }

    public static String write(List<LocalizedText> header, List<String[]> rows, Locale reader) {
        return SpreadsheetCsv.write(header.stream().map(column -> column.in(reader)).toArray(String[]::new), rows);
    }

    /** The label of a line over every year, where the other lines name theirs. */
    public static String year(Integer year, Locale reader) {
        return year == null ? LocalizedText.of("alle", "all").in(reader) : year.toString();
    }
}
