package be.pillars.core.internal.storage;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import liquibase.Liquibase;
import liquibase.servicelocator.ServiceLocator;

/**
 * Finds Liquibase's implementations (its own {@code META-INF/services}) through the class loader of its bundle.
 * Liquibase's default locator relies on the ServiceLoader Mediator (Aries SPI Fly), which registers its 400-odd
 * implementations as services when the bundle starts and weaves every Liquibase class as it loads: seconds of
 * Karaf's boot. With this locator (and Liquibase's class loader as the context class loader while a migration runs,
 * for the scope Liquibase sets up before any locator is asked) the container needs no mediator: the distribution
 * ships Liquibase repackaged without that requirement ({@code bundles/liquibase}), resolved and never started.
 */
final class LiquibaseOwnServices implements ServiceLocator {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseOwnServices.class);
    private static final ClassLoader LIQUIBASE = Liquibase.class.getClassLoader();

    @Override
    public int getPriority() {
        return PRIORITY_SPECIALIZED;
    }

    @Override
    public <T> List<T> findInstances(Class<T> type) {
        List<T> instances = new ArrayList<>();
        Iterator<T> providers = ServiceLoader.load(type, LIQUIBASE).iterator();
        while (providers.hasNext()) {
            try {
                instances.add(providers.next());
            } catch (ServiceConfigurationError | LinkageError e) {
                // Implementations for databases whose optional libraries are absent: Liquibase skips them too.
                LOG.debug("Liquibase implementation of {} skipped: {}", type.getName(), e.getMessage());
            }
        }
        return instances;
    }
}
