package be.pillars.external.internal.channels;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.json.JsonMapper;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;

import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.channel.PublishedVacancy;
import be.pillars.api.channel.VacancyEvent;
import be.pillars.api.http.JsonResponses;
import be.pillars.api.storage.Jdbc;
import be.pillars.external.internal.vacancies.Vacancy;
import be.pillars.external.internal.vacancies.VacancyStatus;
import be.pillars.external.internal.vacancies.VacancyStore;

/**
 * The channels' outbox in the database, the only record of what was announced and delivered, so that any node
 * can take over and nothing is lost in a restart.
 *
 * <p>Events come from the vacancies themselves: every change of a vacancy raises its version in the same
 * transaction as the change, and {@link #reconcile} compares each vacancy with what the channels last heard of
 * it ({@code external_channel_vacancy}). A vacancy that became public, changed while public, or stopped being public
 * (also by the calendar: a publication window that opens or closes, a last day that passes) gets one event,
 * written with one delivery row per known channel in one transaction. A guarded update makes two nodes that
 * notice the same change write one event.
 */
public final class ChannelStore {

    /** Delivery states. */
    public enum Status { PENDING, DELIVERED, FAILED }

    /** A delivery that is due, with the event as stored. */
    record Due(UUID eventId, String channelId, int attempts, String payload) {
    }

    /**
     * A known channel as admins see it.
     *
     * @param registered whether its service is there now (on this node)
     * @param lastError  the latest error of a delivery not yet made, or null
     */
    public record ChannelStatus(String id, LocalizedText name, boolean registered, Instant firstSeenAt,
            Instant lastSeenAt, long pending, long failed, long delivered, Instant lastDeliveredAt, String lastError) {
    }

    /** One event's delivery to one channel. */
    public record Delivery(UUID eventId, UUID vacancyId, VacancyEvent.Type type, Instant occurredAt, Status status,
            int attempts, Instant nextAttemptAt, Instant lastAttemptAt, String lastError, Instant deliveredAt) {
    }

    private static final int MAX_ERROR = 1000;
    private static final ObjectMapper PAYLOAD = JsonMapper.builder().addModule(new JavaTimeModule())
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES).build();

    private final DataSource dataSource;
    private final Clock clock;

    /** @param clock its zone is the municipality's: it decides which day it is for publication windows */
    public ChannelStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    static VacancyEvent event(String payload) {
        try {
            return PAYLOAD.readValue(payload, VacancyEvent.class);
        } catch (IOException e) {
            throw new UncheckedIOException("unreadable stored event: " + e.getMessage(), e);
        }
    }

    private static DomainException overtaken() {
        return new DomainException(DomainException.Kind.CONFLICT, "overtaken", null, LocalizedText.of(
                "Een andere node was sneller", "Another node was faster"));
    }

    /**
     * Records that a channel is registered now. A channel seen for the first time gets a delivery of the last
     * event of every vacancy that is public, so that it starts with what the public sees.
     *
     * @return whether it was seen for the first time
     */
    public boolean remember(String id, LocalizedText name) {
        Instant now = clock.instant();
        try {
            return Jdbc.inTransaction(dataSource, ChannelStore::overtaken, connection -> {
                try (PreparedStatement update = prepared(connection, "UPDATE external_channel SET name_nl = ?, name_en = ?, "
                        + "last_seen_at = ? WHERE id = ?", List.of(name.nl(), name.en(), utc(now), id))) {
                    if (update.executeUpdate() == 1) {
                        return false;
                    }
                }
                try (PreparedStatement insert = prepared(connection, "INSERT INTO external_channel (id, name_nl, name_en, "
                        + "first_seen_at, last_seen_at) VALUES (?, ?, ?, ?, ?)",
                        List.of(id, name.nl(), name.en(), utc(now), utc(now)))) {
                    insert.executeUpdate();
                }
                try (PreparedStatement backfill = prepared(connection, "INSERT INTO external_channel_delivery (event_id, "
                        + "channel_id, vacancy_id, position, status, attempts, next_attempt_at) SELECT e.id, ?, "
                        + "e.vacancy_id, e.position, 'PENDING', 0, ? FROM external_channel_vacancy c JOIN external_channel_event "
                        + "e ON e.id = c.last_event_id WHERE c.published = TRUE", List.of(id, utc(now)))) {
                    backfill.executeUpdate();
                }
                return true;
            });
        } catch (DomainException e) {
            return false;
        }
    }

    /**
     * Writes an event for each vacancy (at most {@code limit}) whose public state changed since the channels
     * last heard of it.
     *
     * @param view the public view of a vacancy (with its organisation's name)
     * @return how many events were written
     */
    public int reconcile(Function<Vacancy, PublishedVacancy> view, int limit) {
        LocalDate today = LocalDate.now(clock);
        List<UUID> changed = Jdbc.read(dataSource, connection -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT v.id FROM external_vacancy v LEFT JOIN "
                    + "external_channel_vacancy c ON c.vacancy_id = v.id WHERE (CASE WHEN " + VacancyStore.PUBLIC_ON
                    + " THEN TRUE ELSE FALSE END) <> COALESCE(c.published, FALSE) OR (c.published = TRUE AND "
                    + "c.version <> v.version) ORDER BY v.updated_at, v.id LIMIT ?",
                    List.of(today, today, today, today, limit)); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getObject(1, UUID.class));
                }
            }
            return ids;
        });
        int written = 0;
        for (UUID id : changed) {
            try {
                written += Jdbc.inTransaction(dataSource, ChannelStore::overtaken,
                        connection -> announce(connection, id, today, view));
            } catch (DomainException e) {
                // another node announced this change first
            }
        }
        return written;
    }

    private record Heard(long version, boolean published, int events) {
    }

    private int announce(Connection connection, UUID id, LocalDate today, Function<Vacancy, PublishedVacancy> view)
            throws SQLException {
        Optional<Vacancy> found = VacancyStore.load(connection, id);
        if (found.isEmpty()) {
            return 0;
        }
        Vacancy vacancy = found.get();
        Heard heard = null;
        try (PreparedStatement select = prepared(connection, "SELECT version, published, events FROM "
                + "external_channel_vacancy WHERE vacancy_id = ?", List.of(id)); ResultSet row = select.executeQuery()) {
            if (row.next()) {
                heard = new Heard(row.getLong(1), row.getBoolean(2), row.getInt(3));
            }
        }
        boolean wasPublic = heard != null && heard.published();
        boolean isPublic = VacancyStore.isPublic(vacancy, today);
        VacancyEvent.Type type;
        if (isPublic && !wasPublic) {
            type = VacancyEvent.Type.OPENED;
        } else if (!isPublic && wasPublic) {
            type = vacancy.status() == VacancyStatus.FILLED ? VacancyEvent.Type.FILLED : VacancyEvent.Type.CLOSED;
        } else if (isPublic && heard.version() != vacancy.version()) {
            type = VacancyEvent.Type.CHANGED;
        } else {
            return 0;
        }
        Instant now = clock.instant();
        VacancyEvent event = new VacancyEvent(TimeOrderedIds.next(), type, now, view.apply(vacancy));
        int position = heard == null ? 0 : heard.events();
        if (heard == null) {
            try (PreparedStatement insert = prepared(connection, "INSERT INTO external_channel_vacancy (vacancy_id, version, "
                    + "published, events, last_event_id) VALUES (?, ?, ?, 1, ?)",
                    List.of(id, vacancy.version(), isPublic, event.id()))) {
                insert.executeUpdate();
            }
        } else {
            try (PreparedStatement update = prepared(connection, "UPDATE external_channel_vacancy SET version = ?, "
                    + "published = ?, events = events + 1, last_event_id = ? WHERE vacancy_id = ? AND events = ?",
                    List.of(vacancy.version(), isPublic, event.id(), id, heard.events()))) {
                if (update.executeUpdate() == 0) {
                    throw overtaken();
                }
            }
        }
        try (PreparedStatement insert = prepared(connection, "INSERT INTO external_channel_event (id, vacancy_id, position, "
                + "type, occurred_at, payload) VALUES (?, ?, ?, ?, ?, ?)", List.of(event.id(), id, position,
                        type.name(), utc(now), JsonResponses.toJson(event)))) {
            insert.executeUpdate();
        }
        try (PreparedStatement insert = prepared(connection, "INSERT INTO external_channel_delivery (event_id, channel_id, "
                + "vacancy_id, position, status, attempts, next_attempt_at) SELECT ?, id, ?, ?, 'PENDING', 0, ? FROM "
                + "external_channel", List.of(event.id(), id, position, utc(now)))) {
            insert.executeUpdate();
        }
        return 1;
    }

    /**
     * Deliveries to these channels that are due now, at most {@code limit}, each only once every earlier event of
     * its vacancy was delivered to that channel (or given up).
     */
    List<Due> due(Collection<String> channelIds, int limit) {
        if (channelIds.isEmpty()) {
            return List.of();
        }
        List<Object> parameters = new ArrayList<>(List.of(utc(clock.instant())));
        parameters.addAll(channelIds);
        parameters.add(limit);
        return Jdbc.read(dataSource, connection -> {
            List<Due> due = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT d.event_id, d.channel_id, d.attempts, "
                    + "e.payload FROM external_channel_delivery d JOIN external_channel_event e ON e.id = d.event_id WHERE "
                    + "d.status = 'PENDING' AND d.next_attempt_at <= ? AND d.channel_id IN ("
                    + String.join(", ", Collections.nCopies(channelIds.size(), "?")) + ") AND NOT EXISTS (SELECT 1 "
                    + "FROM external_channel_delivery p WHERE p.channel_id = d.channel_id AND p.vacancy_id = d.vacancy_id "
                    + "AND p.position < d.position AND p.status = 'PENDING') ORDER BY d.next_attempt_at, d.position "
                    + "LIMIT ?", parameters); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    due.add(new Due(row.getObject(1, UUID.class), row.getString(2), row.getInt(3), row.getString(4)));
                }
            }
            return due;
        });
    }

    /**
     * Takes a due delivery for one attempt: counts the attempt and moves its next attempt past {@code leaseUntil},
     * so that no other node tries it meanwhile, and a node that dies while trying leaves it to be tried again.
     *
     * @return false when another node took it first
     */
    boolean claim(Due due, Instant leaseUntil) {
        Instant now = clock.instant();
        return update("UPDATE external_channel_delivery SET attempts = attempts + 1, last_attempt_at = ?, "
                + "next_attempt_at = ? WHERE event_id = ? AND channel_id = ? AND status = 'PENDING' AND attempts = ?",
                List.of(utc(now), utc(leaseUntil), due.eventId(), due.channelId(), due.attempts())) == 1;
    }

    /** The claimed attempt succeeded. */
    void delivered(Due due) {
        update("UPDATE external_channel_delivery SET status = 'DELIVERED', delivered_at = ?, last_error = NULL WHERE "
                + "event_id = ? AND channel_id = ? AND status = 'PENDING'",
                List.of(utc(clock.instant()), due.eventId(), due.channelId()));
    }

    /**
     * The claimed attempt failed: the delivery waits for the next attempt, or is shown as failed once
     * {@code maxAttempts} were made.
     */
    void failed(Due due, String error, int maxAttempts, Backoff backoff) {
        int attempts = due.attempts() + 1;
        String shown = error == null || error.isBlank() ? "failed without a message" : error;
        if (shown.length() > MAX_ERROR) {
            shown = shown.substring(0, MAX_ERROR);
        }
        if (attempts >= maxAttempts) {
            update("UPDATE external_channel_delivery SET status = 'FAILED', last_error = ? WHERE event_id = ? AND "
                    + "channel_id = ? AND status = 'PENDING'", List.of(shown, due.eventId(), due.channelId()));
        } else {
            update("UPDATE external_channel_delivery SET next_attempt_at = ?, last_error = ? WHERE event_id = ? AND "
                    + "channel_id = ? AND status = 'PENDING'", List.of(utc(clock.instant().plus(
                            backoff.after(attempts))), shown, due.eventId(), due.channelId()));
        }
    }

    private int update(String sql, List<?> parameters) {
        return Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement update = prepared(connection, sql, parameters)) {
                return update.executeUpdate();
            }
        });
    }

    /** Every channel ever registered and not forgotten, by id, with its deliveries counted. */
    public List<ChannelStatus> channels(Set<String> registered) {
        return Jdbc.read(dataSource, connection -> {
            List<ChannelStatus> channels = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT c.id, c.name_nl, c.name_en, "
                    + "c.first_seen_at, c.last_seen_at, "
                    + "(SELECT COUNT(*) FROM external_channel_delivery d WHERE d.channel_id = c.id AND d.status = 'PENDING'), "
                    + "(SELECT COUNT(*) FROM external_channel_delivery d WHERE d.channel_id = c.id AND d.status = 'FAILED'), "
                    + "(SELECT COUNT(*) FROM external_channel_delivery d WHERE d.channel_id = c.id AND d.status = "
                    + "'DELIVERED'), (SELECT MAX(d.delivered_at) FROM external_channel_delivery d WHERE d.channel_id = c.id), "
                    + "(SELECT d.last_error FROM external_channel_delivery d WHERE d.channel_id = c.id AND d.status <> "
                    + "'DELIVERED' AND d.last_error IS NOT NULL ORDER BY d.last_attempt_at DESC LIMIT 1) "
                    + "FROM external_channel c ORDER BY c.id"); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    String id = row.getString(1);
                    channels.add(new ChannelStatus(id, LocalizedText.of(row.getString(2), row.getString(3)),
                            registered.contains(id), instant(row, 4), instant(row, 5), row.getLong(6), row.getLong(7),
                            row.getLong(8), instant(row, 9), row.getString(10)));
                }
            }
            return channels;
        });
    }

    /** One channel's deliveries (of one status, or all when null), newest event first. */
    public Page<Delivery> deliveries(String channelId, Status status, int limit, int offset) {
        String where = " WHERE d.channel_id = ?" + (status == null ? "" : " AND d.status = ?");
        List<Object> parameters = new ArrayList<>(List.of(channelId));
        if (status != null) {
            parameters.add(status.name());
        }
        return Jdbc.read(dataSource, connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM external_channel_delivery d" + where, parameters);
            List<Object> paged = new ArrayList<>(parameters);
            paged.addAll(List.of(limit, offset));
            List<Delivery> deliveries = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT d.event_id, d.vacancy_id, e.type, "
                    + "e.occurred_at, d.status, d.attempts, d.next_attempt_at, d.last_attempt_at, d.last_error, "
                    + "d.delivered_at FROM external_channel_delivery d JOIN external_channel_event e ON e.id = d.event_id"
                    + where + " ORDER BY e.occurred_at DESC, d.event_id LIMIT ? OFFSET ?", paged);
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    Status state = Status.valueOf(row.getString(5));
                    deliveries.add(new Delivery(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                            VacancyEvent.Type.valueOf(row.getString(3)), instant(row, 4), state, row.getInt(6),
                            state == Status.PENDING ? instant(row, 7) : null, instant(row, 8), row.getString(9),
                            instant(row, 10)));
                }
            }
            return new Page<>(deliveries, total, limit, offset);
        });
    }

    /** Every failed delivery of the channel tried again now, from a fresh count of attempts. */
    public int retry(String channelId) {
        return update("UPDATE external_channel_delivery SET status = 'PENDING', attempts = 0, next_attempt_at = ? WHERE "
                + "channel_id = ? AND status = 'FAILED'", List.of(utc(clock.instant()), channelId));
    }

    /** Forgets a channel and its deliveries, for a channel that is gone for good. */
    public boolean forget(String channelId) {
        return update("DELETE FROM external_channel WHERE id = ?", List.of(channelId)) == 1;
    }

    /** Removes deliveries made before {@code before} and events older than that which nothing waits for. */
    int purge(Instant before) {
        return Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement deliveries = prepared(connection, "DELETE FROM external_channel_delivery WHERE status = "
                    + "'DELIVERED' AND delivered_at < ?", List.of(utc(before)));
                    PreparedStatement events = prepared(connection, "DELETE FROM external_channel_event e WHERE "
                            + "e.occurred_at < ? AND NOT EXISTS (SELECT 1 FROM external_channel_delivery d WHERE "
                            + "d.event_id = e.id) AND NOT EXISTS (SELECT 1 FROM external_channel_vacancy c WHERE "
                            + "c.last_event_id = e.id)", List.of(utc(before)))) {
                return deliveries.executeUpdate() + events.executeUpdate();
            }
        });
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }
}
