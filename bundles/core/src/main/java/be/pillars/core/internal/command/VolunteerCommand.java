package be.pillars.core.internal.command;

import static be.pillars.core.internal.command.ConsoleUser.consoleUser;

import java.util.UUID;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;

import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.core.internal.audit.AuditLog;

/** {@code pillars:volunteer <id>}: everything core holds about one volunteer. */
@Service
@Command(scope = "pillars", name = "volunteer", description = "Shows one volunteer / Toont een vrijwilliger")
public class VolunteerCommand implements Action {

    @Reference
    VolunteerService volunteers;

    @Reference
    AuditLog audit;

    @Reference
    Session session;

    @Argument(name = "id", required = true, description = "The volunteer's id")
    @Completion(VolunteerIdCompleter.class)
    String id;

    @Override
    public Object execute() {
        UUID uuid;
        try {
            uuid = UUID.fromString(id);
        } catch (IllegalArgumentException e) {
            System.err.println("'" + id + "' is not a volunteer id / is geen id van een vrijwilliger");
            return null;
        }
        Volunteer volunteer = volunteers.find(uuid).orElse(null);
        if (volunteer == null) {
            System.err.println("No volunteer with id " + id + " / Geen vrijwilliger met id " + id);
            return null;
        }
        audit.record(consoleUser(session), AuditLog.Action.READ, "volunteer", uuid, "console");
        VolunteerData data = volunteer.data();
        print("id", volunteer.id());
        print("version", volunteer.version());
        print("name", data.firstName() + " " + data.lastName());
        print("email", data.email());
        print("phone", data.phone());
        print("birthDate", data.birthDate());
        print("postalCode", data.postalCode());
        print("district", data.district());
        print("languages", data.languages());
        print("skills", data.skills());
        print("interests", data.interests());
        print("availability", data.availability());
        print("unavailableDates", data.unavailableDates());
        print("preference", data.preference());
        print("status", data.status());
        print("consents", data.consents());
        print("createdAt", volunteer.createdAt());
        print("updatedAt", volunteer.updatedAt());
        return null;
    }

    private static void print(String label, Object value) {
        System.out.printf("%-17s %s%n", label, value == null ? "" : value);
    }
}
