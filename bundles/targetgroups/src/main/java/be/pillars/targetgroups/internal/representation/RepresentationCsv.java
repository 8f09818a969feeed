package be.pillars.targetgroups.internal.representation;

import java.io.IOException;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.Locale;

import com.opencsv.CSVWriter;
import com.opencsv.ICSVWriter;

/**
 * The report's numbers for a spreadsheet, as the other exports of Pillars: UTF-8 with a byte order mark, {@code ;}
 * between columns, decimals with a point; suppressed cells empty.
 */
public final class RepresentationCsv {

    static final String[] COLUMNS = {"dimension", "group", "label", "volunteers", "volunteerShare", "population",
        "populationShare", "index", "underRepresented", "suppressed"};

    private RepresentationCsv() {
    }

    public static String write(Report report, Locale locale) {
        StringWriter text = new StringWriter();
        text.write('\uFEFF');
        try (ICSVWriter csv = new CSVWriter(text, ';', ICSVWriter.DEFAULT_QUOTE_CHARACTER,
                ICSVWriter.DEFAULT_ESCAPE_CHARACTER, "\r\n")) {
            csv.writeNext(COLUMNS, false);
            for (Group group : report.groups()) {
                csv.writeNext(new String[] {group.dimension(), group.key(), group.label().in(locale),
                    text(group.volunteers()), text(group.volunteerShare()), text(group.population()),
                    text(group.populationShare()), text(group.index()), String.valueOf(group.underRepresented()),
                    String.valueOf(group.suppressed())}, false);
            }
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return text.toString();
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
