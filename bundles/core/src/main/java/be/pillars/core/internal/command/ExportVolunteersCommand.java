package be.pillars.core.internal.command;

import static be.pillars.core.internal.command.ConsoleUser.consoleUser;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;

import be.pillars.api.LocalizedText;
import be.pillars.api.audit.AuditTrail;
import be.pillars.api.validation.Text;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.core.internal.volunteer.VolunteerCsv;

/** {@code pillars:export-volunteers <file>}: the volunteers a search finds, written as CSV. */
@Service
@Command(scope = "pillars", name = "export-volunteers",
        description = "Exports the volunteers a search finds to a CSV file / Exporteert gezochte vrijwilligers naar CSV")
public class ExportVolunteersCommand implements Action {

    @Reference
    VolunteerService volunteers;

    @Reference
    AuditTrail audit;

    @Reference
    Session session;

    @Argument(name = "file", required = true, description = "The CSV file to write")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--skill", description = "A skill code")
    String skill;

    @Option(name = "--postal-code", description = "A postal code")
    String postalCode;

    @Option(name = "--status", description = "CANDIDATE, ACTIVE or INACTIVE")
    VolunteerStatus status;

    @Option(name = "--preference", description = "OCCASIONAL, REGULAR or BOTH")
    Preference preference;

    @Option(name = "--english", description = "Header in English (Dutch by default)")
    boolean english;

    @Override
    public Object execute() {
        if (ConsoleOutput.refusedText("file", file) || ConsoleOutput.refusedText("--skill", skill)
                || ConsoleOutput.refusedText("--postal-code", postalCode)) {
            return null;
        }
        String csv = VolunteerCsv.exportMatching(volunteers, new VolunteerQuery(null, skill, postalCode, null, status,
                preference, VolunteerQuery.MAX_LIMIT, 0), english ? Locale.ENGLISH : LocalizedText.DUTCH);
        try {
            Files.writeString(Path.of(file), csv, StandardCharsets.UTF_8);
        } catch (IOException e) {
            System.err.println("Cannot write / Kan niet schrijven: " + file + ": "
                    + Text.printable(e.getMessage()));
            return null;
        }
        audit.record(consoleUser(session), AuditTrail.Action.EXPORT, "volunteer", null, "csv file");
        System.out.println((csv.lines().count() - 1) + " volunteers written to / vrijwilligers geschreven naar " + file);
        return null;
    }
}
