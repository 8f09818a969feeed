package be.pillars.core.internal.command;

import static be.pillars.core.internal.command.ConsoleOutput.field;
import static be.pillars.core.internal.command.ConsoleUser.consoleUser;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import be.pillars.api.audit.AuditTrail;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;

/** {@code pillars:volunteer <id>}: everything core holds about one volunteer. */
@Service
@Command(scope = "pillars", name = "volunteer", description = "Shows one volunteer / Toont een vrijwilliger")
public class VolunteerCommand implements Action {

    @Reference
    VolunteerService volunteers;

    @Reference
    AuditTrail audit;

    @Reference
    Session session;

    @Argument(name = "id", required = true, description = "The volunteer's id")
    @Completion(VolunteerIdCompleter.class)
    String id;

    @Override
    public Object execute() {
        Volunteer volunteer = ConsoleOutput.found(id, "volunteer", "vrijwilliger", volunteers::find).orElse(null);
        if (volunteer == null) {
            return null;
        }
        audit.record(consoleUser(session), AuditTrail.Action.READ, "volunteer", volunteer.id(), "console");
        VolunteerData data = volunteer.data();
        field("id", volunteer.id());
        field("version", volunteer.version());
        field("name", data.firstName() + " " + data.lastName());
        field("email", data.email());
        field("phone", data.phone());
        field("birthDate", data.birthDate());
        field("postalCode", data.postalCode());
        field("district", data.district());
        field("languages", data.languages());
        field("skills", data.skills());
        field("interests", data.interests());
        field("availability", data.availability());
        field("unavailableDates", data.unavailableDates());
        field("preference", data.preference());
        field("status", data.status());
        field("consents", data.consents());
        field("createdAt", volunteer.createdAt());
        field("updatedAt", volunteer.updatedAt());
        return null;
    }
}
