package be.pillars.targetgroups.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Candidate;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import be.pillars.api.validation.Text;
import be.pillars.targetgroups.internal.projects.ProjectStore;

/** Completes the ids of the newest projects, each with the project's name beside it. */
@Service
public class ProjectIdCompleter implements Completer {

    @Reference
    ProjectStore projects;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        projects.list(null, ProjectStore.MAX_LIMIT, 0).items()
                .forEach(project -> ids.getStrings().add(project.id().toString()));
        return ids.complete(session, commandLine, candidates);
    }

    @Override
    public void completeCandidates(Session session, CommandLine commandLine, List<Candidate> candidates) {
        projects.list(null, ProjectStore.MAX_LIMIT, 0).items().forEach(project -> candidates.add(new Candidate(
                project.id().toString(), project.id().toString(), null, Text.printable(project.name()), null, null,
                true)));
    }
}
