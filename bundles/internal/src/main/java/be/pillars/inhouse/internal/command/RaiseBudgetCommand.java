package be.pillars.inhouse.internal.command;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.UUID;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import be.pillars.api.DomainException;
import be.pillars.api.validation.Text;
import be.pillars.inhouse.internal.appreciation.AppreciationBudgets;
import be.pillars.inhouse.internal.appreciation.Budget;
import be.pillars.inhouse.internal.appreciation.BudgetRaise;

/** {@code pillars:internal-raise-budget <service> <year> <amount> <reason>}: an admin adds to a service's budget. */
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

    @Argument(index = 2, name = "amount", required = true, description = "Euro to add, such as 50.00")
    BigDecimal amount;

    @Argument(index = 3, name = "reason", required = true, description = "Why (quote it)")
    String reason;

    @Override
    public Object execute() {
        try {
            UUID id = UUID.fromString(service);
            BudgetRaise raise = budgets.raise(id, year, new BudgetRaise.Input(amount, Text.checked("reason", reason)),
                    ConsoleUser.of(session));
            Budget budget = budgets.budget(id, year);
            System.out.println("Raised by / Verhoogd met EUR " + raise.amount() + ": budget " + year + " of / van "
                    + Text.printable(budget.serviceName()) + " is now / is nu EUR " + budget.budget()
                    + ", left / over EUR " + budget.left());
        } catch (IllegalArgumentException e) {
            System.err.println("'" + Text.printable(service) + "' is not a service id / is geen id van een dienst");
        } catch (DomainException e) {
            System.err.println(Text.printable((e.field() == null ? "" : e.field() + ": ")
                    + e.text().in(Locale.getDefault())));
        }
        return null;
    }
}
