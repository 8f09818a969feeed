package be.pillars.internal.internal.command;

import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import be.pillars.api.validation.Text;
import be.pillars.internal.internal.claims.ClaimOutcome;
import be.pillars.internal.internal.claims.JdbcClaims;

/** {@code pillars:claim-approve <id>}: approves a pending claim after checking every rule again. */
@Service
@Command(scope = "pillars", name = "claim-approve",
        description = "Approves an expense claim / Keurt een onkostenaanvraag goed")
public class ApproveClaimCommand implements Action {

    @Reference
    JdbcClaims claims;

    @Reference
    Session session;

    @Argument(name = "id", required = true, description = "The claim's id")
    @Completion(PendingClaimCompleter.class)
    String id;

    @Override
    public Object execute() {
        ConsoleActor.refusalsPrinted(() -> {
            ClaimOutcome outcome = claims.approve(ConsoleActor.id("id", id), ConsoleActor.of(session));
            System.out.println("Approved / Goedgekeurd: " + outcome.claim().id() + " EUR "
                    + outcome.claim().data().amount());
            outcome.warnings().forEach(warning -> System.out.println("! " + Text.printable(warning.message()
                    .in(Locale.getDefault()))));
        });
        return null;
    }
}
