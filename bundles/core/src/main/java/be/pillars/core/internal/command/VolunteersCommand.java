package be.pillars.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.Page;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.api.validation.Text;

/** {@code pillars:volunteers}: searches volunteers with the criteria of {@code GET /api/volunteers}. */
@Service
@Command(scope = "pillars", name = "volunteers",
        description = "Lists or searches volunteers / Toont of zoekt vrijwilligers")
public class VolunteersCommand implements Action {

    @Reference
    VolunteerService volunteers;

    @Option(name = "--name", description = "Part of the first or last name")
    String name;

    @Option(name = "--skill", description = "A skill code, such as first-aid")
    String skill;

    @Option(name = "--postal-code", description = "A postal code, such as 3500")
    String postalCode;

    @Option(name = "--district", description = "A district of the municipality")
    String district;

    @Option(name = "--status", description = "CANDIDATE, ACTIVE or INACTIVE")
    VolunteerStatus status;

    @Option(name = "--preference", description = "OCCASIONAL, REGULAR or BOTH")
    Preference preference;

    @Option(name = "--limit", description = "At most this many (1-200)")
    int limit = VolunteerQuery.DEFAULT_LIMIT;

    @Option(name = "--offset", description = "Skip this many")
    int offset;

    @Override
    public Object execute() {
        if (!ConsoleOutput.validPaging(limit, VolunteerQuery.MAX_LIMIT, offset)
                || ConsoleOutput.refusedText("--name", name) || ConsoleOutput.refusedText("--skill", skill)
                || ConsoleOutput.refusedText("--postal-code", postalCode)
                || ConsoleOutput.refusedText("--district", district)) {
            return null;
        }
        Page<Volunteer> page = volunteers.search(new VolunteerQuery(name, skill, postalCode, district, status,
                preference, limit, offset));
        ShellTable table = new ShellTable();
        for (String column : new String[] {"ID", "Name", "Email", "Postal code", "Status", "Preference"}) {
            table.column(column);
        }
        for (Volunteer volunteer : page.items()) {
            table.addRow().addContent(Text.printableAll(volunteer.id(), volunteer.data().firstName() + " "
                    + volunteer.data().lastName(), volunteer.data().email(), volunteer.data().postalCode(),
                    volunteer.data().status(), volunteer.data().preference()));
        }
        table.print(System.out);
        ConsoleOutput.pageFooter(page);
        return null;
    }
}
