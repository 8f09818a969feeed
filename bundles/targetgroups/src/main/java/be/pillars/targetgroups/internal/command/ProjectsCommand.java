package be.pillars.targetgroups.internal.command;

import java.util.Locale;
import java.util.Map;
import java.util.stream.Collectors;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.Page;
import be.pillars.api.validation.Text;
import be.pillars.targetgroups.internal.catalogue.TargetGroup;
import be.pillars.targetgroups.internal.catalogue.TargetGroupCatalogue;
import be.pillars.targetgroups.internal.projects.Project;
import be.pillars.targetgroups.internal.projects.ProjectStore;

/** {@code pillars:targetgroups-projects}: the projects, newest first, with anonymous counts of who takes part. */
@Service
@Command(scope = "pillars", name = "targetgroups-projects",
        description = "Lists the target-group projects / Toont de doelgroepenprojecten")
public class ProjectsCommand implements Action {

    @Reference
    ProjectStore projects;

    @Reference
    TargetGroupCatalogue catalogue;

    @Option(name = "--coordinator", description = "Only the projects of this login")
    String coordinator;

    @Option(name = "--limit", description = "At most this many (1-200)")
    int limit = ProjectStore.DEFAULT_LIMIT;

    @Option(name = "--offset", description = "Skip this many")
    int offset;

    @Override
    public Object execute() {
        if (limit < 1 || limit > ProjectStore.MAX_LIMIT || offset < 0) {
            System.err.println("--limit must be 1 to " + ProjectStore.MAX_LIMIT + " and --offset 0 or more");
            return null;
        }
        Page<Project> page = projects.list(coordinator, limit, offset);
        ShellTable table = new ShellTable();
        for (String column : new String[] {"ID", "Name", "Target groups", "Coordinator", "From", "Until",
            "Volunteers", "Participants", "Running pairs"}) {
            table.column(column);
        }
        Locale locale = Locale.getDefault();
        Map<String, String> names = catalogue.list().stream()
                .collect(Collectors.toMap(TargetGroup::code, group -> group.name().in(locale), (a, b) -> a));
        for (Project project : page.items()) {
            // each target group's name next to its code, as an admin named it
            String groups = project.targetGroups().stream().map(code -> names.containsKey(code)
                    ? names.get(code) + " (" + code + ")" : code).collect(Collectors.joining(", "));
            table.addRow().addContent(Text.printableAll(project.id(), project.name(), groups,
                    project.coordinator(), project.startDate(),
                    project.endDate(), project.volunteers(), project.participants(), project.activePairs()));
        }
        table.print(System.out);
        System.out.println((page.offset() + page.items().size()) + " of / van " + page.total());
        return null;
    }
}
