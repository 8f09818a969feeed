package be.pillars.external.internal.candidates;

import java.time.Duration;
import java.util.function.LongSupplier;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;

/**
 * A token bucket per client address, in this node's memory: each address may send {@code burst} requests at
 * once, and earns one more every {@code 3600 / perHour} seconds, up to {@code burst}. With several nodes each
 * keeps its own buckets, so an address gets at most that many per node: a brake on scripts, not an exact quota.
 *
 * <p>Memory and time per call stay bounded whatever the number of addresses: a bucket is forgotten once it is
 * full again (a full bucket and no bucket are the same), and at most {@link #MAX_ADDRESSES} are kept. Past that
 * Caffeine evicts by frequency (W-TinyLFU), so a flood of one-off addresses hardly displaces an address that keeps
 * coming back; one that is displaced all the same starts again with a full bucket.
 */
final class RateLimiter {

    /** About 10 MB of buckets at the most (address, time and Caffeine's entry: some 200 bytes each). */
    static final int MAX_ADDRESSES = 50_000;
    private static final long NANOS_PER_HOUR = 3_600_000_000_000L;

    private final long nanosPerToken;
    /** How long an empty bucket takes to fill up. */
    private final long refill;
    private final LongSupplier nanoTime;
    /**
     * Per address, the moment its bucket was (or will be) empty; tokens are counted in refill time. Each call
     * writes its address, and after a write the bucket is full within {@link #refill}: that is its expiry.
     */
    private final Cache<String, Long> emptyUntil;

    RateLimiter(int burst, int perHour, LongSupplier nanoTime) {
        this.nanosPerToken = NANOS_PER_HOUR / perHour;
        this.refill = burst * nanosPerToken;
        this.nanoTime = nanoTime;
        this.emptyUntil = Caffeine.newBuilder().maximumSize(MAX_ADDRESSES)
                .expireAfterWrite(Duration.ofNanos(refill)).ticker(nanoTime::getAsLong).build();
    }

    /**
     * Takes a token for the address and answers 0, or, when it has none left, takes nothing and answers how many
     * nanoseconds until it has one again.
     */
    long acquire(String address) {
        long now = nanoTime.getAsLong();
        long[] wait = new long[1];
        emptyUntil.asMap().compute(address, (key, empty) -> {
            // never more than a full bucket: waiting long earns no more than burst
            long start = empty == null ? now - refill : Math.max(empty, now - refill);
            wait[0] = Math.max(0, start + nanosPerToken - now);
            return wait[0] == 0 ? start + nanosPerToken : empty;
        });
        return wait[0];
    }

    /** After pending evictions: for tests. */
    long trackedAddresses() {
        emptyUntil.cleanUp();
        return emptyUntil.estimatedSize();
    }
}
