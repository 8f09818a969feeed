package be.pillars.inhouse.internal.command;

import org.apache.karaf.shell.api.console.Session;

/** The login at the Karaf console, recorded as who did what. */
final class ConsoleUser {

    private ConsoleUser() {
    }

    static String of(Session session) {
        Object user = session.get("USER");
        return "console:" + (user == null ? "unknown" : user);
    }
}
