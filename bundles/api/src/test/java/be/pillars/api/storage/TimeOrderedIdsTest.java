package be.pillars.api.storage;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.util.HashSet;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

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
        UUID id = new TimeOrderedIds(NOW::toEpochMilli).nextId();
        assertEquals(7, id.version());
        assertEquals(2, id.variant());
        assertEquals(NOW.toEpochMilli(), id.getMostSignificantBits() >>> 16);
    }

    @Test
    void manyIdsInOneMillisecondStillSortInTheOrderTheyWereMadeAndNeverRepeat() {
        TimeOrderedIds ids = new TimeOrderedIds(NOW::toEpochMilli);
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
        AtomicLong millis = new AtomicLong(NOW.toEpochMilli());
        TimeOrderedIds ids = new TimeOrderedIds(millis::get);
        UUID before = ids.nextId();
        millis.addAndGet(-5_000);
        assertTrue(unsignedCompare(before, ids.nextId()) < 0);
    }
}
