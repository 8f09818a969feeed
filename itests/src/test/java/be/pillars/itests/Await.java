package be.pillars.itests;

import static org.junit.Assert.fail;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.time.Duration;

/**
 * The one way the tests wait for something that happens beside them (a pillar's routes after an install, a
 * process's HTTP port, a file the first start writes): ask again and again until it holds, fail after a time.
 */
final class Await {

    /** What is waited for; it may throw while asking. */
    @FunctionalInterface
    interface Condition {
        boolean holds() throws Exception;
    }

    private Await() {
    }

    /**
     * Asks every {@code poll} until the condition holds; a server that does not answer yet (an {@link IOException})
     * counts as "not yet", any other failure ends the wait.
     *
     * @return how long it took, in milliseconds
     */
    static long until(String what, Duration timeout, Duration poll, Condition condition) throws Exception {
        long start = System.nanoTime();
        while (true) {
            try {
                if (condition.holds()) {
                    return (System.nanoTime() - start) / 1_000_000;
                }
            } catch (IOException | UncheckedIOException notListeningYet) {
                // asked again below
            }
            if (System.nanoTime() - start > timeout.toNanos()) {
                fail(what + " did not happen within " + timeout.toMillis() + " ms");
            }
            Thread.sleep(poll.toMillis());
        }
    }
}
