package be.pillars.api.storage;

import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.eq;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.timeout;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.util.Set;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;

import org.junit.jupiter.api.Test;
import org.osgi.framework.Bundle;
import org.osgi.framework.BundleContext;

class SchemaMigrationTest {

    private final BundleContext context = mock(BundleContext.class);

    SchemaMigrationTest() {
        Bundle bundle = mock(Bundle.class);
        when(bundle.getSymbolicName()).thenReturn("be.pillars.example");
        when(context.getBundle()).thenReturn(bundle);
    }

    @Test
    void theSchemaIsRegisteredOnceTheMigrationRan() {
        SchemaMigration.start((owner, changelog, formerNames) -> { }, context, "db/changelog.xml");
        verify(context, timeout(5_000)).registerService(eq(Schema.class), any(Schema.class), any());
    }

    @Test
    void theFormerNamesOfTheChangelogReachTheMigrator() {
        SchemaMigrator migrator = mock(SchemaMigrator.class);
        SchemaMigration.start(migrator, context, "db/changelog.xml", Set.of("be.pillars.old"));
        verify(migrator, timeout(5_000)).migrate(context.getBundle(), "db/changelog.xml", Set.of("be.pillars.old"));
    }

    @Test
    void closingWaitsForARunningMigrationWithoutInterruptingItAndRegistersNothing() throws Exception {
        CountDownLatch migrating = new CountDownLatch(1);
        AtomicBoolean interrupted = new AtomicBoolean();
        AtomicBoolean finished = new AtomicBoolean();
        SchemaMigration migration = SchemaMigration.start((owner, changelog, formerNames) -> {
            migrating.countDown();
            long until = System.nanoTime() + TimeUnit.MILLISECONDS.toNanos(300);
            while (System.nanoTime() < until) {
                interrupted.compareAndSet(false, Thread.currentThread().isInterrupted());
            }
            finished.set(true);
        }, context, "db/changelog.xml");
        assertTrue(migrating.await(5, TimeUnit.SECONDS));

        migration.close();

        assertTrue(finished.get(), "close returned only after the migration");
        assertFalse(interrupted.get(), "an interrupt would make embedded H2 close the database");
        verify(context, never()).registerService(eq(Schema.class), any(Schema.class), any());
    }
}
