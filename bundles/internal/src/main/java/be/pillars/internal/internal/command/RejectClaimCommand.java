package be.pillars.internal.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import be.pillars.api.validation.Text;
import be.pillars.internal.internal.claims.JdbcClaims;

/** {@code pillars:claim-reject <id> [reason ...]}: rejects a pending claim; it no longer counts. */
@Service
@Command(scope = "pillars", name = "claim-reject",
        description = "Rejects an expense claim / Wijst een onkostenaanvraag af")
public class RejectClaimCommand implements Action {

    @Reference
    JdbcClaims claims;

    @Reference
    Session session;

    @Argument(index = 0, name = "id", required = true, description = "The claim's id")
    @Completion(PendingClaimCompleter.class)
    String id;

    @Argument(index = 1, name = "reason", multiValued = true, description = "Why, in a few words")
    List<String> reason;

    @Override
    public Object execute() {
        ConsoleActor.refusalsPrinted(() -> {
            claims.reject(ConsoleActor.id("id", id), reason == null ? null : Text.checked("reason",
                    String.join(" ", reason)), ConsoleActor.of(session));
            System.out.println("Rejected / Afgewezen: " + id);
        });
        return null;
    }
}
