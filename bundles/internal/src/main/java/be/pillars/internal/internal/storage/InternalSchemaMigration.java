package be.pillars.internal.internal.storage;

import java.util.Set;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.SchemaMigration;
import be.pillars.api.storage.SchemaMigrator;

/**
 * Brings the internal pillar's tables up to date on a thread of its own; then the {@code Schema} service with
 * {@link #TARGET} tells the pillar's stores that they may use them. The tables stay when the pillar is
 * uninstalled.
 */
@Component(immediate = true, service = {})
public class InternalSchemaMigration {

    public static final String CHANGELOG = "db/internal-changelog.xml";
    /** The changelog's logicalFilePath until the bundle had one name, kept for databases made before. */
    public static final Set<String> FORMER_NAMES = Set.of("be.pillars.inhouse");
    /** Selects the internal pillar's {@code Schema} service. */
    public static final String TARGET = "(schema.owner=be.pillars.internal)";

    private final SchemaMigration migration;

    @Activate
    public InternalSchemaMigration(@Reference SchemaMigrator migrator, BundleContext context) {
        migration = SchemaMigration.start(migrator, context, CHANGELOG, FORMER_NAMES);
    }

    @Deactivate
    void deactivate() {
        migration.close();
    }
}
