package be.pillars.targetgroups.internal.command;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.DomainException;
import be.pillars.api.validation.Text;
import be.pillars.targetgroups.internal.representation.Group;
import be.pillars.targetgroups.internal.representation.Report;
import be.pillars.targetgroups.internal.representation.RepresentationMonitor;
import be.pillars.targetgroups.internal.representation.TrendYear;

/**
 * {@code pillars:targetgroups-representation}: the representation summary, as {@code GET
 * /api/targetgroups/representation}: every group with volunteers against population, the under-represented
 * ones, and the trend per year. Only counts; small groups show as suppressed.
 */
@Service
@Command(scope = "pillars", name = "targetgroups-representation",
        description = "Shows the representation summary / Toont de representatiemonitor")
public class RepresentationCommand implements Action {

    @Reference
    RepresentationMonitor monitor;

    @Option(name = "--year", description = "Reference year of the population (default: the newest imported)")
    Integer year;

    @Option(name = "--refnis", description = "NIS code of the municipality (default: the one imported last)")
    String refnis;

    @Override
    public Object execute() {
        Locale locale = Locale.getDefault();
        Report report;
        try {
            report = monitor.report(year, refnis);
        } catch (DomainException e) {
            System.err.println(e.code() + ": " + Text.printable(e.text().in(locale)));
            return null;
        }
        System.out.println(Text.printable(report.municipality() == null ? report.refnis() : report.municipality())
                + " " + report.year() + ": " + (report.activeVolunteers() == null ? "< " + report.threshold()
                        : report.activeVolunteers()) + " active volunteers / actieve vrijwilligers, population 16+ / "
                + "bevolking 16+ " + report.population());
        ShellTable groups = new ShellTable();
        for (String column : new String[] {"Dimension", "Group", "Volunteers", "Share", "Population share", "Index",
            "Under-represented"}) {
            groups.column(column);
        }
        for (Group group : report.groups()) {
            // a district's label is what the municipality's population file named it
            groups.addRow().addContent(Text.printableAll(group.dimension(), group.label().in(locale),
                    Group.PROTECTS.equals(group.suppressedAs()) ? "hidden: protects a small group / verborgen: "
                            + "beschermt een kleine groep" : group.suppressed() ? "< " + report.threshold()
                                    : group.volunteers(),
                    group.volunteerShare(), group.populationShare(), group.index(),
                    group.underRepresented() ? "yes / ja" : ""));
        }
        groups.print(System.out);
        ShellTable trend = new ShellTable();
        for (String column : new String[] {"Year", "Volunteers", "Median age", "Share under 35"}) {
            trend.column(column);
        }
        for (TrendYear row : report.trend()) {
            trend.addRow().addContent(row.year(), row.suppressed() ? "< " + report.threshold() : row.volunteers(),
                    shown(row.medianAge()), shown(row.shareUnder35()));
        }
        trend.print(System.out);
        report.notes().forEach(note -> System.out.println(Text.printable(note.in(locale))));
        return null;
    }

    private static Object shown(Double value) {
        return value == null ? "" : value;
    }
}
