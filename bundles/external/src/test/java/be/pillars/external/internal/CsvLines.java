package be.pillars.external.internal;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;

import be.pillars.api.http.SpreadsheetCsv;

/** The lines of a CSV as the pillar writes it, for the tests of its reports. */
public final class CsvLines {

    private CsvLines() {
    }

    /** The lines without their CRLF, after checking the byte order mark that starts the file. */
    public static List<String> of(String csv) {
        assertEquals(SpreadsheetCsv.BYTE_ORDER_MARK, csv.charAt(0));
        return List.of(csv.substring(1).split("\r\n"));
    }
}
