package be.pillars.targetgroups.internal.representation;

import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.SpreadsheetCsv;

/**
 * The report's numbers for a spreadsheet, as the other exports of Pillars: UTF-8 with a byte order mark, {@code ;}
 * between columns; suppressed cells empty, and why they are in the last column. The header, the yes/no cells and
 * the decimals (a comma in Dutch) are in the reader's language; dimensions, groups and the reasons for suppression
 * stay the codes the JSON and README use.
 */
public final class RepresentationCsv {

    static final List<LocalizedText> COLUMNS = List.of(LocalizedText.of("dimensie", "dimension"),
            LocalizedText.of("groep", "group"), LocalizedText.of("label", "label"),
            LocalizedText.of("vrijwilligers", "volunteers"), LocalizedText.of("aandeelVrijwilligers", "volunteerShare"),
            LocalizedText.of("bevolking", "population"), LocalizedText.of("aandeelBevolking", "populationShare"),
            LocalizedText.of("index", "index"), LocalizedText.of("ondervertegenwoordigd", "underRepresented"),
            LocalizedText.of("verborgen", "suppressed"), LocalizedText.of("verborgenAls", "suppressedAs"));

    private static final LocalizedText YES = LocalizedText.of("ja", "true");
    private static final LocalizedText NO = LocalizedText.of("nee", "false");

    private RepresentationCsv() {
    }

    public static String write(Report report, Locale reader) {
        String[] header = COLUMNS.stream().map(column -> column.in(reader)).toArray(String[]::new);
        return SpreadsheetCsv.write(header, report.groups().stream().map(group -> new String[] {group.dimension(),
            group.key(), group.label().in(reader), text(group.volunteers()), decimal(group.volunteerShare(), reader),
            text(group.population()), decimal(group.populationShare(), reader), decimal(group.index(), reader),
            yesOrNo(group.underRepresented(), reader), yesOrNo(group.suppressed(), reader),
            text(group.suppressedAs())}).toList());
    }

    private static String text(Object value) {
        return value == null ? "" : value.toString();
    }

    private static String decimal(Double value, Locale reader) {
        return value == null ? "" : SpreadsheetCsv.number(BigDecimal.valueOf(value), reader);
    }

    private static String yesOrNo(boolean value, Locale reader) {
        return (value ? YES : NO).in(reader);
    }
}
