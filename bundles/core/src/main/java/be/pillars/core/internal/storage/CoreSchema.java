package be.pillars.core.internal.storage;

/**
 * Registered as a service once core's tables are up to date (by {@link CoreSchemaMigration}). Every core
 * component that reads or writes them references it, so none runs against an old schema.
 */
public final class CoreSchema {

    CoreSchema() {
    }
}
