package be.pillars.external.internal.channels;

import java.time.Duration;

/**
 * How long a failed delivery waits before the next attempt: {@code initial} after the first failure, twice as
 * long after each further one, never longer than {@code max}.
 */
record Backoff(Duration initial, Duration max) {

    /** The wait after {@code failures} failed attempts (1 or more). */
    Duration after(int failures) {
        if (failures < 1) {
            throw new IllegalArgumentException("failures must be 1 or more: " + failures);
        }
        // past 2^30 any initial wait exceeds every sensible maximum: stop doubling before the long overflows
        int doublings = Math.min(failures - 1, 30);
        Duration wait = initial.multipliedBy(1L << doublings);
        return wait.compareTo(max) > 0 ? max : wait;
    }
}
