package be.pillars.external.internal.storage;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.SchemaMigration;
import be.pillars.api.storage.SchemaMigrator;

/**
 * Brings the external pillar's tables up to date on a thread of its own; then the {@code Schema} service with
 * {@link #TARGET} tells the pillar's stores that they may use them. The tables stay when the pillar is
 * uninstalled.
 */
@Component(immediate = true, service = {})
public class ExternalSchemaMigration {

    public static final String CHANGELOG = "db/external-changelog.xml";
    /** Selects the external pillar's {@code Schema} service. */
    public static final String TARGET = "(schema.owner=be.pillars.external)";

    private final SchemaMigration migration;

    @Activate
    public ExternalSchemaMigration(@Reference SchemaMigrator migrator, BundleContext context) {
        migration = SchemaMigration.start(migrator, context, CHANGELOG);
    }

    @Deactivate
    void deactivate() {
        migration.close();
    }
}
