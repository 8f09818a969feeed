package be.pillars.api.storage;

import org.osgi.annotation.versioning.ProviderType;

/**
 * Registered as a service once a bundle's tables are up to date (see {@link SchemaMigration}), with the
 * owning bundle's symbolic name in {@link #OWNER}. Every component that reads or writes those tables
 * references it, for example {@code @Reference(target = "(schema.owner=be.pillars.internal)") Schema schema},
 * so none runs against an old schema.
 */
@ProviderType
public interface Schema {

    /** Service property: the symbolic name of the bundle whose tables are current. */
    String OWNER = "schema.owner";

    /** @return the symbolic name of the bundle whose tables are current */
    String owner();
}
