package be.pillars.targetgroups.internal.representation;

import java.util.Locale;

import be.pillars.api.http.SpreadsheetCsv;

/**
 * The report's numbers for a spreadsheet, as the other exports of Pillars: UTF-8 with a byte order mark, {@code ;}
 * between columns, decimals with a point; suppressed cells empty, and why they are in {@code suppressedAs}.
 */
public final class RepresentationCsv {

    static final String[] COLUMNS = {"dimension", "group", "label", "volunteers", "volunteerShare", "population",
        "populationShare", "index", "underRepresented", "suppressed", "suppressedAs"};

    private RepresentationCsv() {
    }

    public static String write(Report report, Locale locale) {
        return SpreadsheetCsv.write(COLUMNS, report.groups().stream().map(group -> new String[] {group.dimension(),
            group.key(), group.label().in(locale), text(group.volunteers()), text(group.volunteerShare()),
            text(group.population()), text(group.populationShare()), text(group.index()),
            String.valueOf(group.underRepresented()), String.valueOf(group.suppressed()), text(group.suppressedAs())}).toList());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }
}
