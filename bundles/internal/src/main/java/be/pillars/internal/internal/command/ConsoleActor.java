package be.pillars.internal.internal.command;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.Locale;
import java.util.UUID;

import org.apache.karaf.shell.api.console.Session;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.validation.Text;

/** Who acts at the Karaf console, as claims record it, and how a refusal is shown there. */
final class ConsoleActor {

    private ConsoleActor() {
    }

    static String of(Session session) {
        Object user = session.get("USER");
        return "console:" + (user == null ? "unknown" : user);
    }

    /** An id typed at the console (Karaf's converter knows no UUID), refused like any other input. */
    static UUID id(String field, String value) {
        try {
            return UUID.fromString(value);
        } catch (IllegalArgumentException e) {
            throw DomainException.invalid("invalid_id", field, LocalizedText.of("'" + value + "' is geen geldig id",
                    "'" + value + "' is not a valid id"));
        }
    }

    /** A day typed at the console as {@code 2026-08-01}, or null when not typed; refused like any other input. */
    static LocalDate date(String field, String value) {
        if (value == null) {
            return null;
        }
        try {
            return LocalDate.parse(value);
        } catch (DateTimeParseException e) {
            throw DomainException.invalid("invalid_date", field, LocalizedText.of("'" + value + "' is geen dag in de "
                    + "vorm 2026-08-01", "'" + value + "' is not a day in the form 2026-08-01"));
        }
    }

    /** Runs the action; a refusal is printed with its reason instead of a stack trace. */
    static void refusalsPrinted(Runnable action) {
        try {
            action.run();
        } catch (DomainException e) {
            // a refusal may quote what was typed or stored
            System.err.println(Text.printable(e.code() + (e.field() == null ? "" : " (" + e.field() + ")") + ": "
                    + e.text().in(Locale.getDefault())));
        }
    }
}
