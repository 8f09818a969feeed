package be.pillars.core.internal.storage;

import be.pillars.testing.TestDatabases;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.sql.SQLException;

import javax.sql.DataSource;

import org.h2.jdbcx.JdbcDataSource;
import org.junit.jupiter.api.Test;

import be.pillars.api.Health;

class DatabaseHealthCheckTest {

    private final DatabaseHealthCheck check = new DatabaseHealthCheck();

    @Test
    void isEssential() {
        assertTrue(check.essential());
        assertEquals("database", check.name());
    }

    @Test
    void withoutADataSourceServiceItIsDownAndNamesTheFileToCheck() {
        Health health = check.check();
        assertEquals(Health.Status.DOWN, health.status());
        assertEquals("No DataSource 'pillars': check etc/org.ops4j.datasource-pillars.cfg", health.detail().en());
    }

    @Test
    void aReachableDatabaseIsUpAndNamed() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(TestDatabases.h2Url());
        check.bindDataSource(h2);
        Health health = check.check();
        assertEquals(Health.Status.UP, health.status());
        assertTrue(health.detail().en().startsWith("Connected to H2 2."), health.detail().en());
    }

    @Test
    void anUnreachableDatabaseIsDownWithTheReason() throws SQLException {
        DataSource unreachable = mock(DataSource.class);
        when(unreachable.getConnection()).thenThrow(new SQLException("Connection refused"));
        check.bindDataSource(unreachable);
        Health health = check.check();
        assertEquals(Health.Status.DOWN, health.status());
        assertEquals("No connection to the database: Connection refused", health.detail().en());
    }

    @Test
    void losingTheDataSourceTakesItDown() {
        JdbcDataSource h2 = new JdbcDataSource();
        h2.setURL(TestDatabases.h2Url());
        check.bindDataSource(h2);
        check.unbindDataSource(h2);
        assertEquals(Health.Status.DOWN, check.check().status());
    }
}
