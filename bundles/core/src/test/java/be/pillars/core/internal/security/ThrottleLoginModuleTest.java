package be.pillars.core.internal.security;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Map;
import java.util.concurrent.atomic.AtomicLong;

import javax.security.auth.Subject;
import javax.security.auth.callback.NameCallback;
import javax.security.auth.login.FailedLoginException;

import org.apache.karaf.jaas.boot.principal.ClientPrincipal;
import org.junit.jupiter.api.Test;

class ThrottleLoginModuleTest {

    private final AtomicLong now = new AtomicLong(1);
    private final LoginThrottle throttle = new LoginThrottle(300, now::get);

    private ThrottleLoginModule module(String login, ClientPrincipal client) {
        Subject subject = new Subject();
        if (client != null) {
            subject.getPrincipals().add(client);
        }
        ThrottleLoginModule module = new ThrottleLoginModule();
        module.initialize(subject, callbacks -> ((NameCallback) callbacks[0]).setName(login), Map.of(),
                Map.of(ThrottleLoginModule.THROTTLE_OPTION, throttle));
        return module;
    }

    @Test
    void sshFailuresAreCountedAndThenRefusedBeforeThePasswordIsChecked() throws Exception {
        ClientPrincipal ssh = new ClientPrincipal("ssh", "/192.0.2.7:53122");
        for (int i = 0; i <= LoginThrottle.FREE_PER_LOGIN; i++) {
            ThrottleLoginModule attempt = module("karaf", ssh);
            assertFalse(attempt.login(), "never admits anyone itself");
            attempt.abort();
        }
        assertTrue(throttle.waitBefore("karaf", "192.0.2.7").isPresent());
        ThrottleLoginModule refused = module("karaf", ssh);
        assertThrows(FailedLoginException.class, refused::login);
        refused.abort();
        assertEquals(1, throttle.waitBefore("karaf", "192.0.2.8").orElseThrow().toSeconds(),
                "a refusal by the throttle itself does not lengthen the wait");
    }

    @Test
    void loginsWithoutAClientAddressAreLeftToTheHttpLayer() throws Exception {
        for (int i = 0; i < 20; i++) {
            ThrottleLoginModule attempt = module("lies", null);
            assertFalse(attempt.login());
            attempt.abort();
        }
        assertTrue(throttle.waitBefore("lies", "192.0.2.7").isEmpty());
    }

    @Test
    void theAddressIsTakenWithoutItsPort() {
        assertEquals("192.0.2.7", ThrottleLoginModule.addressOf(new ClientPrincipal("ssh", "/192.0.2.7:53122")));
        assertEquals("0:0:0:0:0:0:0:1", ThrottleLoginModule.addressOf(new ClientPrincipal("ssh", "/0:0:0:0:0:0:0:1:40000")));
    }
}
