package be.pillars.core.internal.security;

import java.time.Duration;
import java.util.Map;
import java.util.Optional;

import javax.security.auth.Subject;
import javax.security.auth.callback.Callback;
import javax.security.auth.callback.CallbackHandler;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.login.FailedLoginException;
import javax.security.auth.login.LoginException;
import javax.security.auth.spi.LoginModule;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.validation.Text;

/**
 * The first module of Karaf's {@code karaf} realm ({@link ThrottledRealm}): refuses a console login (ssh, JMX)
 * while its name or address must wait, and counts how the realm's own modules decided. It never admits anyone
 * itself (it returns false, "ignore me"); logins without a client address, the HTTP API's, are throttled where
 * the address is known, in {@link Authenticator}.
 */
public final class ThrottleLoginModule implements LoginModule {

    /** The option under which {@link ThrottledRealm} hands over the {@link LoginThrottle}. */
    static final String THROTTLE_OPTION = "be.pillars.throttle";
    private static final Logger LOG = LoggerFactory.getLogger(ThrottleLoginModule.class);

    private CallbackHandler callbacks;
    private LoginThrottle throttle;
    private String address;
    private String login;
    private boolean refusedHere;

    @Override
    public void initialize(Subject subject, CallbackHandler callbackHandler, Map<String, ?> sharedState,
            Map<String, ?> options) {
        this.callbacks = callbackHandler;
        this.throttle = (LoginThrottle) options.get(THROTTLE_OPTION);
        this.address = subject.getPrincipals(ClientPrincipal.class).stream().findFirst()
                .map(ThrottleLoginModule::addressOf).orElse(null);
    }

    @Override
    public boolean login() throws LoginException {
        if (address == null || throttle == null) {
            return false;
        }
        NameCallback name = new NameCallback("login");
        try {
            callbacks.handle(new Callback[] {name});
        } catch (Exception e) {
            return false;
        }
        login = name.getName();
        if (login == null) {
            return false;
        }
        Optional<Duration> wait = throttle.waitBefore(login, address);
        if (wait.isPresent()) {
            refusedHere = true;
            throw new FailedLoginException("too many failed logins: wait " + wait.get().toSeconds() + " s");
        }
        return false;
    }

    @Override
    public boolean commit() {
        if (login != null && address != null) {
            throttle.succeeded(login);
        }
        return false;
    }

    @Override
    public boolean abort() {
        if (login != null && address != null && !refusedHere) {
            throttle.failed(login, address);
            LOG.warn("Failed console login for '{}' from {}", Text.printable(login), address);
        }
        return false;
    }

    @Override
    public boolean logout() {
        return false;
    }

    /** The address of a client such as {@code /192.0.2.7:53122} (ssh's), without the port. */
    static String addressOf(ClientPrincipal client) {
        String socket = client.getAddress() == null ? "" : client.getAddress();
        socket = socket.substring(socket.indexOf('/') + 1);
        int port = socket.lastIndexOf(':');
        return port > 0 ? socket.substring(0, port) : socket;
    }
}
