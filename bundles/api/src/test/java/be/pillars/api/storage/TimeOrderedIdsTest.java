package be.pillars.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.Test;

class TimeOrderedIdsTest {

    private static final Instant NOW = Instant.parse("2026-11-23T16:00:00.123Z");

    /** Compared as the databases compare UUIDs: as unsigned bytes, most significant first. */
    private static int unsignedCompare(UUID a, UUID b) {
        int high = Long.compareUnsigned(a.getMostSignificantBits(), b.getMostSignificantBits());
        return high != 0 ? high : Long.compareUnsigned(a.getLeastSignificantBits(), b.getLeastSignificantBits());
    }

    @Test
    void idsAreVersion7WithTheMillisecondsOfTheirMaking() {
        UUID id = new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC)).nextId();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(NOW.toEpochMilli(), id.getMostSignificantBits() >>> 16);
    }

    @Test
    void manyIdsInOneMillisecondStillSortInTheOrderTheyWereMadeAndNeverRepeat() {
        TimeOrderedIds ids = new TimeOrderedIds(Clock.fixed(NOW, ZoneOffset.UTC));
        Set<UUID> seen = new HashSet<>();
        UUID previous = ids.nextId();
        seen.add(previous);
        // more than the 4,096 a millisecond's counter holds: the rest borrow the following milliseconds
        for (int i = 0; i < 10_000; i++) {
            UUID next = ids.nextId();
            assertTrue(unsignedCompare(previous, next) < 0, previous + " before " + next);
            assertTrue(seen.add(next));
            assertEquals(7, next.version());
            previous = next;
        }
    }

    @Test
    void aClockThatGoesBackDoesNotMakeSmallerIds() {
        MutableClock clock = new MutableClock(NOW);
        TimeOrderedIds ids = new TimeOrderedIds(clock);
        UUID before = ids.nextId();
        clock.now = NOW.minusSeconds(5);
        assertTrue(unsignedCompare(before, ids.nextId()) < 0);
    }

    private static final class MutableClock extends Clock {
        Instant now;

        MutableClock(Instant now) {
            this.now = now;
        }

        @Override
        public Instant instant() {
            return now;
        }

        @Override
        public ZoneOffset getZone() {
            return ZoneOffset.UTC;
        }

        @Override
        public Clock withZone(java.time.ZoneId zone) {
            return this;
        }
    }
}
