package be.pillars.core.internal.engagement;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.EventAdmin;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.engagement.EngagementEvents;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.core.internal.storage.CoreSchemaMigration;

/**
 * Moves engagements on as the days pass: {@code PLANNED} to {@code ACTIVE} on their start date, to {@code ENDED}
 * after their end date. Runs at start and every hour on every node; each move names the version it read, so two
 * nodes never move one engagement twice, and a run that finds nothing to move changes nothing.
 */
@Component(immediate = true, service = {})
public class EngagementCalendar {

    private static final Logger LOG = LoggerFactory.getLogger(EngagementCalendar.class);
    private static final long RUN_EVERY_MINUTES = 60;

    private final DataSource dataSource;
    private final EventAdmin events;
    private final Clock clock;
    private final ScheduledExecutorService runs = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "pillars-engagement-calendar");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public EngagementCalendar(@Reference(target = CoreSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource, @Reference EventAdmin events) {
        this(dataSource, events, Clock.systemUTC());
        runs.scheduleWithFixedDelay(this::runSafely, 0, RUN_EVERY_MINUTES, TimeUnit.MINUTES);
    }

    EngagementCalendar(DataSource dataSource, EventAdmin events, Clock clock) {
        this.dataSource = dataSource;
        this.events = events;
        this.clock = clock;
    }

    /** Lets a running move finish instead of interrupting it: an interrupt makes embedded H2 close the database. */
    @Deactivate
    void deactivate() {
        runs.shutdown();
    }

    private void runSafely() {
        try {
            int moved = moveOn();
            if (moved > 0) {
                LOG.info("{} engagements moved on by their dates", moved);
            }
        } catch (RuntimeException e) {
            LOG.warn("Moving engagements on by their dates failed; the next run tries again: {}", e.toString());
        }
    }

    private record Due(UUID id, UUID volunteerId, long version, EngagementStatus status) {
    }

    /** @return how many engagements this run moved */
    int moveOn() {
        LocalDate today = LocalDate.now(clock);
        Instant now = clock.instant();
        List<Due> moved = Jdbc.inTransaction(dataSource, connection -> {
            List<Due> due = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT id, volunteer_id, version, start_date, "
                    + "end_date FROM engagement WHERE (status = ? AND start_date <= ?) OR (status IN (?, ?) "
                    + "AND end_date < ?)", List.of(EngagementStatus.PLANNED.name(), today,
                            EngagementStatus.PLANNED.name(), EngagementStatus.ACTIVE.name(), today));
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    due.add(new Due(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getLong(3),
                            JdbcEngagementService.statusOnTheDates(row.getObject(4, LocalDate.class),
                                    row.getObject(5, LocalDate.class), today)));
                }
            }
            List<Due> done = new ArrayList<>();
            for (Due engagement : due) {
                try (PreparedStatement update = prepared(connection, "UPDATE engagement SET status = ?, "
                        + "version = version + 1, updated_at = ? WHERE id = ? AND version = ?",
                        List.of(engagement.status().name(), utc(now), engagement.id(), engagement.version()))) {
                    if (update.executeUpdate() == 1) {
                        done.add(engagement);
                    }
                }
            }
            return done;
        });
        for (Due engagement : moved) {
            events.postEvent(JdbcEngagementService.change(EngagementEvents.UPDATED, engagement.id(),
                    engagement.volunteerId(), engagement.version() + 1));
        }
        return moved.size();
    }
}
