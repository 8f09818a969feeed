package be.pillars.core.internal.security;

import java.time.Duration;
import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.Caller;
import be.pillars.api.validation.Text;

/**
 * Turns an HTTP Basic {@code Authorization} header into a {@link Caller}, asking the realm at most once a while.
 * Credentials remembered as right pass at once; others are checked only while the {@link LoginThrottle} lets the
 * login and the address try, and every refusal is logged (login and address, never the password).
 */
public final class Authenticator {

    private static final Logger LOG = LoggerFactory.getLogger(Authenticator.class);

    /** Where credentials are checked: the JAAS realm in Karaf, a stand-in in tests. */
    @FunctionalInterface
    interface Realm {
        /** The user's roles, or empty when the credentials are refused. */
        Optional<Set<String>> login(String user, String password);
    }

    private final Realm realm;
    private final CredentialCache cache;
    private final LongSupplier nanoClock;
    private final LoginThrottle throttle;

    public Authenticator(String realmName, int cacheSeconds, LoginThrottle throttle) {
        this(new JaasRealm(realmName)::login, cacheSeconds, System::nanoTime, throttle);
    }

    Authenticator(Realm realm, int cacheSeconds, LongSupplier nanoClock, LoginThrottle throttle) {
        this.realm = realm;
        this.cache = new CredentialCache(cacheSeconds);
        this.nanoClock = nanoClock;
        this.throttle = throttle;
    }

    /**
     * The caller the header proves, or empty when it is malformed or the realm refuses it.
     *
     * @throws ApiException 429 with {@code Retry-After} while the login or the address must wait
     */
    public Optional<Caller> authenticate(String authorizationHeader, String address) {
        Optional<BasicCredentials> credentials = BasicCredentials.parse(authorizationHeader);
        if (credentials.isEmpty()) {
            return Optional.empty();
        }
        String user = credentials.get().user();
        String password = credentials.get().password();
        String key = cache.key(user, password);
        long now = nanoClock.getAsLong();
        Optional<Caller> remembered = cache.find(key, now);
        if (remembered.isPresent()) {
            return remembered;
        }
        Optional<Duration> wait = throttle.waitBefore(user, address);
        if (wait.isPresent()) {
            long seconds = (wait.get().toMillis() + 999) / 1000;
            throw ApiException.tooManyRequests(seconds, LocalizedText.of(
                    "Te veel mislukte aanmeldingen: probeer opnieuw over " + seconds + " s",
                    "Too many failed logins: try again in " + seconds + " s"));
        }
        Optional<Caller> caller = realm.login(user, password).map(roles -> new Caller(user, roles));
        if (caller.isPresent()) {
            cache.remember(key, caller.get(), now);
            throttle.succeeded(user);
        } else {
            throttle.failed(user, address);
            LOG.warn("Failed login for '{}' from {}", Text.printable(user), address);
        }
        return caller;
    }
}
