package be.pillars.internal.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import be.pillars.internal.internal.services.ServiceDirectory;

/** Completes the ids of the active municipal services. */
@Service
public class ServiceIdCompleter implements Completer {

    @Reference
    ServiceDirectory directory;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        directory.services().forEach(service -> ids.getStrings().add(service.id().toString()));
        return ids.complete(session, commandLine, candidates);
    }
}
