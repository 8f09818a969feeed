package be.pillars.core.internal.security;

import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.callback.PasswordCallback;
import javax.security.auth.callback.UnsupportedCallbackException;
import javax.security.auth.login.LoginContext;
import javax.security.auth.login.LoginException;

import org.apache.karaf.jaas.boot.principal.RolePrincipal;

/** Logs a user in against a Karaf JAAS realm ({@code karaf}: the users of {@code etc/users.properties}). */
final class JaasRealm {

    private final String name;

    JaasRealm(String name) {
        this.name = name;
    }

    /** The user's role names, or empty when the realm refuses the credentials. */
    Optional<Set<String>> login(String user, String password) {
        Subject subject = new Subject();
        try {
            LoginContext login = new LoginContext(name, subject, callbacks -> {
                for (Callback callback : callbacks) {
                    if (callback instanceof NameCallback nameCallback) {
                        nameCallback.setName(user);
                    } else if (callback instanceof PasswordCallback passwordCallback) {
                        passwordCallback.setPassword(password.toCharArray());
                    } else {
                        throw new UnsupportedCallbackException(callback);
                    }
                }
            });
            login.login();
        } catch (LoginException e) {
            return Optional.empty();
        }
        return Optional.of(subject.getPrincipals(RolePrincipal.class).stream()
                .map(RolePrincipal::getName)
                .collect(Collectors.toUnmodifiableSet()));
    }
}
