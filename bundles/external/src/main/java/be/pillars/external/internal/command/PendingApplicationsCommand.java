package be.pillars.external.internal.command;

import java.util.EnumSet;
import java.util.UUID;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.Page;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.validation.Text;
import be.pillars.external.internal.applications.Application;
import be.pillars.external.internal.applications.ApplicationStatus;
import be.pillars.external.internal.applications.ApplicationStore;
import be.pillars.external.internal.vacancies.VacancyStore;

/**
 * {@code pillars:external-applications-pending}: applications waiting for a decision, oldest first, with the
 * vacancy's title and the volunteer's name next to their ids.
 */
@Service
@Command(scope = "pillars", name = "external-applications-pending",
        description = "Lists the applications waiting for a decision / Toont de sollicitaties die op een beslissing "
                + "wachten")
public class PendingApplicationsCommand implements Action {

    @Reference
    ApplicationStore applications;

    @Reference
    VacancyStore vacancies;

    @Reference(optional = true)
    VolunteerService volunteers;

    @Option(name = "--vacancy", description = "Only for this vacancy (id)")
    @Completion(OpenVacancyCompleter.class)
    String vacancy;

    @Option(name = "--limit", description = "At most this many (1-200, default 50)")
    int limit = 50;

    @Option(name = "--offset", description = "Skip this many")
    int offset;

    @Override
    public Object execute() {
        if (limit < 1 || limit > OpenVacanciesCommand.MAX_LIMIT || offset < 0) {
            System.err.println("--limit must be 1 to " + OpenVacanciesCommand.MAX_LIMIT + " and --offset 0 or more");
            return null;
        }
        UUID vacancyId;
        try {
            vacancyId = vacancy == null ? null : UUID.fromString(vacancy);
        } catch (IllegalArgumentException e) {
            System.err.println("--vacancy is not an id: " + Text.printable(vacancy));
            return null;
        }
        Page<Application> page = applications.list(null, vacancyId, null, EnumSet.of(ApplicationStatus.PROPOSED,
                ApplicationStatus.APPLIED, ApplicationStatus.INTAKE_PLANNED), limit, offset);
        ShellTable table = new ShellTable();
        for (String column : new String[] {"ID", "Vacancy", "Vacancy title", "Volunteer", "Volunteer name", "Status",
                "Since", "By"}) {
            table.column(column);
        }
        Names names = new Names(volunteers, null, vacancies);
        for (Application application : page.items()) {
            Application.Change last = application.history().get(application.history().size() - 1);
            table.addRow().addContent(Text.printableAll(application.id(), application.vacancyId(),
                    names.vacancy(application.vacancyId()), application.volunteerId(),
                    names.volunteer(application.volunteerId()), application.status(), application.updatedAt(), last.changedBy()));
        }
        table.print(System.out);
        System.out.println((page.offset() + page.items().size()) + " of / van " + page.total());
        return null;
    }
}
