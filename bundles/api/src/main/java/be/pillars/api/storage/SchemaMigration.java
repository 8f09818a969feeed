package be.pillars.api.storage;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

import org.osgi.framework.BundleContext;
import org.osgi.framework.FrameworkUtil;
import org.osgi.framework.ServiceRegistration;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * Brings a bundle's tables up to date on a thread of its own, then registers its {@link Schema} service.
 * Migrating on the thread that activates a component would hold up Karaf's boot (and everything that does not
 * need those tables) for as long as Liquibase takes. Start it from the bundle's migration component and close
 * it when that component deactivates:
 *
 * <pre>
 * &#64;Activate
 * public MySchemaMigration(&#64;Reference SchemaMigrator migrator, BundleContext context) {
 *     migration = SchemaMigration.start(migrator, context, "db/my-changelog.xml");
 * }
 * &#64;Deactivate
 * void deactivate() { migration.close(); }
 * </pre>
 */
public final class SchemaMigration implements AutoCloseable {

    private static final Logger LOG = LoggerFactory.getLogger(SchemaMigration.class);

    private final BundleContext context;
    private final ExecutorService worker;
    private ServiceRegistration<Schema> registration;
    private boolean closed;

    private SchemaMigration(BundleContext context) {
        this.context = context;
        this.worker = Executors.newSingleThreadExecutor(
                runnable -> new Thread(runnable, "pillars-migration-" + context.getBundle().getSymbolicName()));
    }

    /**
     * @param migrator  core's migrator
     * @param context   the context of the bundle that owns the tables and contains the changelog
     * @param changelog the changelog's path inside that bundle
     * @return the running migration; close it when the component that started it deactivates
     */
    public static SchemaMigration start(SchemaMigrator migrator, BundleContext context, String changelog) {
        SchemaMigration migration = new SchemaMigration(context);
        migration.worker.execute(() -> migration.run(migrator, changelog));
        return migration;
    }

    private void run(SchemaMigrator migrator, String changelog) {
        String owner = context.getBundle().getSymbolicName();
        // one migration per start: the thread ends with it instead of idling until the bundle stops
        worker.shutdown();
        try {
            migrator.migrate(context.getBundle(), changelog);
        } catch (RuntimeException e) {
            LOG.error("The tables of {} could not be brought up to date; what uses them stays unavailable until "
                    + "this is fixed and the bundle restarts", owner, e);
            return;
        }
        synchronized (this) {
            if (!closed) {
                Schema schema = () -> owner;
                registration = context.registerService(Schema.class, schema,
                        FrameworkUtil.asDictionary(Map.of(Schema.OWNER, owner)));
            }
        }
    }

    /** Stops a migration that has not finished (Liquibase rolls back the changeset it was in) and unregisters. */
    @Override
    public synchronized void close() {
        closed = true;
        worker.shutdownNow();
        if (registration != null) {
            registration.unregister();
            registration = null;
        }
    }
}
