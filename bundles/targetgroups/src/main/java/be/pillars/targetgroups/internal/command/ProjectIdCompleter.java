package be.pillars.targetgroups.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import be.pillars.targetgroups.internal.projects.ProjectStore;

/** Completes the ids of the newest projects. */
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
}
