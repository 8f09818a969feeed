package be.pillars.core.internal.volunteer;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import be.pillars.api.engagement.EngagementEvents;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.storage.Jdbc;

/**
 * A volunteer who is deactivated or erased works no longer: in the transaction that lets them go, their active
 * engagements end that day and those not yet begun are cancelled, so that no budget or report counts them on.
 */
final class Departure {

    /** An engagement the departure changed, to announce once the transaction is committed. */
    record Changed(UUID engagementId, long version) {
    }

    private Departure() {
    }

    static List<Changed> endEngagements(Connection connection, UUID volunteerId, LocalDate today, Instant now)
            throws SQLException {
        List<Changed> begun = new ArrayList<>();
        List<Changed> notBegun = new ArrayList<>();
        try (PreparedStatement running = prepared(connection, "SELECT id, version, start_date FROM engagement "
                + "WHERE volunteer_id = ? AND status IN (?, ?) FOR UPDATE", List.of(volunteerId,
                        EngagementStatus.PLANNED.name(), EngagementStatus.ACTIVE.name()));
                ResultSet row = running.executeQuery()) {
            while (row.next()) {
                Changed engagement = new Changed(row.getObject(1, UUID.class), row.getLong(2) + 1);
                (row.getObject(3, LocalDate.class).isAfter(today) ? notBegun : begun).add(engagement);
            }
        }
        for (Changed engagement : begun) {
            try (PreparedStatement end = prepared(connection, "UPDATE engagement SET status = ?, end_date = CASE "
                    + "WHEN end_date IS NULL OR end_date > ? THEN ? ELSE end_date END, version = version + 1, "
                    + "updated_at = ? WHERE id = ?", List.of(EngagementStatus.ENDED.name(), today, today, utc(now),
                            engagement.engagementId()))) {
                end.executeUpdate();
            }
        }
        for (Changed engagement : notBegun) {
            try (PreparedStatement cancel = prepared(connection, "UPDATE engagement SET status = ?, "
                    + "version = version + 1, updated_at = ? WHERE id = ?", List.of(EngagementStatus.CANCELLED.name(),
                            utc(now), engagement.engagementId()))) {
                cancel.executeUpdate();
            }
        }
        List<Changed> changed = new ArrayList<>(begun);
        changed.addAll(notBegun);
        return changed;
    }

    static void announce(EventAdmin events, UUID volunteerId, List<Changed> changed) {
        for (Changed engagement : changed) {
            Jdbc.afterCommit(() -> events.postEvent(new Event(EngagementEvents.UPDATED, Map.of(EngagementEvents.ID,
                    engagement.engagementId().toString(), EngagementEvents.VOLUNTEER_ID, volunteerId.toString(),
                    EngagementEvents.VERSION, engagement.version()))));
        }
    }
}
