package be.pillars.testing;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** What a console command prints on standard output, as the Karaf console would show it. */
public final class PrintedBy {

    /** A command's {@code execute}, whatever it throws. */
    @FunctionalInterface
    public interface Execution {
        void run() throws Exception;
    }

    private PrintedBy() {
    }

    public static String running(Execution command) throws Exception {
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
