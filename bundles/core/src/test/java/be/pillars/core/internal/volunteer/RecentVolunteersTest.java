package be.pillars.core.internal.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;

import java.time.Duration;
import java.time.Instant;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import be.pillars.api.volunteer.Volunteer;

class RecentVolunteersTest {

    private final AtomicLong nanos = new AtomicLong();
    private final RecentVolunteers recent = new RecentVolunteers(Duration.ofSeconds(1), nanos::get);

    private static Volunteer at(UUID id, long version) {
        return new Volunteer(id, version, VolunteerServiceContract.an("An", "Peeters", "an@example.be"),
                Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aReadThatAWriteOvertookDoesNotReplaceIt() {
        UUID id = UUID.randomUUID();
        recent.remember(id, new RecentVolunteers.Known(at(id, 2), 2, nanos.get()));
        recent.remember(id, new RecentVolunteers.Known(at(id, 1), 1, nanos.get()));
        assertEquals(2, recent.fresh(id).version());
    }

    @Test
    void aGoneVolunteerIsNeverFreshAndAgesOutAfterTheFreshness() {
        UUID id = UUID.randomUUID();
        recent.remember(id, new RecentVolunteers.Known(at(id, 1), 1, nanos.get()));
        recent.remember(id, RecentVolunteers.Known.gone(2));
        assertNull(recent.fresh(id));
        recent.remember(id, new RecentVolunteers.Known(at(id, 2), 2, nanos.get()));
        assertEquals(2, recent.fresh(id).version());
        nanos.addAndGet(Duration.ofSeconds(1).toNanos());
        assertNull(recent.fresh(id), "checked a second ago or more: to be checked again");
        assertEquals(2, recent.get(id).version(), "still known, to compare with the stored version");
    }

    @Test
    void theLeastRecentlyReadLeaveFirstWhenFull() {
        UUID first = UUID.randomUUID();
        UUID second = UUID.randomUUID();
        recent.remember(first, new RecentVolunteers.Known(at(first, 1), 1, 0));
        recent.remember(second, new RecentVolunteers.Known(at(second, 1), 1, 0));
        recent.get(first);
        for (int i = 0; i < RecentVolunteers.CAPACITY - 1; i++) {
            UUID other = UUID.randomUUID();
            recent.remember(other, new RecentVolunteers.Known(at(other, 1), 1, 0));
        }
        assertEquals(1, recent.get(first).version());
        assertNull(recent.get(second));
    }
}
