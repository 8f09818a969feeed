package be.pillars.core.internal.storage;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.SchemaMigration;
import be.pillars.api.storage.SchemaMigrator;

/**
 * Brings core's tables up to date on a thread of its own; then the {@code Schema} service with
 * {@link #TARGET} tells core's stores that they may use them.
 */
@Component(immediate = true, service = {})
public class CoreSchemaMigration {

    public static final String CHANGELOG = "db/core-changelog.xml";
    /** Selects core's {@code Schema} service. */
    public static final String TARGET = "(schema.owner=be.pillars.core)";

    private final SchemaMigration migration;

    @Activate
    public CoreSchemaMigration(@Reference SchemaMigrator migrator, BundleContext context) {
        migration = SchemaMigration.start(migrator, context, CHANGELOG);
    }

    @Deactivate
    void deactivate() {
        migration.close();
    }
}
