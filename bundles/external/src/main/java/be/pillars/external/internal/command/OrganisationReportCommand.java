package be.pillars.external.internal.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.DomainException;
import be.pillars.api.validation.Text;
import be.pillars.external.internal.reports.OrganisationReport;
import be.pillars.external.internal.vacancies.VacancyStatus;

/** {@code pillars:external-report}: vacancies and matches per organisation. */
@Service
@Command(scope = "pillars", name = "external-report",
        description = "Shows vacancies open and filled and matches by coaches or self-applied, per organisation / "
                + "Toont open en ingevulde vacatures en matches door coaches of op eigen sollicitatie, per organisatie")
public class OrganisationReportCommand implements Action {

    @Reference
    OrganisationReport report;

    @Option(name = "--from", description = "Applications and matches from this day (yyyy-mm-dd)")
    String from;

    @Option(name = "--to", description = "Applications and matches up to this day (yyyy-mm-dd)")
    String to;

    @Override
    public Object execute() {
        OrganisationReport.Report figures;
        try {
            figures = report.report(null, from == null ? null : LocalDate.parse(from),
                    to == null ? null : LocalDate.parse(to));
        } catch (DateTimeParseException e) {
            System.err.println("--from and --to are days like 2026-01-31 / --from en --to zijn dagen zoals 2026-01-31");
            return null;
        } catch (DomainException e) {
            System.err.println(Text.printable(e.text().en() + " / " + e.text().nl()));
            return null;
        }
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Organisation / Organisatie", "Open", "Filled / Ingevuld",
            "Closed / Gesloten", "Places / Plaatsen", "Applications / Sollicitaties", "By coaches / Door coaches",
            "Self-applied / Zelf"}) {
            table.column(column);
        }
        for (OrganisationReport.Line line : figures.organisations()) {
            table.addRow().addContent(Text.printableAll(line.organisation() == null ? line.organisationId()
                    : line.organisation(), line.vacancies().get(VacancyStatus.OPEN),
                    line.vacancies().get(VacancyStatus.FILLED), line.vacancies().get(VacancyStatus.CLOSED),
                    line.placesFilled() + "/" + line.placesWanted(), line.applications(), line.matchesByCoaches(),
                    line.matchesSelfApplied()));
        }
        table.print(System.out);
        return null;
    }
}
