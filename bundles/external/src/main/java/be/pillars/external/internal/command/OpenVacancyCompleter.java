package be.pillars.external.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.CommandLine;
import org.apache.karaf.shell.api.console.Completer;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.StringsCompleter;

import be.pillars.external.internal.vacancies.VacancyStatus;
import be.pillars.external.internal.vacancies.VacancyStore;

/** Completes the ids of the newest open vacancies. */
@Service
public class OpenVacancyCompleter implements Completer {

    @Reference
    VacancyStore vacancies;

    @Override
    public int complete(Session session, CommandLine commandLine, List<String> candidates) {
        StringsCompleter ids = new StringsCompleter();
        vacancies.list(null, VacancyStatus.OPEN, OpenVacanciesCommand.MAX_LIMIT, 0).items()
                .forEach(vacancy -> ids.getStrings().add(vacancy.id().toString()));
        return ids.complete(session, commandLine, candidates);
    }
}
