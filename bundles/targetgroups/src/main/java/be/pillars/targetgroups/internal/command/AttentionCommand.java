package be.pillars.targetgroups.internal.command;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.audit.AuditTrail;
import be.pillars.api.validation.Text;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.targetgroups.internal.TargetGroupsPillar;
import be.pillars.targetgroups.internal.buddies.BuddyStore;
import be.pillars.targetgroups.internal.buddies.Pair;
import be.pillars.targetgroups.internal.projects.ProjectStore;
import be.pillars.targetgroups.internal.projects.ProjectsServlet;

/**
 * {@code pillars:targetgroups-attention}: the running buddy pairs without a visit for the configured number of
 * weeks, longest first, as {@code GET /api/targetgroups/projects/attention}. Recorded on the audit trail, since it
 * shows the aliases of persons helped.
 */
@Service
@Command(scope = "pillars", name = "targetgroups-attention",
        description = "Lists the buddy pairs needing attention / Toont de buddyparen die aandacht vragen")
public class AttentionCommand implements Action {

    @Reference
    BuddyStore buddies;

    @Reference
    ProjectStore projects;

    @Reference
    TargetGroupsPillar pillar;

    @Reference
    VolunteerService volunteers;

    @Reference
    AuditTrail audit;

    @Reference
    Session session;

    @Option(name = "--coordinator", description = "Only the projects of this login")
    String coordinator;

    @Option(name = "--project", description = "Only this project")
    @Completion(ProjectIdCompleter.class)
    String project;

    @Override
    public Object execute() {
        UUID only;
        try {
            only = project == null ? null : UUID.fromString(project);
        } catch (IllegalArgumentException e) {
            System.err.println("invalid_id (project): '" + Text.printable(project)
                    + "' is not a valid id / is geen geldig id");
            return null;
        }
        int weeks = pillar.settings().inForce().buddyVisitGapWeeks();
        List<Pair> pairs = buddies.needingAttention(coordinator, weeks).stream()
                .filter(pair -> only == null || pair.projectId().equals(only)).toList();
        audit.record("console:" + session.get("USER"), AuditTrail.Action.READ, ProjectsServlet.PERSON, null,
                "targetgroups pairs needing attention (console)");
        ShellTable table = new ShellTable();
        for (String column : new String[] {"Pair", "Project", "Person (alias)", "Buddy (name, volunteer id)", "Since",
            "Last visit", "Weeks without visit"}) {
            table.column(column);
        }
        LocalDate today = LocalDate.now();
        for (Pair pair : pairs) {
            LocalDate last = pair.lastVisit() == null ? pair.startedOn() : pair.lastVisit();
            table.addRow().addContent(Text.printableAll(pair.id(), projects.require(pair.projectId()).name(),
                    pair.personAlias(), buddy(pair.volunteerId()), pair.startedOn(),
                    pair.lastVisit() == null ? "-" : pair.lastVisit(), ChronoUnit.WEEKS.between(last, today)));
        }
        table.print(System.out);
        System.out.println(String.format(Locale.ROOT, "%d pair(s) without a visit for %d weeks or more / "
                + "%d paar/paren zonder bezoek sinds %d weken of langer", pairs.size(), weeks, pairs.size(), weeks));
        return null;
    }

    /** The buddy's name next to their id, as core holds it now; {@code -} once the volunteer was erased. */
    private String buddy(UUID volunteerId) {
        if (volunteerId == null) {
            return "-";
        }
        return volunteers.find(volunteerId).map(volunteer -> volunteer.data().firstName() + " "
                + volunteer.data().lastName() + " (" + volunteerId + ")").orElse(volunteerId.toString());
    }
}
