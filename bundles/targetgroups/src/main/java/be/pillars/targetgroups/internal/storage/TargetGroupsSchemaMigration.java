package be.pillars.targetgroups.internal.storage;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.SchemaMigration;
import be.pillars.api.storage.SchemaMigrator;

/**
 * Brings the target-group pillar's tables ({@code targetgroups_*}) up to date on a thread of its own; then the
 * {@code Schema} service with {@link #TARGET} tells the pillar's stores that they may use them. The tables stay
 * when the pillar is uninstalled.
 */
@Component(immediate = true, service = {})
public class TargetGroupsSchemaMigration {

    public static final String CHANGELOG = "db/targetgroups-changelog.xml";
    /** Selects the target-group pillar's {@code Schema} service. */
    public static final String TARGET = "(schema.owner=be.pillars.targetgroups)";

    private final SchemaMigration migration;

    @Activate
    public TargetGroupsSchemaMigration(@Reference SchemaMigrator migrator, BundleContext context) {
        migration = SchemaMigration.start(migrator, context, CHANGELOG);
    }

    @Deactivate
    void deactivate() {
        migration.close();
    }
}
