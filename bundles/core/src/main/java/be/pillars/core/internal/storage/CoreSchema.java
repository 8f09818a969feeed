package be.pillars.core.internal.storage;

import org.osgi.framework.BundleContext;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.SchemaMigrator;

/**
 * Core's tables, brought up to date when core activates. Every core component that reads or writes them
 * references this service, so none runs against an old schema.
 */
@Component(service = CoreSchema.class)
public class CoreSchema {

    static final String CHANGELOG = "db/core-changelog.xml";

    @Activate
    public CoreSchema(@Reference SchemaMigrator migrator, BundleContext context) {
        migrator.migrate(context.getBundle(), CHANGELOG);
    }
}
