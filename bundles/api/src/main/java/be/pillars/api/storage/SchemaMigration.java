package be.pillars.api.storage;

import java.util.Map;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

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
    /** How long a deactivating component waits for its migration; Liquibase takes seconds, not minutes. */
    private static final long CLOSE_WAIT_SECONDS = 120;

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
        return start(migrator, context, changelog, Set.of());
    }

    /**
     * Starts the migration of a changelog whose {@code logicalFilePath} changed: see
     * {@link SchemaMigrator#migrate(org.osgi.framework.Bundle, String, Set)}.
     *
     * @param migrator    core's migrator
     * @param context     the context of the bundle that owns the tables and contains the changelog
     * @param changelog   the changelog's path inside that bundle
     * @param formerNames the {@code logicalFilePath}s the changelog had in earlier releases
     * @return the running migration; close it when the component that started it deactivates
     */
    public static SchemaMigration start(SchemaMigrator migrator, BundleContext context, String changelog,
            Set<String> formerNames) {
        SchemaMigration migration = new SchemaMigration(context);
        migration.worker.execute(() -> migration.run(migrator, changelog, formerNames));
        return migration;
    }

    private void run(SchemaMigrator migrator, String changelog, Set<String> formerNames) {
        String owner = context.getBundle().getSymbolicName();
        // one migration per start: the thread ends with it instead of idling until the bundle stops
        worker.shutdown();
        synchronized (this) {
            if (closed) {
                return;
            }
        }
        try {
            migrator.migrate(context.getBundle(), changelog, formerNames);
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

    /**
     * Unregisters the schema and waits for a migration still running to finish. It is never interrupted: an
     * interrupt during a file write makes embedded H2 close the whole database, for every bundle, and would leave
     * Liquibase's lock taken.
     */
    @Override
    public void close() {
        synchronized (this) {
            closed = true;
            if (registration != null) {
                registration.unregister();
                registration = null;
            }
        }
        worker.shutdown();
        try {
            if (!worker.awaitTermination(CLOSE_WAIT_SECONDS, TimeUnit.SECONDS)) {
                LOG.warn("The migration of {} still runs after {} s; it finishes on its own",
                        context.getBundle().getSymbolicName(), CLOSE_WAIT_SECONDS);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
