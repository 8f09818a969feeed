package be.pillars.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

class LoginThrottleTest {

    private final AtomicLong now = new AtomicLong(TimeUnit.HOURS.toNanos(1));
    private final LoginThrottle throttle = new LoginThrottle(300, now::get);

    private void fail(String login, String address, int times) {
        for (int i = 0; i < times; i++) {
            throttle.failed(login, address);
        }
    }

    @Test
    void aHandfulOfFailuresIsFreeThenTheWaitDoublesUpToItsCeiling() {
        fail("lies", "192.0.2.1", LoginThrottle.FREE_PER_LOGIN);
        assertTrue(throttle.waitBefore("lies", "192.0.2.1").isEmpty());

        fail("lies", "192.0.2.1", 1);
        assertEquals(Duration.ofSeconds(1), throttle.waitBefore("lies", "192.0.2.2").orElseThrow());
        fail("lies", "192.0.2.1", 1);
        assertEquals(Duration.ofSeconds(2), throttle.waitBefore("lies", "192.0.2.2").orElseThrow());
        fail("lies", "192.0.2.1", 20);
        assertEquals(Duration.ofSeconds(300), throttle.waitBefore("lies", "192.0.2.2").orElseThrow());

        now.addAndGet(TimeUnit.SECONDS.toNanos(300));
        assertTrue(throttle.waitBefore("lies", "192.0.2.2").isEmpty(), "no lock-out beyond the ceiling");
    }

    @Test
    void anAddressThatTriesManyLoginsWaitsForAnyLogin() {
        for (int i = 0; i <= LoginThrottle.FREE_PER_ADDRESS; i++) {
            throttle.failed("user" + i, "203.0.113.9");
        }
        assertTrue(throttle.waitBefore("somebody-else", "203.0.113.9").isPresent());
        assertTrue(throttle.waitBefore("somebody-else", "203.0.113.10").isEmpty());
    }

    @Test
    void aSuccessClearsTheLoginButNotTheAddress() {
        fail("lies", "203.0.113.9", LoginThrottle.FREE_PER_ADDRESS + 1);
        throttle.succeeded("lies");
        assertTrue(throttle.waitBefore("lies", "192.0.2.1").isEmpty());
        assertTrue(throttle.waitBefore("lies", "203.0.113.9").isPresent());
    }

    @Test
    void failuresAreForgottenAfterAQuietWhile() {
        fail("lies", "192.0.2.1", LoginThrottle.FREE_PER_LOGIN + 3);
        now.addAndGet(TimeUnit.SECONDS.toNanos(300 * 4 + 1));
        fail("lies", "192.0.2.1", 1);
        assertTrue(throttle.waitBefore("lies", "192.0.2.1").isEmpty());
    }

    @Test
    void memoryStaysBoundedUnderManyAddresses() {
        for (int i = 0; i < 200_000; i++) {
            throttle.failed("x", "10.0." + (i >> 8) + "." + (i & 255));
        }
        assertTrue(throttle.trackedKeys() <= 100_000, "tracked: " + throttle.trackedKeys());
    }
}
