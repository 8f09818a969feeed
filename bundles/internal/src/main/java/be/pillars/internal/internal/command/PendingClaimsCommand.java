package be.pillars.internal.internal.command;

import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.UUID;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.Page;
import be.pillars.api.validation.Text;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.internal.internal.claims.Claim;
import be.pillars.internal.internal.claims.ClaimStatus;
import be.pillars.internal.internal.claims.JdbcClaims;

/** {@code pillars:claims-pending}: the claims waiting for approval, oldest first, with each volunteer's name. */
@Service
@Command(scope = "pillars", name = "claims-pending",
        description = "Lists the expense claims waiting for approval / Toont de aanvragen die wachten op goedkeuring")
public class PendingClaimsCommand implements Action {

    @Reference
    JdbcClaims claims;

    @Reference
    VolunteerService volunteers;

    @Option(name = "--limit", description = "At most this many (1-200)")
    int limit = JdbcClaims.DEFAULT_LIMIT;

    @Option(name = "--offset", description = "Skip this many")
    int offset;

    @Override
    public Object execute() {
        if (limit < 1 || limit > JdbcClaims.MAX_LIMIT || offset < 0) {
            System.err.println("--limit must be 1 to " + JdbcClaims.MAX_LIMIT + " and --offset 0 or more");
            return null;
        }
        Page<Claim> page = claims.search(ClaimStatus.PENDING, null, null, limit, offset);
        ShellTable table = new ShellTable();
        for (String column : new String[] {"ID", "Volunteer", "Name", "Date", "Kind", "Amount", "Submitted by"}) {
            table.column(column);
        }
        Map<UUID, String> names = new HashMap<>();
        for (Claim claim : page.items()) {
            UUID volunteer = claim.data().volunteerId();
            table.addRow().addContent(Text.printableAll(claim.id(), volunteer,
                    names.computeIfAbsent(volunteer, this::name), claim.data().date(),
                    claim.data().kind().label().in(Locale.getDefault()), claim.data().amount(),
                    claim.submittedBy()));
        }
        table.print(System.out);
        System.out.println((page.offset() + page.items().size()) + " of " + page.total());
        return null;
    }

    /** The volunteer's name as core holds it now; {@code ?} for one core no longer knows. */
    private String name(UUID volunteerId) {
        return volunteers.find(volunteerId).map(volunteer -> volunteer.data().firstName() + " "
                + volunteer.data().lastName()).orElse("?");
    }
}
