package be.pillars.core.internal.audit;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.api.Page;
import be.pillars.api.audit.AuditTrail;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.core.internal.RecentlyUsed;
import be.pillars.core.internal.security.CoreSettings;
import be.pillars.core.internal.storage.CoreSchemaMigration;
import be.pillars.api.storage.Jdbc;

/**
 * Who read or changed personal data, and when (GDPR accountability). Entries name the person concerned by
 * id only, so the log itself needs no erasure; they are written in their own transaction right after the
 * access they record, together with those of concurrent requests.
 */
@Component(service = {AuditLog.class, AuditTrail.class})
public class AuditLog implements AuditTrail {

    /** How many reads {@link #readsOnRecord} remembers; a read it forgot is written again. */
    private static final int READS_REMEMBERED = 10_000;

    /** One entry. */
    public record Entry(UUID id, Instant at, String actor, Action action, String subjectType, UUID subjectId,
            String detail) {
    }

    private final DataSource dataSource;
    private final Clock clock;
    private final LinkedBlockingQueue<Pending> queued = new LinkedBlockingQueue<>();
    private final Object writing = new Object();
    /** Reads written to the log, with when their entry stops covering the same read again. */
    private final RecentlyUsed<Read, Instant> readsOnRecord = new RecentlyUsed<>(READS_REMEMBERED);
    /** The read window in force: an admin may change it while Pillars runs. */
    private final Supplier<Duration> readWindow;

    @Activate
    public AuditLog(@Reference(target = CoreSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource, @Reference CoreSettings settings) {
        this(dataSource, Clock.systemUTC(), () -> Duration.ofSeconds(settings.current().auditReadWindowSeconds()));
    }

    AuditLog(DataSource dataSource, Clock clock, Supplier<Duration> readWindow) {
        this.dataSource = dataSource;
        this.clock = clock;
        this.readWindow = readWindow;
    }

    /**
     * Records the access before returning. A read exactly like one already on record (same login, person or
     * record, and detail) within the read window is covered by that entry and is not written again: the log
     * still shows who read whose data and when, to the window, while a coordinator paging through the same
     * people does not cost a committed write per request.
     */
    @Override
    public void record(String actor, Action action, String subjectType, UUID subjectId, String detail) {
        String shortDetail = detail == null ? null : detail.substring(0, Math.min(200, detail.length()));
        String who = actor == null ? "anonymous" : actor;
        Instant now = clock.instant();
        Duration window = readWindow.get();
        Read read = action == Action.READ && subjectId != null && !window.isZero()
                ? new Read(who, subjectType, subjectId, shortDetail) : null;
        if (read != null) {
            Instant coveredUntil = readsOnRecord.get(read);
            if (coveredUntil != null && now.isBefore(coveredUntil)) {
                return;
            }
        }
        write(new Entry(TimeOrderedIds.next(), now, who, action, subjectType, subjectId, shortDetail));
        if (read != null) {
            readsOnRecord.put(read, now.plus(window));
        }
    }

    /** What makes two reads the same for the log. */
    private record Read(String actor, String subjectType, UUID subjectId, String detail) {
    }

    /** Writes the entry durably, together with those of concurrent requests. */
    private void write(Entry entry) {
        Pending mine = new Pending(entry);
        queued.add(mine);
        // Group commit: whoever holds the lock writes every entry queued so far in one transaction, so concurrent
        // requests share a commit instead of queueing for one each. Every caller still returns only once its own
        // entry is committed (or throws), so an access that was answered is never missing from the log.
        synchronized (writing) {
            if (!mine.written) {
                List<Pending> batch = new ArrayList<>();
                queued.drainTo(batch);
                RuntimeException failure = writeAll(batch);
                for (Pending pending : batch) {
                    pending.failure = failure;
                    pending.written = true;
                }
            }
        }
        if (mine.failure != null) {
            throw mine.failure;
        }
    }

    private RuntimeException writeAll(List<Pending> batch) {
        try {
            // its own transaction: the batch holds other threads' entries, which the caller's rollback must not take
            Jdbc.inOwnTransaction(dataSource, () -> {
                throw new IllegalStateException("audit ids are new UUIDs");
            }, connection -> {
                try (PreparedStatement insert = connection.prepareStatement("INSERT INTO audit_event (id, at, actor, "
                        + "action, subject_type, subject_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)")) {
                    for (Pending pending : batch) {
                        Entry entry = pending.entry;
                        Jdbc.bind(insert, Arrays.asList(entry.id(), utc(entry.at()), entry.actor(),
                                entry.action().name(), entry.subjectType(), entry.subjectId(), entry.detail()));
                        insert.addBatch();
                    }
                    insert.executeBatch();
                }
                return null;
            });
            return null;
        } catch (RuntimeException e) {
            return e;
        }
    }

    /** An entry waiting to be written; its fields change only while the writing lock is held. */
    private static final class Pending {
        final Entry entry;
        boolean written;
        RuntimeException failure;

        Pending(Entry entry) {
            this.entry = entry;
        }
    }

    /** Newest first, optionally only about one subject or by one actor. */
    public Page<Entry> entries(UUID subjectId, String actor, int limit, int offset) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (subjectId != null) {
            where.append(" AND subject_id = ?");
            parameters.add(subjectId);
        }
        if (actor != null) {
            where.append(" AND actor = ?");
            parameters.add(actor);
        }
        return Jdbc.read(dataSource, connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM audit_event " + where, parameters);
            List<Object> page = new ArrayList<>(parameters);
            page.add(limit);
            page.add(offset);
            List<Entry> entries = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT id, at, actor, action, subject_type, "
                    + "subject_id, detail FROM audit_event " + where + " ORDER BY at DESC, id LIMIT ? OFFSET ?", page);
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    entries.add(new Entry(row.getObject(1, UUID.class),
                            row.getObject(2, OffsetDateTime.class).toInstant(), row.getString(3),
                            Action.valueOf(row.getString(4)), row.getString(5),
                            row.getObject(6, UUID.class), row.getString(7)));
                }
            }
            return new Page<>(entries, total, limit, offset);
        });
    }
}
