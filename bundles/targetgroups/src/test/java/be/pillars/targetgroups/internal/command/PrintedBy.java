package be.pillars.targetgroups.internal.command;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a console command prints on standard output, as the Karaf console would show it. */
final class PrintedBy {

    /** A command's {@code execute}, whatever it throws. */
    @FunctionalInterface
    interface Execution {
        void run() throws Exception;
    }

    private PrintedBy() {
    }

    static String running(Execution command) throws Exception {
        PrintStream systemOut = System.out;
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
        try {
            command.run();
        } finally {
            System.setOut(systemOut);
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}
