package be.pillars.external.internal.candidates;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.function.LongSupplier;

/**
 * The registration limit of each client address: its trusted range's own limit when it lies in one (the most
 * specific range when several hold it), the limit for everyone otherwise. Every address has a bucket of its own.
 */
final class AddressLimits {

    private record Trusted(TrustedRange range, RateLimiter limiter) {
    }

    private final RateLimiter everyone;
    private final List<Trusted> trusted = new ArrayList<>();

    AddressLimits(int burst, int perHour, List<TrustedRange> ranges, LongSupplier nanoTime) {
        this.everyone = new RateLimiter(burst, perHour, nanoTime);
        ranges.stream().sorted(Comparator.comparingInt(TrustedRange::prefixLength).reversed())
                .forEach(range -> trusted.add(new Trusted(range, new RateLimiter(range.burst(), range.perHour(),
                        nanoTime))));
    }

    /** As {@link RateLimiter#acquire}, in the bucket the address's limit gives it. */
    long acquire(String address) {
        byte[] bytes = trusted.isEmpty() ? null : ClientAddress.bytes(address);
        if (bytes != null) {
            for (Trusted range : trusted) {
                if (range.range().contains(bytes)) {
                    return range.limiter().acquire(address);
                }
            }
        }
        return everyone.acquire(address);
    }
}
