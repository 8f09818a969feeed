package be.pillars.internal.internal.services;

import java.util.List;
import java.util.Locale;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.SpreadsheetCsv;

/** The internal pillar's lists for spreadsheets: a header in the reader's language over rows of text. */
public final class Csv {

    private Csv() {
    }

    public static String write(List<LocalizedText> header, List<List<String>> rows, Locale locale) {
        return SpreadsheetCsv.write(header.stream().map(label -> label.in(locale)).toArray(String[]::new),
                rows.stream().map(row -> row.toArray(String[]::new)).toList());
    }
}
