package be.pillars.core.internal.security;

import java.util.Optional;
import java.util.Set;
import java.util.function.LongSupplier;

import be.pillars.api.http.Caller;

/** Turns an HTTP Basic {@code Authorization} header into a {@link Caller}, asking the realm at most once a while. */
public final class Authenticator {

    /** Where credentials are checked: the JAAS realm in Karaf, a stand-in in tests. */
    @FunctionalInterface
    interface Realm {
        /** The user's roles, or empty when the credentials are refused. */
        Optional<Set<String>> login(String user, String password);
    }

    private final Realm realm;
    private final CredentialCache cache;
    private final LongSupplier nanoClock;

    public Authenticator(String realmName, int cacheSeconds) {
        this(new JaasRealm(realmName)::login, cacheSeconds, System::nanoTime);
    }

    Authenticator(Realm realm, int cacheSeconds, LongSupplier nanoClock) {
        this.realm = realm;
        this.cache = new CredentialCache(cacheSeconds);
        this.nanoClock = nanoClock;
    }

    /** The caller the header proves, or empty when it is malformed or the realm refuses it. */
    public Optional<Caller> authenticate(String authorizationHeader) {
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
        Optional<Caller> caller = realm.login(user, password).map(roles -> new Caller(user, roles));
        caller.ifPresent(known -> cache.remember(key, known, now));
        return caller;
    }
}
