package be.pillars.internal.internal.command;

import java.math.BigDecimal;
import java.util.UUID;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import be.pillars.api.validation.Text;
import be.pillars.internal.internal.appreciation.AppreciationBudgets;
import be.pillars.internal.internal.appreciation.Budget;
import be.pillars.internal.internal.appreciation.BudgetRaise;

/**
 * {@code pillars:internal-raise-budget <service> <year> <amount> <reason>}: an admin adds to a service's budget, or
 * takes back part of an earlier raise with a negative amount (typed after {@code --}, so that the console does not
 * read it as an option).
 */
@Service
@Command(scope = "pillars", name = "internal-raise-budget",
        description = "Raises a service's appreciation budget of a year / Verhoogt het waarderingsbudget van een dienst")
public class RaiseBudgetCommand implements Action {

    @Reference
    AppreciationBudgets budgets;

    @Reference
    Session session;

    @Argument(index = 0, name = "service", required = true, description = "The service's organisation id")
    @Completion(ServiceIdCompleter.class)
    String service;

    @Argument(index = 1, name = "year", required = true, description = "The budget year")
    int year;

    @Argument(index = 2, name = "amount", required = true, description = "Euro to add, such as 50.00; negative to "
            + "take back part of an earlier raise")
    BigDecimal amount;

    @Argument(index = 3, name = "reason", required = true, description = "Why (quote it)")
    String reason;

    @Override
    public Object execute() {
        ConsoleActor.refusalsPrinted(() -> {
            UUID id = ConsoleActor.id("service", service);
            BudgetRaise raise = budgets.raise(id, year, new BudgetRaise.Input(amount, Text.checked("reason", reason)),
                    ConsoleActor.of(session));
            Budget budget = budgets.budget(id, year);
            System.out.println((raise.amount().signum() < 0 ? "Lowered by / Verlaagd met EUR " + raise.amount().negate()
                    : "Raised by / Verhoogd met EUR " + raise.amount()) + ": budget " + year + " of / van "
                    + Text.printable(budget.serviceName()) + " is now / is nu EUR " + budget.budget()
                    + ", left / over EUR " + budget.left());
        });
        return null;
    }
}
