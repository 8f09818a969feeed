package be.pillars.core.internal.audit;

import static be.pillars.core.internal.storage.Jdbc.prepared;
import static be.pillars.core.internal.storage.Jdbc.utc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.Page;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.core.internal.storage.CoreSchema;
import be.pillars.core.internal.storage.Jdbc;

/**
 * Who read or changed personal data, and when (GDPR accountability). Entries name the person concerned by
 * id only, so the log itself needs no erasure; they are written in their own transaction right after the
 * access they record.
 */
@Component(service = AuditLog.class)
public class AuditLog {

    /** What was done. */
    public enum Action { READ, SEARCH, CREATE, UPDATE, DEACTIVATE, EXPORT, ERASE, IMPORT }

    /** One entry. */
    public record Entry(UUID id, Instant at, String actor, Action action, String subjectType, UUID subjectId,
            String detail) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    @Activate
    public AuditLog(@Reference CoreSchema schema, @Reference(target = PillarsDataSource.TARGET) DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    AuditLog(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /**
     * @param actor       the login that acted, or the console user
     * @param subjectId   the person or record concerned, or null for a search or an import
     * @param detail      what else an auditor needs, such as the search criteria; never personal data itself
     */
    public void record(String actor, Action action, String subjectType, UUID subjectId, String detail) {
        Jdbc.inTransaction(dataSource, () -> {
            throw new IllegalStateException("audit ids are random UUIDs");
        }, connection -> {
            try (PreparedStatement insert = prepared(connection, "INSERT INTO audit_event (id, at, actor, action, "
                    + "subject_type, subject_id, detail) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Arrays.asList(UUID.randomUUID(), utc(clock.instant()), actor == null ? "anonymous" : actor,
                            action.name(), subjectType, subjectId,
                            detail == null ? null : detail.substring(0, Math.min(200, detail.length()))))) {
                insert.executeUpdate();
            }
            return null;
        });
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
                    entries.add(new Entry(row.getObject(1, UUID.class), row.getObject(2, OffsetDateTime.class).toInstant(),
                            row.getString(3), Action.valueOf(row.getString(4)), row.getString(5),
                            row.getObject(6, UUID.class), row.getString(7)));
                }
            }
            return new Page<>(entries, total, limit, offset);
        });
    }
}
