package be.pillars.internal.internal.command;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

import org.junit.jupiter.api.Test;

/** A refusal printed at the console shows what was typed with its control characters escaped, not run. */
class ConsoleActorTest {

    @Test
    void aRefusalQuotingTerminalCodesIsPrintedEscaped() {
        PrintStream systemErr = System.err;
        ByteArrayOutputStream err = new ByteArrayOutputStream();
        System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
        try {
            ConsoleActor.refusalsPrinted(() -> ConsoleActor.id("id", "\u001b]0;owned\u0007"));
        } finally {
            System.setErr(systemErr);
        }
        String printed = err.toString(StandardCharsets.UTF_8);
        assertTrue(printed.startsWith("invalid_id (id): '\\u001b]0;owned\\u0007' is "), printed);
    }
}
