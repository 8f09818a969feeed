package be.pillars.core.internal.storage;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.ServiceRegistration;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.storage.SchemaMigrator;

/**
 * Brings core's tables up to date on a thread of its own, then registers {@link CoreSchema}. Migrating on
 * the thread that activates the component would hold up Karaf's boot (and everything that does not need the
 * database, such as {@code /api/pillars}) for as long as Liquibase takes.
 */
@Component(immediate = true, service = {})
public class CoreSchemaMigration {

    private static final Logger LOG = LoggerFactory.getLogger(CoreSchemaMigration.class);

    static final String CHANGELOG = "db/core-changelog.xml";

    private final ExecutorService worker = Executors.newSingleThreadExecutor(
            runnable -> new Thread(runnable, "pillars-core-migration"));
    private ServiceRegistration<CoreSchema> registration;
    private boolean stopped;

    @Activate
    public CoreSchemaMigration(@Reference SchemaMigrator migrator, BundleContext context) {
        worker.execute(() -> {
            try {
                migrator.migrate(context.getBundle(), CHANGELOG);
            } catch (RuntimeException e) {
                LOG.error("Core's tables could not be brought up to date; volunteers, organisations and "
                        + "engagements stay unavailable until this is fixed and core restarts", e);
                return;
            }
            synchronized (this) {
                if (!stopped) {
                    registration = context.registerService(CoreSchema.class, new CoreSchema(), null);
                }
            }
        });
    }

    @Deactivate
    synchronized void deactivate() {
        stopped = true;
        worker.shutdownNow();
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
