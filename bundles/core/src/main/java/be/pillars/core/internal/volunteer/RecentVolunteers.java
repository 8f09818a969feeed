package be.pillars.core.internal.volunteer;

import java.time.Duration;
import java.util.UUID;
import java.util.function.LongSupplier;

import be.pillars.api.volunteer.Volunteer;
import be.pillars.core.internal.RecentlyUsed;

/**
 * Volunteers as last read or written on this node, so that reading one again within {@code freshness} costs no
 * query at all, and after it one lookup of the stored version instead of seven queries. What this node changes
 * replaces its entry at once; what another node changes is seen at the next check of the version, at most
 * {@code freshness} later (the database stays the only source of truth). At most {@value #CAPACITY} are kept,
 * the least recently read leaving first.
 */
final class RecentVolunteers {

    static final int CAPACITY = 10_000;

    /** A volunteer as known at a version, checked against the database at {@code checkedAt} (nanoTime). */
    record Known(Volunteer volunteer, long version, long checkedAt) {

        /** A volunteer that must be read again: what was known of them must not be answered any more. */
        static Known gone(long version) {
            return new Known(null, version, Long.MIN_VALUE);
        }
    }

    private final long freshnessNanos;
    private final LongSupplier nanoTime;
    private final RecentlyUsed<UUID, Known> known = new RecentlyUsed<>(CAPACITY);

    RecentVolunteers(Duration freshness, LongSupplier nanoTime) {
        this.freshnessNanos = freshness.toNanos();
        this.nanoTime = nanoTime;
    }

    long now() {
        return nanoTime.getAsLong();
    }

    /** What is known of the volunteer, or null. */
    Known get(UUID id) {
        return known.get(id);
    }

    /** The volunteer when they were checked against the database less than {@code freshness} ago, else null. */
    Volunteer fresh(UUID id) {
        Known entry = known.get(id);
        return entry != null && entry.volunteer() != null && now() - entry.checkedAt() < freshnessNanos
                ? entry.volunteer() : null;
    }

    /** Remembers what was read or written, unless a later version is known already (a write that overtook it). */
    void remember(UUID id, Known entry) {
        known.merge(id, entry, (before, after) -> after.version() >= before.version() ? after : before);
    }

    void forget(UUID id) {
        known.remove(id);
    }
}
