package be.pillars.core.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationQuery;
import be.pillars.api.organisation.OrganisationService;

/** Completes organisation ids, the first page of them by name. */
@Service
public class OrganisationIdCompleter implements Completer {

    @Reference
    OrganisationService organisations;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        organisations.search(new OrganisationQuery(null, null, null, null, OrganisationQuery.MAX_LIMIT, 0))
                .items().stream().map(Organisation::id).map(Object::toString).forEach(ids.getStrings()::add);
        return ids.complete(session, commandLine, candidates);
    }
}
