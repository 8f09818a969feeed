package be.pillars.core.internal.security;

import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.TimeUnit;

import com.github.benmanes.caffeine.cache.Cache;
import com.github.benmanes.caffeine.cache.Caffeine;
import com.github.benmanes.caffeine.cache.Ticker;

/**
 * Slows down password guessing, per login and per address alike: after a few failures in a row every further
 * attempt waits, 1 s, then twice as long after each failure, never longer than {@code maxBlockSeconds}, so that
 * nobody can lock a real user out for longer than that. A success clears the login's count (not the address's:
 * one valid account must not reset a guesser). Failures are forgotten after a quiet while; memory is bounded.
 */
public final class LoginThrottle {

    /** Free failures per login before attempts must wait. */
    static final int FREE_PER_LOGIN = 5;
    /** Free failures per address: an office behind one address holds many people who mistype. */
    static final int FREE_PER_ADDRESS = 20;
    private static final int MAX_TRACKED = 100_000;

    private final long maxBlockNanos;
    private final Ticker ticker;
    private final Cache<String, Failures> failures;

    /** Failures in a row of one login or one address, and until when the next attempt must wait. */
    private record Failures(int count, long blockedUntilNanos) {
    }

    public LoginThrottle(int maxBlockSeconds) {
        this(maxBlockSeconds, Ticker.systemTicker());
    }

    LoginThrottle(int maxBlockSeconds, Ticker ticker) {
        this.maxBlockNanos = TimeUnit.SECONDS.toNanos(maxBlockSeconds);
        this.ticker = ticker;
        // a key nobody failed with for four blocks' time starts afresh
        this.failures = Caffeine.newBuilder().maximumSize(MAX_TRACKED).ticker(ticker)
                .expireAfterWrite(Duration.ofNanos(Math.max(maxBlockNanos, TimeUnit.SECONDS.toNanos(1)) * 4))
                .build();
    }

    /** How long the caller must still wait before trying {@code login} from {@code address}; empty: try now. */
    public Optional<Duration> waitBefore(String login, String address) {
        long now = ticker.read();
        long until = Math.max(blockedUntil(loginKey(login)), blockedUntil(addressKey(address)));
        return until > now ? Optional.of(Duration.ofNanos(until - now)) : Optional.empty();
    }

    public void failed(String login, String address) {
        count(loginKey(login), FREE_PER_LOGIN);
        count(addressKey(address), FREE_PER_ADDRESS);
    }

    public void succeeded(String login) {
        failures.invalidate(loginKey(login));
    }

    /** How many logins and addresses are remembered now (pending evictions done). */
    long trackedKeys() {
        failures.cleanUp();
        return failures.estimatedSize();
    }

    private long blockedUntil(String key) {
        Failures known = failures.getIfPresent(key);
        return known == null ? 0 : known.blockedUntilNanos();
    }

    private void count(String key, int free) {
        long now = ticker.read();
        failures.asMap().compute(key, (unused, known) -> {
            int count = known == null ? 1 : known.count() + 1;
            if (count <= free) {
                return new Failures(count, 0);
            }
            int doublings = Math.min(count - free - 1, 30);
            long wait = Math.min(TimeUnit.SECONDS.toNanos(1) << doublings, maxBlockNanos);
            return new Failures(count, now + wait);
        });
    }

    private static String loginKey(String login) {
        return "login:" + login;
    }

    private static String addressKey(String address) {
        return "address:" + address;
    }
}
