package be.pillars.internal.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import be.pillars.internal.internal.events.EventStore;

/** Completes the ids of the newest volunteer events. */
@Service
public class EventIdCompleter implements Completer {

    private static final int NEWEST = 200;

    @Reference
    EventStore events;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        events.list(NEWEST, 0).items().forEach(event -> ids.getStrings().add(event.id().toString()));
        return ids.complete(session, commandLine, candidates);
    }
}
