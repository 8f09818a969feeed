package be.pillars.targetgroups.internal.representation;

import java.util.List;
import java.util.Locale;

/**
 * The report as a chart a council member would rather look at than read: per group of one dimension, a bar for
 * the share among active volunteers next to a bar for the share in the population; under-represented groups in
 * red, suppressed ones without a volunteer bar.
 */
public final class RepresentationChart {

    private static final int WIDTH = 760;
    private static final int LABEL = 170;
    private static final int BARS = 480;
    private static final int ROW = 46;
    private static final int TOP = 78;

    private RepresentationChart() {
    }

    public static String svg(Report report, String dimension, Locale locale) {
        boolean dutch = "nl".equals(locale.getLanguage());
        List<Group> groups = report.groups().stream().filter(group -> group.dimension().equals(dimension))
                .filter(group -> group.population() != null).toList();
        double largest = groups.stream().mapToDouble(group -> Math.max(group.populationShare() == null ? 0
                : group.populationShare(), group.volunteerShare() == null ? 0 : group.volunteerShare()))
                .max().orElse(0);
        double scale = largest == 0 ? 0 : BARS / largest;
        int height = TOP + groups.size() * ROW + 30;
        StringBuilder svg = new StringBuilder();
        svg.append("<svg xmlns=\"http://www.w3.org/2000/svg\" width=\"").append(WIDTH).append("\" height=\"")
                .append(height).append("\" viewBox=\"0 0 ").append(WIDTH).append(' ').append(height)
                .append("\" font-family=\"sans-serif\" font-size=\"13\" role=\"img\">\n");
        String title = (dutch ? "Vrijwilligers tegenover bevolking per " : "Volunteers versus population by ")
                + dimensionName(dimension, dutch) + " (" + report.year()
                + (report.municipality() == null ? "" : ", " + report.municipality()) + ")";
        svg.append("<title>").append(escaped(title)).append("</title>\n");
        svg.append("<text x=\"10\" y=\"24\" font-size=\"16\" font-weight=\"bold\">").append(escaped(title))
                .append("</text>\n");
        legend(svg, 10, 48, "#1f6feb", dutch ? "aandeel onder actieve vrijwilligers" : "share among active volunteers");
        legend(svg, 290, 48, "#9aa4b2", dutch ? "aandeel in de bevolking (16+)" : "share in the population (16+)");
        legend(svg, 530, 48, "#d1242f", dutch ? "ondervertegenwoordigd" : "under-represented");
        int y = TOP;
        for (Group group : groups) {
            svg.append("<text x=\"10\" y=\"").append(y + 18).append("\">").append(escaped(group.label().in(locale)))
                    .append("</text>\n");
            if (group.suppressed()) {
                svg.append("<text x=\"").append(LABEL).append("\" y=\"").append(y + 14)
                        .append("\" font-style=\"italic\" fill=\"#57606a\">")
                        .append(escaped(Group.PROTECTS.equals(group.suppressedAs())
                                ? (dutch ? "verborgen om een kleine groep te beschermen"
                                        : "hidden to protect a small group")
                                : (dutch ? "minder dan " : "fewer than ") + report.threshold()
                                        + (dutch ? " vrijwilligers: niet getoond" : " volunteers: not shown")))
                        .append("</text>\n");
            } else {
                bar(svg, y, group.volunteerShare() == null ? 0 : group.volunteerShare() * scale,
                        group.underRepresented() ? "#d1242f" : "#1f6feb", percent(group.volunteerShare(), dutch));
            }
            bar(svg, y + 20, group.populationShare() == null ? 0 : group.populationShare() * scale, "#9aa4b2",
                    percent(group.populationShare(), dutch));
            y += ROW;
        }
        if (groups.isEmpty()) {
            svg.append("<text x=\"10\" y=\"").append(y + 18).append("\">")
                    .append(dutch ? "Geen gegevens voor deze indeling" : "No figures for this dimension")
                    .append("</text>\n");
        }
        return svg.append("</svg>\n").toString();
    }

    private static void legend(StringBuilder svg, int x, int y, String colour, String text) {
        svg.append("<rect x=\"").append(x).append("\" y=\"").append(y - 10).append("\" width=\"12\" height=\"12\" fill=\"")
                .append(colour).append("\"/><text x=\"").append(x + 18).append("\" y=\"").append(y).append("\">")
                .append(escaped(text)).append("</text>\n");
    }

    private static void bar(StringBuilder svg, int y, double width, String colour, String value) {
        long length = Math.round(width);
        svg.append("<rect x=\"").append(LABEL).append("\" y=\"").append(y + 2).append("\" width=\"").append(length)
                .append("\" height=\"16\" fill=\"").append(colour).append("\"/><text x=\"")
                .append(LABEL + length + 6).append("\" y=\"").append(y + 15).append("\">").append(value)
                .append("</text>\n");
    }

    /** A share as the reader writes it: {@code 57,3 %} in Dutch, {@code 57.3%} in English. */
    private static String percent(Double share, boolean dutch) {
        if (share == null) {
            return "";
        }
        String number = String.format(Locale.ROOT, "%.1f", share * 100);
        return dutch ? number.replace('.', ',') + " %" : number + "%";
    }

    private static String dimensionName(String dimension, boolean dutch) {
        return switch (dimension) {
            case "age" -> dutch ? "leeftijd" : "age";
            case "gender" -> dutch ? "gender" : "gender";
            default -> dutch ? "wijk" : "district";
        };
    }

    /** Text as XML character data and attribute values take it. */
    static String escaped(String text) {
        StringBuilder out = new StringBuilder(text.length());
        for (char c : text.toCharArray()) {
            switch (c) {
                case '&' -> out.append("&amp;");
                case '<' -> out.append("&lt;");
                case '>' -> out.append("&gt;");
                case '"' -> out.append("&quot;");
                case '\'' -> out.append("&apos;");
                default -> out.append(c);
            }
        }
        return out.toString();
    }
}
