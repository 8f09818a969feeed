package be.pillars.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.nio.charset.StandardCharsets;
import java.util.Base64;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;

import be.pillars.api.http.ApiException;

import be.pillars.api.http.Caller;

class AuthenticatorTest {

    private static final String ADDRESS = "192.0.2.7";
    private static final Map<String, String> PASSWORDS = Map.of("lies", "geheim", "kim", "wachtwoord");

    private final AtomicInteger realmLogins = new AtomicInteger();
    private final AtomicLong now = new AtomicLong();

    private Authenticator authenticator(int cacheSeconds) {
        return new Authenticator((user, password) -> {
            realmLogins.incrementAndGet();
            return password.equals(PASSWORDS.get(user)) ? Optional.of(Set.of("coordinator")) : Optional.empty();
        }, cacheSeconds, now::get, new LoginThrottle(300, now::get));
    }

    private static String basic(String credentials) {
        return "Basic " + Base64.getEncoder().encodeToString(credentials.getBytes(StandardCharsets.UTF_8));
    }

    @Test
    void goodCredentialsGiveTheCallerWithTheRealmsRoles() {
        Caller caller = authenticator(60).authenticate(basic("lies:geheim"), ADDRESS).orElseThrow();
        assertEquals("lies", caller.name());
        assertEquals(Set.of("coordinator"), caller.roles());
    }

    @Test
    void wrongPasswordUnknownUserAndMalformedHeadersAreRefused() {
        Authenticator authenticator = authenticator(60);
        for (String header : new String[] {basic("lies:fout"), basic("niemand:geheim"), basic("lies"),
            basic(":geheim"), "Basic !!!not-base64", "Bearer abc", ""}) {
            assertTrue(authenticator.authenticate(header, ADDRESS).isEmpty(), header);
        }
    }

    @Test
    void aPasswordMayContainColons() {
        Authenticator authenticator = new Authenticator((user, password) -> password.equals("a:b:c")
                ? Optional.of(Set.of("admin")) : Optional.empty(), 60, now::get, new LoginThrottle(300, now::get));
        assertEquals("karaf", authenticator.authenticate(basic("karaf:a:b:c"), ADDRESS).orElseThrow().name());
    }

    @Test
    void aLoginIsRememberedForTheTimeToLiveOnly() {
        Authenticator authenticator = authenticator(60);
        authenticator.authenticate(basic("lies:geheim"), ADDRESS);
        authenticator.authenticate(basic("lies:geheim"), ADDRESS);
        assertEquals(1, realmLogins.get());
        now.addAndGet(59_000_000_000L);
        authenticator.authenticate(basic("lies:geheim"), ADDRESS);
        assertEquals(1, realmLogins.get());
        now.addAndGet(1_000_000_000L);
        authenticator.authenticate(basic("lies:geheim"), ADDRESS);
        assertEquals(2, realmLogins.get());
    }

    @Test
    void refusedCredentialsAreNeverRememberedAndNeverOpenTheCachedEntry() {
        Authenticator authenticator = authenticator(60);
        authenticator.authenticate(basic("lies:geheim"), ADDRESS);
        assertTrue(authenticator.authenticate(basic("lies:geheim2"), ADDRESS).isEmpty());
        assertTrue(authenticator.authenticate(basic("lies:geheim2"), ADDRESS).isEmpty());
        assertEquals(3, realmLogins.get());
    }

    @Test
    void withoutACacheEveryRequestAsksTheRealm() {
        Authenticator authenticator = authenticator(0);
        authenticator.authenticate(basic("kim:wachtwoord"), ADDRESS);
        authenticator.authenticate(basic("kim:wachtwoord"), ADDRESS);
        assertEquals(2, realmLogins.get());
    }

    @Test
    void theCacheKeyNamesNeitherUserNorPasswordAndIsSaltedPerInstance() {
        CredentialCache cache = new CredentialCache(60);
        String key = cache.key("lies", "geheim");
        assertTrue(!key.contains("lies") && !key.contains("geheim"));
        assertEquals(key, cache.key("lies", "geheim"));
        assertNotEquals(key, cache.key("li", "esgeheim"), "user and password are kept apart");
        assertNotEquals(key, new CredentialCache(60).key("lies", "geheim"), "every cache has its own salt");
    }

    @Test
    void afterAHandfulOfWrongPasswordsALoginWaitsWithoutTheRealmBeingAsked() {
        Authenticator authenticator = authenticator(60);
        for (int i = 0; i < LoginThrottle.FREE_PER_LOGIN; i++) {
            assertTrue(authenticator.authenticate(basic("lies:guess" + i), ADDRESS).isEmpty());
        }
        assertTrue(authenticator.authenticate(basic("lies:guess-last"), ADDRESS).isEmpty());
        int asked = realmLogins.get();

        ApiException throttled = assertThrows(ApiException.class,
                () -> authenticator.authenticate(basic("lies:geheim"), ADDRESS));

        assertEquals(429, throttled.status());
        assertEquals("1", throttled.headers().get("Retry-After"));
        assertEquals(asked, realmLogins.get());
        now.addAndGet(TimeUnit.SECONDS.toNanos(1));
        assertEquals("lies", authenticator.authenticate(basic("lies:geheim"), ADDRESS).orElseThrow().name());
    }

    @Test
    void credentialsRememberedAsRightPassWhileTheLoginWaits() {
        Authenticator authenticator = authenticator(60);
        authenticator.authenticate(basic("lies:geheim"), ADDRESS).orElseThrow();
        for (int i = 0; i <= LoginThrottle.FREE_PER_LOGIN + 2; i++) {
            try {
                authenticator.authenticate(basic("lies:guess" + i), "198.51.100.1");
            } catch (ApiException throttled) {
                assertEquals(429, throttled.status());
            }
        }
        assertEquals("lies", authenticator.authenticate(basic("lies:geheim"), ADDRESS).orElseThrow().name());
    }
}
