package be.pillars.internal.internal.claims;

import java.math.BigDecimal;
import java.text.NumberFormat;
import java.time.LocalDate;
import java.util.List;
import java.util.Locale;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.SpreadsheetCsv;
import be.pillars.api.http.TextBody;
import be.pillars.internal.internal.services.Csv;

/**
 * The statement and the named list as documents: the named list as CSV for a spreadsheet, both as HTML that
 * prints cleanly on A4 (print CSS), in Dutch or English.
 */
public final class ClaimDocuments {

    /** The named list's columns, in order. */
    private static final List<LocalizedText> CSV_HEADER = List.of(LocalizedText.of("vrijwilliger", "volunteer"),
            LocalizedText.of("naam", "name"), LocalizedText.of("dag", "day"), LocalizedText.of("soort", "kind"),
            LocalizedText.of("bedrag", "amount"));
    private static final Locale DUTCH = Locale.forLanguageTag("nl-BE");

    private static final String STYLE = "body{font-family:Helvetica,Arial,sans-serif;font-size:11pt;margin:2em;"
            + "color:#111}h1{font-size:16pt;margin-bottom:.2em}p.sub{margin-top:0;color:#444}"
            + "p.exceeded{font-weight:bold;color:#a00;border:1px solid #a00;padding:.4em}"
            + "table{border-collapse:collapse;width:100%;margin:1em 0}th,td{border-bottom:1px solid #bbb;"
            + "padding:4px 8px;text-align:left;vertical-align:top}th{border-bottom:2px solid #111}"
            + ".amount{text-align:right;white-space:nowrap}tfoot td{font-weight:bold;border-bottom:none}"
            + "footer{margin-top:2em;font-size:9pt;color:#444}"
            + "@media print{body{margin:0}@page{size:A4;margin:15mm}thead{display:table-header-group}"
            + "tr{page-break-inside:avoid}}";

    private ClaimDocuments() {
    }

    /**
     * The language a document is asked in: {@code ?lang=nl} or {@code en}, else the caller's Accept-Language (Dutch
     * unless it prefers English).
     */
    static Locale language(ApiRequest request) {
        String lang = request.queryText("lang");
        if (lang == null) {
            return request.locale();
        }
        return switch (lang) {
            case "nl" -> DUTCH;
            case "en" -> Locale.ENGLISH;
            default -> throw ApiException.badRequest("invalid_value", "lang", LocalizedText.of(
                    "Kies nl of en", "Choose nl or en"));
        };
    }

    /** An HTML document as an HTTP answer. */
    static ApiResponse htmlAnswer(String html) {
        return new ApiResponse(200, new TextBody("text/html; charset=UTF-8", html));
    }

    /**
     * The named list as CSV for Excel: UTF-8 with a byte order mark, {@code ;} between columns, columns
     * {@code vrijwilliger;naam;dag;soort;bedrag} ({@code volunteer;name;day;kind;amount} in English); the name is
     * empty once the volunteer is erased. The header, the kinds and the amounts (12,50 in Dutch) are in the
     * reader's language.
     */
    public static String namedListCsv(NamedList list, Locale reader) {
        return Csv.write(CSV_HEADER, list.entries().stream().map(entry -> List.of(entry.volunteerKey().toString(),
                entry.name() == null ? "" : entry.name(), entry.day().toString(), entry.kind().label().in(reader),
                SpreadsheetCsv.number(entry.amount(), reader))).toList(), reader);
    }

    /** The statement of one volunteer's year, printable. */
    public static String statementHtml(Statement statement, Locale locale, LocalDate today) {
        Html html = new Html(locale);
        html.start(LocalizedText.of("Overzicht onkostenvergoedingen " + statement.year(),
                "Statement of expense allowances " + statement.year()));
        html.paragraph("sub", LocalizedText.of(statement.name() + " (" + statement.volunteerId() + ") \u2014 "
                + statement.system().label().nl(), statement.name() + " (" + statement.volunteerId() + ") \u2014 "
                        + statement.system().label().en()));
        html.table(List.of(LocalizedText.of("Dag", "Day"), LocalizedText.of("Soort", "Kind"),
                LocalizedText.of("Omschrijving", "Description")), LocalizedText.of("Bedrag", "Amount"));
        for (Claim claim : statement.paid()) {
            ClaimData data = claim.data();
            html.row(List.of(data.date().toString(), html.text(data.kind().label()), detail(html, claim)),
                    data.amount());
        }
        html.total(LocalizedText.of("Totaal betaald", "Total paid"), 3, statement.total());
        for (YearSummary.CeilingUse use : statement.exceeded()) {
            html.paragraph("exceeded", exceeded(use, statement.year()));
        }
        if (!statement.declarations().isEmpty()) {
            html.heading(LocalizedText.of("Verklaard ontvangen van andere organisaties",
                    "Declared as received from other organisations"));
            html.table(List.of(LocalizedText.of("Organisatie", "Organisation"), LocalizedText.of("Soort werk",
                    "Kind of work")), LocalizedText.of("Bedrag", "Amount"));
            for (Declaration declaration : statement.declarations()) {
                html.row(List.of(declaration.data().organisation(), html.text(declaration.data().category().label())),
                        declaration.data().amount());
            }
            html.endTable();
        }
        return html.end(LocalizedText.of("Opgemaakt op " + today + ". Vergoedingen volgens de wet van 3 juli 2005 "
                + "betreffende de rechten van vrijwilligers.", "Made on " + today + ". Allowances under the Law of "
                        + "3 July 2005 on the rights of volunteers."));
    }

    /** A crossed yearly ceiling, said plainly: by how much, and what it means for the year. */
    public static LocalizedText exceeded(YearSummary.CeilingUse use, int year) {
        String limit = AllowanceRules.quantity(use.ceiling(), use.limit());
        String over = AllowanceRules.quantity(use.ceiling(), use.exceededBy());
        String used = AllowanceRules.quantity(use.ceiling(), use.used());
        boolean euro = use.ceiling() != Ceiling.KILOMETRES;
        return LocalizedText.of("OVERSCHREDEN: " + use.ceiling().label().nl() + " van " + year + " (" + limit
                + ") is overschreden met " + over + " (" + used + " in totaal, verklaringen van andere organisaties "
                + "inbegrepen)" + (euro ? ". De hele vergoeding van " + year + " wordt belastbaar loon, onderworpen "
                        + "aan sociale zekerheid, tenzij de vrijwilliger de reële kosten bewijst." : "."),
                "EXCEEDED: " + use.ceiling().label().en() + " of " + year + " (" + limit + ") is exceeded by " + over
                        + " (" + used + " in all, declarations from other organisations included)" + (euro
                                ? ". The whole allowance of " + year + " becomes taxable pay, subject to social "
                                        + "security, unless the volunteer proves the real costs." : "."));
    }

    /** The named list of one year, printable. */
    public static String namedListHtml(NamedList list, Locale locale, LocalDate today) {
        Html html = new Html(locale);
        html.start(LocalizedText.of("Nominatieve lijst vrijwilligersvergoedingen " + list.year(),
                "Named list of volunteer allowances " + list.year()));
        html.paragraph("sub", LocalizedText.of("Te bewaren tot en met " + (list.year() + 7) + " (7 jaar).",
                "To be kept until the end of " + (list.year() + 7) + " (7 years)."));
        html.table(List.of(LocalizedText.of("Vrijwilliger", "Volunteer"), LocalizedText.of("Dag", "Day"),
                LocalizedText.of("Soort", "Kind")), LocalizedText.of("Bedrag", "Amount"));
        for (NamedList.Entry entry : list.entries()) {
            String who = entry.name() == null ? html.text(LocalizedText.of("anoniem", "anonymous")) + " "
                    + entry.volunteerKey() : entry.name();
            html.row(List.of(who, entry.day().toString(), html.text(entry.kind().label())), entry.amount());
        }
        html.total(LocalizedText.of("Totaal", "Total"), 3, list.total());
        return html.end(LocalizedText.of("Opgemaakt op " + today + ".", "Made on " + today + "."));
    }

    private static String detail(Html html, Claim claim) {
        ClaimData data = claim.data();
        return switch (data.kind()) {
            case LUMP_SUM_DAY -> html.text(data.category().label());
            case REAL_COST -> data.description() == null ? "" : data.description()
                    + (data.proofReference() == null ? "" : " (" + data.proofReference() + ")");
            case KILOMETRES -> data.distanceKm().toPlainString() + " km, " + html.text(data.vehicle().label())
                    + " \u00d7 " + claim.ratePerKm().toPlainString()
                    + (Boolean.TRUE.equals(data.passengerTransport())
                            ? ", " + html.text(LocalizedText.of("personenvervoer", "passenger transport")) : "")
                    + (data.description() == null ? "" : " \u2014 " + data.description());
        };
    }

    /** A small HTML writer that escapes every text it is given. */
    private static final class Html {

        private final Locale locale;
        private final StringBuilder out = new StringBuilder();
        private final NumberFormat money;

        Html(Locale locale) {
            this.locale = locale;
            money = NumberFormat.getNumberInstance("nl".equals(locale.getLanguage()) ? DUTCH : Locale.ENGLISH);
            money.setMinimumFractionDigits(2);
            money.setMaximumFractionDigits(2);
        }

        String text(LocalizedText text) {
            return text.in(locale);
        }

        void start(LocalizedText title) {
            out.append("<!DOCTYPE html>\n<html lang=\"").append("nl".equals(locale.getLanguage()) ? "nl" : "en")
                    .append("\"><head><meta charset=\"utf-8\"><title>").append(escape(text(title)))
                    .append("</title><style>").append(STYLE).append("</style></head><body>\n<h1>")
                    .append(escape(text(title))).append("</h1>\n");
        }

        void heading(LocalizedText heading) {
            out.append("<h2>").append(escape(text(heading))).append("</h2>\n");
        }

        void paragraph(String cssClass, LocalizedText paragraph) {
            out.append("<p class=\"").append(cssClass).append("\">").append(escape(text(paragraph))).append("</p>\n");
        }

        void table(List<LocalizedText> columns, LocalizedText amount) {
            out.append("<table><thead><tr>");
            columns.forEach(column -> out.append("<th>").append(escape(text(column))).append("</th>"));
            out.append("<th class=\"amount\">").append(escape(text(amount)))
                    .append(" (EUR)</th></tr></thead><tbody>\n");
        }

        void row(List<String> cells, BigDecimal amount) {
            out.append("<tr>");
            cells.forEach(cell -> out.append("<td>").append(escape(cell)).append("</td>"));
            out.append("<td class=\"amount\">").append(money.format(amount)).append("</td></tr>\n");
        }

        void total(LocalizedText label, int span, BigDecimal amount) {
            out.append("</tbody><tfoot><tr><td colspan=\"").append(span).append("\">").append(escape(text(label)))
                    .append("</td><td class=\"amount\">").append(money.format(amount)).append("</td></tr></tfoot>")
                    .append("</table>\n");
        }

        void endTable() {
            out.append("</tbody></table>\n");
        }

        String end(LocalizedText footer) {
            return out.append("<footer>").append(escape(text(footer))).append("</footer>\n</body></html>\n")
                    .toString();
        }

        private static String escape(String text) {
            StringBuilder escaped = new StringBuilder(text.length());
            for (char c : text.toCharArray()) {
                switch (c) {
                    case '<' -> escaped.append("&lt;");
                    case '>' -> escaped.append("&gt;");
                    case '&' -> escaped.append("&amp;");
                    case '"' -> escaped.append("&quot;");
                    case '\'' -> escaped.append("&#39;");
                    default -> escaped.append(c);
                }
            }
            return escaped.toString();
        }
    }
}
