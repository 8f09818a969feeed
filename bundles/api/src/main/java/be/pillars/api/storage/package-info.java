/**
 * Storage shared by core and the pillars: one {@code javax.sql.DataSource} service named {@code pillars}
 * (H2 by default, PostgreSQL by configuration), and schema migrations that each bundle owning tables runs
 * for itself through the {@link be.pillars.api.storage.SchemaMigrator}, on a thread of their own with
 * {@link be.pillars.api.storage.SchemaMigration}, which registers a {@link be.pillars.api.storage.Schema} once they are
 * current. {@link be.pillars.api.storage.Jdbc} holds the JDBC habits the stores share (one transaction per
 * change, bound parameters, UTC timestamps).
 */
@Export
@Version("1.4.0")
package be.pillars.api.storage;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
