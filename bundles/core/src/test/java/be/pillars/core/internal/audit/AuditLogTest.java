package be.pillars.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import javax.sql.DataSource;

import org.junit.jupiter.api.Test;

import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.core.internal.storage.CoreSchemaMigration;
import be.pillars.testing.TestDatabases;

class AuditLogTest {

    @Test
    void everyEntryOfConcurrentRequestsIsWrittenBeforeItsCallerGoesOn() throws Exception {
        DataSource database = TestDatabases.migratedH2(CoreSchemaMigration.CHANGELOG);
        AuditLog audit = new AuditLog(database, Clock.systemUTC());
        UUID subject = UUID.randomUUID();
        int callers = 40;
        CountDownLatch start = new CountDownLatch(1);
        ExecutorService pool = Executors.newFixedThreadPool(callers);
        List<Future<Long>> seen = new ArrayList<>();
        for (int i = 0; i < callers; i++) {
            String actor = "user" + i;
            seen.add(pool.submit(() -> {
                start.await();
                audit.record(actor, Action.READ, "volunteer", subject, null);
                // once record returns, the caller's own entry is there for anyone to read
                return audit.entries(null, actor, 10, 0).total();
            }));
        }
        start.countDown();
        for (Future<Long> own : seen) {
            assertEquals(1, own.get());
        }
        pool.shutdown();
        assertEquals(callers, audit.entries(subject, null, 200, 0).total());
    }

    @Test
    void aFailedWriteFailsTheAccessItRecords() throws Exception {
        DataSource database = TestDatabases.migratedH2(CoreSchemaMigration.CHANGELOG);
        AuditLog audit = new AuditLog(database, Clock.systemUTC());
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE audit_event");
        }
        assertThrows(IllegalStateException.class,
                () -> audit.record("lies", Action.READ, "volunteer", UUID.randomUUID(), null));
    }
}
