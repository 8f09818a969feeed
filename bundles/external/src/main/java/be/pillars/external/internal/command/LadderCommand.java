package be.pillars.external.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.external.internal.ladder.Ladder;
import be.pillars.external.internal.ladder.LadderReport;

/** {@code pillars:external-ladder}: how many one-off volunteers take a regular engagement, and how fast people start. */
@Service
@Command(scope = "pillars", name = "external-ladder",
        description = "Shows the engagement ladder: one-off volunteers who took a regular engagement, and the days "
                + "from registration to a first engagement / Toont de engagementsladder: eenmalige vrijwilligers die "
                + "een regelmatig engagement namen, en de dagen van registratie tot een eerste engagement")
public class LadderCommand implements Action {

    @Reference
    Ladder ladder;

    @Override
    public Object execute() {
        LadderReport report = ladder.report();
        System.out.println("Engagement ladder / Engagementsladder, " + report.asOf());
        ShellTable conversion = new ShellTable();
        for (String column : new String[] {"Year / Jaar", "Within (months) / Binnen (maanden)",
            "One-off / Eenmalig", "Took regular / Nam regelmatig", "Share / Aandeel"}) {
            conversion.column(column);
        }
        report.conversion().forEach(line -> addConversion(conversion, line));
        report.conversionByYear().forEach(line -> addConversion(conversion, line));
        conversion.print(System.out);
        ShellTable waiting = new ShellTable();
        for (String column : new String[] {"Registered / Geregistreerd", "Engaged / Met engagement",
            "Median days / Mediaan dagen", "Average days / Gemiddeld dagen", "Not yet engaged / Nog zonder",
            "Engaged before registration / Engagement voor registratie"}) {
            waiting.column(column);
        }
        addWaiting(waiting, report.timeToFirst());
        report.timeToFirstByYear().forEach(line -> addWaiting(waiting, line));
        waiting.print(System.out);
        return null;
    }

    private static void addConversion(ShellTable table, LadderReport.Conversion line) {
        table.addRow().addContent(line.year() == null ? "all / alle" : line.year(), line.withinMonths(),
                line.oneOffVolunteers(), line.tookRegular(), line.share() == null ? "-" : line.share());
    }

    private static void addWaiting(ShellTable table, LadderReport.TimeToFirst line) {
        table.addRow().addContent(line.year() == null ? "all / alle" : line.year(), line.engaged(),
                line.medianDays() == null ? "-" : line.medianDays(),
                line.averageDays() == null ? "-" : line.averageDays(), line.notYetEngaged(),
                line.engagedBeforeRegistration());
    }
}
