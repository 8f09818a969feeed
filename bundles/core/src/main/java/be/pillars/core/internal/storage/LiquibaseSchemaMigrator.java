package be.pillars.core.internal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.SQLException;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicBoolean;

import javax.sql.DataSource;

import org.osgi.framework.Bundle;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.SchemaMigrator;
import liquibase.Contexts;
import liquibase.LabelExpression;
import liquibase.Liquibase;
import liquibase.Scope;
import liquibase.database.Database;
import liquibase.database.DatabaseFactory;
import liquibase.database.core.H2Database;
import liquibase.database.jvm.JdbcConnection;
import liquibase.exception.LiquibaseException;
import liquibase.lockservice.LockService;
import liquibase.lockservice.LockServiceFactory;
import liquibase.resource.OSGiResourceAccessor;
import liquibase.snapshot.SnapshotGeneratorFactory;

/**
 * Runs each bundle's Liquibase changelog against the Pillars database. Liquibase keeps a lock table, and on
 * PostgreSQL every node first takes an advisory lock, so two nodes sharing one database never migrate at once; within
 * this JVM migrations also run one at a time.
 */
@Component(service = SchemaMigrator.class)
public class LiquibaseSchemaMigrator implements SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseSchemaMigrator.class);

    private static final String ANALYTICS_ENABLED = "liquibase.analytics.enabled";
    private static final LiquibaseOwnServices SERVICES = new LiquibaseOwnServices();
    private static final AtomicBoolean STALE_LOCK_CHECKED = new AtomicBoolean();
    private static final String POSTGRESQL = "PostgreSQL";
    /** The key of the advisory lock that Pillars' migrations take on PostgreSQL: "pillars" in ASCII. */
    private static final long MIGRATION_LOCK_KEY = 0x70696c6c617273L;

    private final DataSource dataSource;

    @Activate
    public LiquibaseSchemaMigrator(@Reference(target = PillarsDataSource.TARGET) DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void migrate(Bundle owner, String changelog, Set<String> formerNames) {
        long start = System.nanoTime();
        Thread thread = Thread.currentThread();
        ClassLoader context = thread.getContextClassLoader();
        // Liquibase sets up its first scope through the context class loader: its bundle is never started, so
        // only its own class loader knows its implementations (LiquibaseOwnServices)
        thread.setContextClassLoader(Liquibase.class.getClassLoader());
        try (Connection connection = dataSource.getConnection()) {
            boolean shared = POSTGRESQL.equals(connection.getMetaData().getDatabaseProductName());
            if (shared) {
                advisoryLock(connection, "pg_advisory_lock");
            }
            try {
                // Liquibase 4.30+ sends usage analytics unless told not to: a municipality's server must not. Its
                // implementations come from its own bundle (LiquibaseOwnServices), started or not.
                Scope.child(Map.of(ANALYTICS_ENABLED, false, Scope.Attr.serviceLocator.name(), SERVICES), () -> {
                    Database database = DatabaseFactory.getInstance()
                            .findCorrectDatabaseImplementation(new JdbcConnection(connection));
                    if (shared || STALE_LOCK_CHECKED.compareAndSet(false, true)) {
                        releaseStaleLock(database, shared);
                    }
                    // Not closed itself: closing Liquibase would close the connection, which the try above owns.
                    Liquibase liquibase = new Liquibase(changelog, new OSGiResourceAccessor(owner), database);
                    adoptFormerNames(database, liquibase.getDatabaseChangeLog().getLogicalFilePath(), formerNames);
                    liquibase.update(new Contexts(), new LabelExpression());
                });
            } finally {
                if (shared) {
                    advisoryLock(connection, "pg_advisory_unlock");
                }
            }
        } catch (Exception e) {
            throw new IllegalStateException("Migration " + changelog + " of bundle " + owner.getSymbolicName()
                    + " failed: " + e.getMessage(), e);
        } finally {
            thread.setContextClassLoader(context);
        }
        LOG.info("Schema of {} up to date ({} ms)", owner.getSymbolicName(), (System.nanoTime() - start) / 1_000_000);
    }

    /**
     * Records the changesets that ran under a former {@code logicalFilePath} of a changelog under its current one:
     * Liquibase knows a changeset by id, author and that name, and would otherwise run them all again on tables that
     * exist. Called under the locks the migration holds (this object's, and on PostgreSQL the advisory lock every
     * node takes), before Liquibase reads what ran; once done, nothing matches any more.
     */
    static void adoptFormerNames(Database database, String currentName, Set<String> formerNames)
            throws LiquibaseException, SQLException {
        if (formerNames.isEmpty() || !SnapshotGeneratorFactory.getInstance().hasDatabaseChangeLogTable(database)) {
            return;
        }
        String table = database.escapeTableName(database.getLiquibaseCatalogName(), database.getLiquibaseSchemaName(),
                database.getDatabaseChangeLogTableName());
        Connection connection = ((JdbcConnection) database.getConnection()).getUnderlyingConnection();
        int adopted = 0;
        try (PreparedStatement rename = connection.prepareStatement(
                "UPDATE " + table + " SET FILENAME = ? WHERE FILENAME = ?")) {
            for (String formerName : formerNames) {
                rename.setString(1, currentName);
                rename.setString(2, formerName);
                adopted += rename.executeUpdate();
            }
        }
        database.commit();
        if (adopted > 0) {
            LOG.info("{} changesets recorded under {} are now recorded under {}", adopted, formerNames, currentName);
        }
    }

    /**
     * Takes or gives back PostgreSQL's session-level advisory lock of Pillars' migrations. Every node takes it
     * before Liquibase's own lock, and PostgreSQL gives it back by itself when the session of a killed process ends.
     */
    private static void advisoryLock(Connection connection, String function) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT " + function + "(?)")) {
            lock.setLong(1, MIGRATION_LOCK_KEY);
            lock.execute();
        }
    }

    /**
     * A process killed during a migration leaves Liquibase's lock row taken, and every later migration would wait
     * for it in vain. An embedded H2 database belongs to this process alone, and migrations in this process run one
     * at a time, so before the first one any lock there is such a leftover. On a shared database (PostgreSQL) the
     * caller holds the advisory lock every node takes before Liquibase's: whoever holds Liquibase's lock now is gone.
     * Such a leftover is released, with a warning.
     */
    static void releaseStaleLock(Database database, boolean holdingAdvisoryLock) throws LiquibaseException {
        boolean embeddedFile = database instanceof H2Database
                && database.getConnection().getURL().matches("jdbc:h2:(file:)?[^:]*[/\\\\].*");
        if (!embeddedFile && !holdingAdvisoryLock) {
            return;
        }
        LockService lock = LockServiceFactory.getInstance().getLockService(database);
        if (lock.listLocks().length > 0) {
            LOG.warn("Releasing the schema lock that a process stopped during a migration left in {}",
                    database.getConnection().getURL());
            lock.forceReleaseLock();
        }
    }
}
