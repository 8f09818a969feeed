package be.pillars.core.internal.security;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

/**
 * Core's settings in force ({@code etc/be.pillars.core.cfg}), changed in place when an admin edits them. The
 * {@code pillars} servlet context and core's servlets read them here instead of being configured themselves: a
 * configured whiteboard service is re-registered on every change (its service properties change with the
 * configuration), which would take every route of core and of every pillar off the air for a moment.
 */
@Component(service = CoreSettings.class, configurationPid = CoreConfiguration.PID)
@Designate(ocd = CoreConfiguration.class)
public class CoreSettings {

    private volatile CoreConfiguration configuration;
    private volatile Authenticator authenticator;
    private volatile LoginThrottle throttle;

    @Activate
    public CoreSettings(CoreConfiguration configuration) {
        modified(configuration);
    }

    @Modified
    void modified(CoreConfiguration changed) {
        // a new authenticator forgets the credentials it remembered: the realm or how long to trust them changed
        throttle = new LoginThrottle(changed.loginBlockMaxSeconds());
        authenticator = new Authenticator(changed.realm(), changed.authenticationCacheSeconds(), throttle);
        configuration = changed;
    }

    /** The settings in force now. */
    public CoreConfiguration current() {
        return configuration;
    }

    /** Slows down password guessing: the HTTP API's logins and the console's (ssh, JMX) count alike. */
    public LoginThrottle throttle() {
        return throttle;
    }

    /** Checks credentials against the realm in force, remembering them as long as it says. */
    public Authenticator authenticator() {
        return authenticator;
    }
}
