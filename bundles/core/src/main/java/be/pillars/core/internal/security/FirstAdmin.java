package be.pillars.core.internal.security;

import java.io.IOException;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.util.Dictionary;
import java.util.Enumeration;
import java.util.HashMap;
import java.util.Map;

import org.apache.karaf.jaas.modules.encryption.EncryptionSupport;
import org.osgi.framework.BundleContext;
import org.osgi.framework.InvalidSyntaxException;
import org.osgi.service.cm.Configuration;
import org.osgi.service.cm.ConfigurationAdmin;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * On the first start of an installation, creates the admin login ({@link AdminLogin}), hashed as Karaf's JAAS
 * configuration ({@code etc/org.apache.karaf.jaas.cfg}) says, and prints how to log in once on the console.
 * On every start it keeps {@code etc/users.properties} and {@code data/} from other local users.
 */
@Component(immediate = true, service = {})
public class FirstAdmin {

    private static final Logger LOG = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String JAAS_PID = "org.apache.karaf.jaas";
    static final String PASSWORD_FILE = "pillars-admin-password";

    @Activate
    public FirstAdmin(BundleContext context, @Reference ConfigurationAdmin configurations) {
        // hashing with bcrypt takes a few hundred milliseconds, which the boot's own thread need not wait for
        Thread first = new Thread(() -> prepare(context, configurations), "pillars-first-admin");
        first.setDaemon(true);
        first.start();
    }

    private static void prepare(BundleContext context, ConfigurationAdmin configurations) {
        try {
            createIfNone(context, configurations);
        } catch (IOException | InvalidSyntaxException | RuntimeException e) {
            LOG.error("The admin login of the first start could not be prepared", e);
        }
    }

    private static void createIfNone(BundleContext context, ConfigurationAdmin configurations)
            throws IOException, InvalidSyntaxException {
        Path etc = Path.of(System.getProperty("karaf.etc"));
        Path usersFile = etc.resolve("users.properties");
        Path passwordFile = etc.resolve(PASSWORD_FILE);
        try {
            EncryptionSupport encryption = new EncryptionSupport(jaasOptions(context, configurations));
            new AdminLogin(usersFile, passwordFile, encryption::encrypt, new SecureRandom())
                    .createIfNone(System.getenv())
                    .ifPresent(created -> announce(created, passwordFile));
        } catch (IllegalStateException e) {
            // no encryption service: better no admin than one whose password lies in the file in clear text
            LOG.error("No admin login was created: passwords cannot be hashed ({}). Check etc/{}.cfg.", e.getMessage(),
                    JAAS_PID);
        }
        AdminLogin.restrict(usersFile, Path.of(System.getProperty("karaf.data")));
    }

    private static void announce(AdminLogin.Created created, Path passwordFile) {
        created.refused().forEach(problem -> LOG.error("First start: {}", problem));
        if (created.passwordGiven()) {
            LOG.info("First start: admin login '{}' created with the password of {}", created.user(),
                    AdminLogin.PASSWORD_VARIABLE);
            return;
        }
        LOG.warn("First start: admin login '{}' created with a random password, written to {}", created.user(),
                passwordFile);
        // printed once, on the console that started Karaf: the password itself never goes to the log
        System.out.println("""

                Pillars: beheerder / admin   login: %s   wachtwoord / password: %s
                  (ook in / also in %s; verwijder dat bestand na het noteren / delete that file once noted)
                """.formatted(created.user(), created.password(), passwordFile));
    }

    /** The realm's encryption settings, as Karaf's own login modules read them. */
    private static Map<String, Object> jaasOptions(BundleContext context, ConfigurationAdmin configurations)
            throws IOException, InvalidSyntaxException {
        Configuration[] found = configurations.listConfigurations("(service.pid=" + JAAS_PID + ")");
        if (found == null || found[0].getProperties() == null) {
            throw new IllegalStateException("no configuration " + JAAS_PID);
        }
        Map<String, Object> options = new HashMap<>();
        Dictionary<String, Object> properties = found[0].getProperties();
        for (Enumeration<String> keys = properties.keys(); keys.hasMoreElements();) {
            String key = keys.nextElement();
            options.put(key, properties.get(key));
        }
        options.put(BundleContext.class.getName(), context);
        return options;
    }
}
