package be.pillars.api.storage;

import java.util.Set;

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
    default void migrate(Bundle owner, String changelog) {
        migrate(owner, changelog, Set.of());
    }

    /**
     * Migrates as {@link #migrate(Bundle, String)} does, for a changelog whose {@code logicalFilePath} changed:
     * before any changeset runs, the changesets recorded under a former one are recorded under the current one,
     * so that they are not run again. This happens at every start and does nothing once done.
     *
     * @param owner       the bundle that contains the changelog and owns the tables
     * @param changelog   the changelog's path inside that bundle
     * @param formerNames the {@code logicalFilePath}s this changelog had in releases before; never remove one, since
     *                    a database may skip releases
     * @throws IllegalStateException when the database cannot be reached or a changeset fails
     */
    void migrate(Bundle owner, String changelog, Set<String> formerNames);
}
