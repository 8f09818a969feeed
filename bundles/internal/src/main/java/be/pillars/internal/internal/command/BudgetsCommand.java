package be.pillars.internal.internal.command;

import java.time.LocalDate;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import be.pillars.api.validation.Text;
import be.pillars.internal.internal.appreciation.AppreciationBudgets;
import be.pillars.internal.internal.appreciation.Budget;
import be.pillars.internal.internal.appreciation.BudgetReport;

/** {@code pillars:internal-budgets [--year]}: budget, spent and left per service and in total, as the report. */
@Service
@Command(scope = "pillars", name = "internal-budgets",
        description = "Shows the appreciation budgets of a year / Toont de waarderingsbudgetten van een jaar")
public class BudgetsCommand implements Action {

    @Reference
    AppreciationBudgets budgets;

    @Option(name = "--year", description = "The year (default: this year)")
    Integer year;

    @Override
    public Object execute() {
        int shown = year == null ? LocalDate.now().getYear() : year;
        BudgetReport report = BudgetReport.of(shown, budgets.budgets(shown));
        String format = "%-36s  %-30s  %10s  %10s  %10s  %10s%n";
        System.out.printf(format, "service id", "service", "volunteers", "budget", "spent", "left");
        for (Budget budget : report.services()) {
            System.out.printf(format, budget.serviceId(), Text.printable(budget.serviceName()),
                    budget.volunteers() + (budget.provisional() ? "*" : ""), budget.budget(), budget.spent(),
                    budget.left());
        }
        System.out.printf(format, "", "TOTAL / TOTAAL " + shown, report.total().volunteers(),
                report.total().budget(), report.total().spent(), report.total().left());
        if (report.services().stream().anyMatch(Budget::provisional)) {
            System.out.println("* counted up to today: the year is not over / tot vandaag geteld: het jaar is nog "
                    + "niet voorbij");
        }
        return null;
    }
}
