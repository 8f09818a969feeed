package be.pillars.external.internal.command;

import java.util.UUID;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.Page;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.validation.Text;
import be.pillars.external.internal.vacancies.Vacancy;
import be.pillars.external.internal.vacancies.VacancyStatus;
import be.pillars.external.internal.vacancies.VacancyStore;

/**
 * {@code pillars:external-vacancies}: the open vacancies, newest first, with their organisation's name and their
 * places taken.
 */
@Service
@Command(scope = "pillars", name = "external-vacancies",
        description = "Lists the open vacancies / Toont de open vacatures")
public class OpenVacanciesCommand implements Action {

    static final int MAX_LIMIT = 200;

    @Reference
    VacancyStore vacancies;

    @Reference(optional = true)
    OrganisationService organisations;

    @Option(name = "--organisation", description = "Only this organisation's (id)")
    @Completion(VacancyOrganisationCompleter.class)
    String organisation;

    @Option(name = "--limit", description = "At most this many (1-200, default 50)")
    int limit = 50;

    @Option(name = "--offset", description = "Skip this many")
    int offset;

    @Override
    public Object execute() {
        if (limit < 1 || limit > MAX_LIMIT || offset < 0) {
            System.err.println("--limit must be 1 to " + MAX_LIMIT + " and --offset 0 or more");
            return null;
        }
        UUID organisationId;
        try {
            organisationId = organisation == null ? null : UUID.fromString(organisation);
        } catch (IllegalArgumentException e) {
            System.err.println("--organisation is not an id: " + Text.printable(organisation));
            return null;
        }
        Page<Vacancy> page = vacancies.list(organisationId, VacancyStatus.OPEN, limit, offset);
        ShellTable table = new ShellTable();
        for (String column : new String[] {"ID", "Organisation", "Organisation name", "Title", "Kind", "Postal code", "Filled", "Wanted"}) {
            table.column(column);
        }
        Names names = new Names(null, organisations, null);
        for (Vacancy vacancy : page.items()) {
            table.addRow().addContent(Text.printableAll(vacancy.id(), vacancy.organisationId(),
                    names.organisation(vacancy.organisationId()), vacancy.title().nl(),
                    vacancy.kind(), vacancy.place().postalCode(), vacancy.filled(), vacancy.wanted()));
        }
        table.print(System.out);
        System.out.println((page.offset() + page.items().size()) + " of / van " + page.total());
        return null;
    }
}
