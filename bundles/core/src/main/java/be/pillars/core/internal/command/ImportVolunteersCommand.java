package be.pillars.core.internal.command;

import static be.pillars.core.internal.command.ConsoleUser.consoleUser;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.api.console.Session;
import org.apache.karaf.shell.support.completers.FileCompleter;

import be.pillars.api.audit.AuditTrail;
import be.pillars.api.DomainException;
import be.pillars.api.validation.Text;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.core.internal.volunteer.VolunteerCsv;

/** {@code pillars:import-volunteers <file>}: the CSV import of {@code POST /api/volunteers/import}, with progress. */
@Service
@Command(scope = "pillars", name = "import-volunteers",
        description = "Imports volunteers from a CSV file, all or nothing / Importeert vrijwilligers uit een CSV-bestand")
public class ImportVolunteersCommand implements Action {

    @Reference
    VolunteerService volunteers;

    @Reference
    AuditTrail audit;

    @Reference
    Session session;

    @Argument(name = "file", required = true, description = "The CSV file (see docs/api.md for its columns)")
    @Completion(FileCompleter.class)
    String file;

    @Override
    public Object execute() {
        if (ConsoleOutput.refusedText("file", file)) {
            return null;
        }
        byte[] bytes;
        try {
            bytes = Files.readAllBytes(Path.of(file));
        } catch (IOException e) {
            System.err.println("Cannot read / Kan niet lezen: " + file + ": " + Text.printable(e.getMessage()));
            return null;
        }
        Locale language = Locale.getDefault();
        try {
            int imported = VolunteerCsv.importInto(volunteers, bytes, stored -> System.out.print("\r" + stored
                    + " stored / opgeslagen"));
            System.out.println();
            System.out.println(imported + " volunteers imported / vrijwilligers geïmporteerd");
            audit.record(consoleUser(session), AuditTrail.Action.IMPORT, "volunteer", null, imported + " volunteers");
        } catch (DomainException refused) {
            // a problem quotes the cell it is about, as it came in the file
            System.err.println(Text.printable(refused.text().in(language)));
            for (DomainException.Problem problem : refused.problems()) {
                System.err.printf("  line %d%s: %s%n", problem.row(), problem.field() == null ? ""
                        : ", " + Text.printable(problem.field()), Text.printable(problem.text().in(language)));
            }
        }
        return null;
    }
}
