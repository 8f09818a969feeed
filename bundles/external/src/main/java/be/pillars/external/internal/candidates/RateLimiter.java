package be.pillars.external.internal.candidates;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * A token bucket per client address, in this node's memory: each address may send {@code burst} requests at
 * once, and earns one more every {@code 3600 / perHour} seconds, up to {@code burst}. With several nodes each
 * keeps its own buckets, so an address gets at most that many per node: a brake on scripts, not an exact quota.
 * Buckets that are full again are forgotten once more than {@link #MAX_ADDRESSES} addresses are tracked, so the
 * memory a flood of addresses takes stays bounded.
 */
final class RateLimiter {

    static final int MAX_ADDRESSES = 10_000;
    private static final long NANOS_PER_HOUR = 3_600_000_000_000L;

    private final int burst;
    private final long nanosPerToken;
    private final LongSupplier nanoTime;
    private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

    /** Tokens are counted in nanoseconds of refill time: {@code burst * nanosPerToken} is a full bucket. */
    private static final class Bucket {
        long emptyUntil;
    }

    RateLimiter(int burst, int perHour, LongSupplier nanoTime) {
        this.burst = burst;
        this.nanosPerToken = NANOS_PER_HOUR / perHour;
        this.nanoTime = nanoTime;
    }

    /** Takes a token for the address; false when it has none left. */
    boolean tryAcquire(String address) {
        long now = nanoTime.getAsLong();
        if (buckets.size() > MAX_ADDRESSES) {
            buckets.values().removeIf(bucket -> full(bucket, now));
        }
        Bucket bucket = buckets.computeIfAbsent(address, key -> {
            Bucket fresh = new Bucket();
            fresh.emptyUntil = now - burst * nanosPerToken;
            return fresh;
        });
        synchronized (bucket) {
            // never more than a full bucket: waiting long earns no more than burst
            long start = Math.max(bucket.emptyUntil, now - burst * nanosPerToken);
            if (start + nanosPerToken > now) {
                return false;
            }
            bucket.emptyUntil = start + nanosPerToken;
            return true;
        }
    }

    /** Whole seconds until the address has a token again, for {@code Retry-After}. */
    long secondsUntilNext(String address) {
        Bucket bucket = buckets.get(address);
        if (bucket == null) {
            return 0;
        }
        synchronized (bucket) {
            long wait = bucket.emptyUntil + nanosPerToken - nanoTime.getAsLong();
            return Math.max(1, (wait + 999_999_999) / 1_000_000_000);
        }
    }

    private boolean full(Bucket bucket, long now) {
        synchronized (bucket) {
            return bucket.emptyUntil <= now - burst * nanosPerToken;
        }
    }

    int trackedAddresses() {
        return buckets.size();
    }
}
