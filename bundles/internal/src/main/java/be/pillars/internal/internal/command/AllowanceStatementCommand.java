package be.pillars.internal.internal.command;

import java.util.Locale;
import java.util.UUID;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.validation.Text;
import be.pillars.internal.internal.claims.Claim;
import be.pillars.internal.internal.claims.JdbcClaims;
import be.pillars.internal.internal.claims.Statement;
import be.pillars.internal.internal.claims.YearSummary;

/** {@code pillars:allowance-statement <volunteerId> <year>}: what was paid, and where the ceilings stand. */
@Service
@Command(scope = "pillars", name = "allowance-statement",
        description = "A volunteer's expense allowances in a year / "
                + "De onkostenvergoedingen van een vrijwilliger in een jaar")
public class AllowanceStatementCommand implements Action {

    @Reference
    JdbcClaims claims;

    @Argument(index = 0, name = "volunteerId", required = true, description = "The volunteer's id")
    @Completion(ClaimantCompleter.class)
    String volunteerId;

    @Argument(index = 1, name = "year", required = true, description = "The calendar year, such as 2026")
    int year;

    @Override
    public Object execute() {
        ConsoleActor.refusalsPrinted(() -> {
            Locale locale = Locale.getDefault();
            UUID volunteer = ConsoleActor.id("volunteerId", volunteerId);
            Statement statement = claims.statement(volunteer, year);
            YearSummary summary = claims.summary(volunteer, year);
            System.out.println(Text.printable(statement.name() + " " + year + ": "
                    + statement.system().label().in(locale)));
            ShellTable table = new ShellTable();
            for (String column : new String[] {"Date", "Kind", "Amount", "Approved by"}) {
                table.column(column);
            }
            for (Claim claim : statement.paid()) {
                table.addRow().addContent(Text.printableAll(claim.data().date(),
                        claim.data().kind().label().in(locale), claim.data().amount(), claim.decidedBy()));
            }
            table.print(System.out);
            System.out.println("Total paid / Totaal betaald: EUR " + statement.total());
            System.out.println("Pending / Wachtend: " + summary.pendingClaims());
            summary.ceilings().forEach(use -> System.out.println(use.ceiling().label().in(locale) + ": "
                    + use.used() + " / " + use.limit() + (use.exceeded() ? " (EXCEEDED by / OVERSCHREDEN met "
                            + use.exceededBy() + ")" : " (" + use.left() + " left / over)")));
            summary.warnings().forEach(warning -> System.out.println("! " + Text.printable(warning.message()
                    .in(locale))));
        });
        return null;
    }
}
