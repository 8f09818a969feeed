package be.pillars.core.internal.audit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.sql.Connection;
import java.sql.Statement;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
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
import be.pillars.testing.MovableClock;
import be.pillars.testing.TestDatabases;

class AuditLogTest {

    @Test
    void everyEntryOfConcurrentRequestsIsWrittenBeforeItsCallerGoesOn() throws Exception {
        DataSource database = TestDatabases.migratedH2(CoreSchemaMigration.CHANGELOG);
        AuditLog audit = new AuditLog(database, Clock.systemUTC(), () -> Duration.ofSeconds(60));
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
        AuditLog audit = new AuditLog(database, Clock.systemUTC(), () -> Duration.ofSeconds(60));
        try (Connection connection = database.getConnection(); Statement statement = connection.createStatement()) {
            statement.execute("DROP TABLE audit_event");
        }
        assertThrows(IllegalStateException.class,
                () -> audit.record("lies", Action.READ, "volunteer", UUID.randomUUID(), null));
    }

    @Test
    void theSameReadWithinTheWindowIsCoveredByTheFirstEntryAndEveryOtherAccessIsWritten() throws Exception {
        DataSource database = TestDatabases.migratedH2(CoreSchemaMigration.CHANGELOG);
        MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
        AuditLog audit = new AuditLog(database, clock, () -> Duration.ofSeconds(60));
        UUID subject = UUID.randomUUID();
        audit.record("ann", Action.READ, "volunteer", subject, null);
        clock.pass(Duration.ofSeconds(59));
        audit.record("ann", Action.READ, "volunteer", subject, null);
        assertEquals(1, audit.entries(subject, null, 10, 0).total(), "the second read is covered by the first");

        audit.record("bob", Action.READ, "volunteer", subject, null);
        audit.record("ann", Action.READ, "volunteer", subject, "statement 2026");
        audit.record("ann", Action.READ, "volunteer", UUID.randomUUID(), null);
        audit.record("ann", Action.UPDATE, "volunteer", subject, null);
        audit.record("ann", Action.UPDATE, "volunteer", subject, null);
        assertEquals(5, audit.entries(subject, null, 10, 0).total(),
                "another login, another detail and every change are entries of their own");

        clock.pass(Duration.ofSeconds(2));
        audit.record("ann", Action.READ, "volunteer", subject, null);
        assertEquals(6, audit.entries(subject, null, 10, 0).total(), "after the window a read is written again");
    }

    @Test
    void withAWindowOfZeroEveryReadIsWritten() throws Exception {
        DataSource database = TestDatabases.migratedH2(CoreSchemaMigration.CHANGELOG);
        AuditLog audit = new AuditLog(database, Clock.systemUTC(), () -> Duration.ZERO);
        UUID subject = UUID.randomUUID();
        for (int i = 0; i < 3; i++) {
            audit.record("ann", Action.READ, "volunteer", subject, null);
        }
        assertEquals(3, audit.entries(subject, null, 10, 0).total());
    }
}
