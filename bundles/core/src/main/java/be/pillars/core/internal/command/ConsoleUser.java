package be.pillars.core.internal.command;

import org.apache.karaf.shell.api.console.Session;

/** The login at the Karaf console, for the audit log. */
final class ConsoleUser {

    private ConsoleUser() {
    }

    static String consoleUser(Session session) {
        Object user = session.get("USER");
        return "console:" + (user == null ? "unknown" : user);
    }
}
