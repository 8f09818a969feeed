package be.pillars.core.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;

/** Completes volunteer ids, the first page of them by name, so an admin need not copy ids by hand. */
@Service
public class VolunteerIdCompleter implements Completer {

    @Reference
    VolunteerService volunteers;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        volunteers.search(new VolunteerQuery(null, null, null, null, null, null, VolunteerQuery.MAX_LIMIT, 0))
                .items().stream().map(Volunteer::id).map(Object::toString).forEach(ids.getStrings()::add);
        return ids.complete(session, commandLine, candidates);
    }
}
