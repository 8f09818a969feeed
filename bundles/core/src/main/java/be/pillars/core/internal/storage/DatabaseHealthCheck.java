package be.pillars.core.internal.storage;

import java.sql.Connection;
import java.sql.DatabaseMetaData;
import java.sql.SQLException;
import java.util.concurrent.atomic.AtomicReference;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;

import be.pillars.api.Health;
import be.pillars.api.HealthCheck;
import be.pillars.api.LocalizedText;
import be.pillars.api.storage.PillarsDataSource;

/**
 * The database is essential: without it nothing that stores data can serve. The check reports a missing
 * DataSource service (a broken {@code etc/org.ops4j.datasource-pillars.cfg}) as well as an unreachable database.
 */
@Component(service = HealthCheck.class)
public class DatabaseHealthCheck implements HealthCheck {

    private static final int VALIDATION_TIMEOUT_SECONDS = 2;

    private final AtomicReference<DataSource> dataSource = new AtomicReference<>();

    @Reference(target = PillarsDataSource.TARGET, cardinality = ReferenceCardinality.OPTIONAL,
            policy = ReferencePolicy.DYNAMIC)
    void bindDataSource(DataSource bound) {
        dataSource.set(bound);
    }

    void unbindDataSource(DataSource unbound) {
        dataSource.compareAndSet(unbound, null);
    }

    @Override
    public String name() {
        return "database";
    }

    @Override
    public boolean essential() {
        return true;
    }

    @Override
    public Health check() {
        DataSource current = dataSource.get();
        if (current == null) {
            return Health.down(LocalizedText.of(
                    "Geen DataSource '" + PillarsDataSource.NAME + "': controleer etc/org.ops4j.datasource-pillars.cfg",
                    "No DataSource '" + PillarsDataSource.NAME + "': check etc/org.ops4j.datasource-pillars.cfg"));
        }
        try (Connection connection = current.getConnection()) {
            if (!connection.isValid(VALIDATION_TIMEOUT_SECONDS)) {
                return Health.down(LocalizedText.of("De databank antwoordt niet binnen "
                        + VALIDATION_TIMEOUT_SECONDS + " s", "The database does not answer within "
                        + VALIDATION_TIMEOUT_SECONDS + " s"));
            }
            DatabaseMetaData metaData = connection.getMetaData();
            String product = metaData.getDatabaseProductName() + " " + metaData.getDatabaseProductVersion();
            return Health.up(LocalizedText.of("Verbonden met " + product, "Connected to " + product));
        } catch (SQLException e) {
            return Health.down(LocalizedText.of("Geen verbinding met de databank: " + e.getMessage(),
                    "No connection to the database: " + e.getMessage()));
        }
    }
}
