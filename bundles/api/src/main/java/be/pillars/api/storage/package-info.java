/**
 * Storage shared by core and the pillars: one {@code javax.sql.DataSource} service named {@code pillars}
 * (H2 by default, PostgreSQL by configuration), and schema migrations that each bundle owning tables runs
 * for itself through the {@link be.pillars.api.storage.SchemaMigrator}.
 */
@Export
@Version("1.0.0")
package be.pillars.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
