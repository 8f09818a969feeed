package be.pillars.core.internal.security;

import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.stream.Stream;

import javax.security.auth.login.AppConfigurationEntry;
import javax.security.auth.login.AppConfigurationEntry.LoginModuleControlFlag;

import org.apache.karaf.jaas.boot.ProxyLoginModule;
import org.apache.karaf.jaas.config.JaasRealm;
import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

/**
 * Karaf's {@code karaf} realm (ssh, JMX, the HTTP API) with a {@link ThrottleLoginModule} in front: ranked above
 * Karaf's own realm of that name, it hands out the same login modules, configured by Karaf as ever
 * ({@code etc/org.apache.karaf.jaas.cfg}), after the throttle. Without Karaf's realm it admits nobody.
 */
@Component(service = JaasRealm.class, property = ThrottledRealm.MARKER + "=true")
public class ThrottledRealm implements JaasRealm {

    static final String MARKER = "be.pillars.throttled";
    private static final String REALM = "karaf";

    private final BundleContext context;
    private final CoreSettings settings;
    private final Map<JaasRealm, Boolean> others = new ConcurrentHashMap<>();

    @Activate
    public ThrottledRealm(BundleContext context, @Reference CoreSettings settings) {
        this.context = context;
        this.settings = settings;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC,
            target = "(!(" + MARKER + "=true))")
    void addRealm(JaasRealm realm) {
        others.put(realm, Boolean.TRUE);
    }

    void removeRealm(JaasRealm realm) {
        others.remove(realm);
    }

    @Override
    public String getName() {
        return REALM;
    }

    @Override
    public int getRank() {
        return 1;
    }

    @Override
    public AppConfigurationEntry[] getEntries() {
        AppConfigurationEntry throttle = new AppConfigurationEntry(ProxyLoginModule.class.getName(),
                LoginModuleControlFlag.REQUISITE, Map.of(
                        ProxyLoginModule.PROPERTY_MODULE, ThrottleLoginModule.class.getName(),
                        ProxyLoginModule.PROPERTY_BUNDLE, Long.toString(context.getBundle().getBundleId()),
                        ThrottleLoginModule.THROTTLE_OPTION, settings.throttle()));
        AppConfigurationEntry[] karafs = others.keySet().stream()
                .filter(realm -> REALM.equals(realm.getName()) && realm.getRank() < getRank())
                .max((a, b) -> Integer.compare(a.getRank(), b.getRank()))
                .map(JaasRealm::getEntries).orElse(new AppConfigurationEntry[0]);
        return Stream.concat(Stream.of(throttle), Stream.of(karafs)).toArray(AppConfigurationEntry[]::new);
    }
}
