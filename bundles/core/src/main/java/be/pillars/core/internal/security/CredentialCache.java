package be.pillars.core.internal.security;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.security.SecureRandom;
import java.util.HexFormat;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

import be.pillars.api.http.Caller;

/**
 * Remembers, for a short while, whom a user name and password authenticated, so that not every request
 * pays a JAAS login. Entries are keyed by a salted SHA-256 of the credentials, never the password; the salt
 * is new in every JVM. A changed password or removed user takes effect within the time to live.
 */
final class CredentialCache {

    /** Beyond this many entries the cache starts afresh rather than grow without bound. */
    static final int MAX_ENTRIES = 10_000;

    private record Entry(Caller caller, long expiresAtNanos) {
    }

    private final byte[] salt = new byte[32];
    private final long timeToLiveNanos;
    private final Map<String, Entry> entries = new ConcurrentHashMap<>();

    CredentialCache(long timeToLiveSeconds) {
        new SecureRandom().nextBytes(salt);
        this.timeToLiveNanos = timeToLiveSeconds * 1_000_000_000L;
    }

    String key(String user, String password) {
        try {
            MessageDigest digest = MessageDigest.getInstance("SHA-256");
            digest.update(salt);
            digest.update(user.getBytes(StandardCharsets.UTF_8));
            digest.update((byte) 0);
            digest.update(password.getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest.digest());
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("every Java runtime has SHA-256", e);
        }
    }

    Optional<Caller> find(String key, long nowNanos) {
        Entry entry = entries.get(key);
        if (entry == null) {
            return Optional.empty();
        }
        if (nowNanos - entry.expiresAtNanos() >= 0) {
            entries.remove(key, entry);
            return Optional.empty();
        }
        return Optional.of(entry.caller());
    }

    void remember(String key, Caller caller, long nowNanos) {
        if (timeToLiveNanos <= 0) {
            return;
        }
        if (entries.size() >= MAX_ENTRIES) {
            entries.clear();
        }
        entries.put(key, new Entry(caller, nowNanos + timeToLiveNanos));
    }
}
