package be.pillars.core.internal.storage;

import java.sql.Connection;
import java.util.Map;

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
import liquibase.database.jvm.JdbcConnection;
import liquibase.resource.OSGiResourceAccessor;

/**
 * Runs each bundle's Liquibase changelog against the Pillars database. Liquibase keeps a lock table, so two
 * nodes sharing one PostgreSQL never migrate at once; within this JVM migrations also run one at a time.
 */
@Component(service = SchemaMigrator.class)
public class LiquibaseSchemaMigrator implements SchemaMigrator {

    private static final Logger LOG = LoggerFactory.getLogger(LiquibaseSchemaMigrator.class);

    private static final String ANALYTICS_ENABLED = "liquibase.analytics.enabled";

    private final DataSource dataSource;

    @Activate
    public LiquibaseSchemaMigrator(@Reference(target = PillarsDataSource.TARGET) DataSource dataSource) {
        this.dataSource = dataSource;
    }

    @Override
    public synchronized void migrate(Bundle owner, String changelog) {
        long start = System.nanoTime();
        try (Connection connection = dataSource.getConnection()) {
            Database database = DatabaseFactory.getInstance()
                    .findCorrectDatabaseImplementation(new JdbcConnection(connection));
            // Not closed itself: closing Liquibase would close the connection, which the try above owns.
            Liquibase liquibase = new Liquibase(changelog, new OSGiResourceAccessor(owner), database);
            // Liquibase 4.30+ sends usage analytics unless told not to: a municipality's server must not.
            Scope.child(Map.of(ANALYTICS_ENABLED, false),
                    () -> liquibase.update(new Contexts(), new LabelExpression()));
        } catch (Exception e) {
            throw new IllegalStateException("Migration " + changelog + " of bundle " + owner.getSymbolicName()
                    + " failed: " + e.getMessage(), e);
        }
        LOG.info("Schema of {} up to date ({} ms)", owner.getSymbolicName(), (System.nanoTime() - start) / 1_000_000);
    }
}
