package be.pillars.internal.internal.command;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.UUID;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.completers.FileCompleter;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.validation.Text;
import be.pillars.internal.internal.events.EventStore;

/**
 * {@code pillars:internal-event-export [--english] <event> <file>}: the guest list with replies and attendance, as
 * CSV in Dutch (the municipality's language) unless asked in English.
 */
@Service
@Command(scope = "pillars", name = "internal-event-export",
        description = "Writes an event's guest list to a CSV file / Schrijft de gastenlijst naar een CSV-bestand")
public class ExportEventCommand implements Action {

    @Reference
    EventStore events;

    @Argument(index = 0, name = "event", required = true, description = "The event's id")
    @Completion(EventIdCompleter.class)
    String event;

    @Argument(index = 1, name = "file", required = true, description = "The CSV file to write")
    @Completion(FileCompleter.class)
    String file;

    @Option(name = "--english", description = "Header and replies in English (Dutch by default)")
    boolean english;

    @Override
    public Object execute() {
        try {
            Text.checked("file", file);
            String csv = events.csv(UUID.fromString(event), english ? Locale.ENGLISH
                    : LocalizedText.DUTCH);
            Files.writeString(Path.of(file), csv, StandardCharsets.UTF_8);
            System.out.println((csv.lines().count() - 1) + " invitations written to / uitnodigingen geschreven naar "
                    + file);
        } catch (IllegalArgumentException e) {
            System.err.println("'" + Text.printable(event) + "' is not an event id / is geen id van een activiteit");
        } catch (DomainException e) {
            System.err.println(Text.printable(e.text().in(Locale.getDefault())));
        } catch (IOException e) {
            System.err.println("Cannot write / Kan niet schrijven: " + file + ": " + Text.printable(e.getMessage()));
        }
        return null;
    }
}
