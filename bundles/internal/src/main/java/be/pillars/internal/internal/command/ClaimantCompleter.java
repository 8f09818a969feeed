package be.pillars.internal.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import be.pillars.internal.internal.claims.JdbcClaims;

/** Completes the ids of volunteers who have claims. */
@Service
public class ClaimantCompleter implements Completer {

    @Reference
    JdbcClaims claims;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        claims.claimants().forEach(id -> ids.getStrings().add(id.toString()));
        return ids.complete(session, commandLine, candidates);
    }
}
