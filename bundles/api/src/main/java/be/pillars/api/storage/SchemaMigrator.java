package be.pillars.api.storage;

import org.osgi.annotation.versioning.ProviderType;
import org.osgi.framework.Bundle;

/**
 * Brings a bundle's tables up to date. A bundle that owns tables ships a Liquibase changelog inside itself and
 * calls {@link #migrate} when it activates, before it uses them. Changesets that already ran are skipped, so
 * a restart, an update or a second node costs a quick check; a pillar's tables stay when it is uninstalled.
 */
@ProviderType
public interface SchemaMigrator {

    /**
     * @param owner     the bundle that contains the changelog and owns the tables
     * @param changelog the changelog's path inside that bundle, such as {@code db/changelog.xml}; give it a
     *                  {@code logicalFilePath} unique to the bundle, since changesets are keyed by it
     * @throws IllegalStateException when the database cannot be reached or a changeset fails; the failed
     *                               changeset is rolled back where the database allows it
     */
    void migrate(Bundle owner, String changelog);
}
