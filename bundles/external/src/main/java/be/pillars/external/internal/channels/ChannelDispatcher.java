package be.pillars.external.internal.channels;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.RejectedExecutionException;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.Health;
import be.pillars.api.LocalizedText;
import be.pillars.api.channel.PublishedVacancy;
import be.pillars.api.channel.VacancyChannel;
import be.pillars.api.config.CheckedConfiguration;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.external.internal.storage.ExternalSchemaMigration;
import be.pillars.external.internal.vacancies.OpenVacancy;
import be.pillars.external.internal.vacancies.Vacancy;

/**
 * Publishes vacancies to every registered {@link VacancyChannel}: on one background thread it turns changed
 * vacancies into events ({@link ChannelStore#reconcile}), delivers the due ones with backoff, and forgets old
 * delivered ones. Its {@link #health()} is part of the pillar's: degraded while a delivery has failed for good or a
 * known channel is away with deliveries waiting.
 */
@Component(service = ChannelDispatcher.class, configurationPid = ChannelDispatcher.PID, immediate = true)
@Designate(ocd = ChannelsConfiguration.class)
public class ChannelDispatcher {

    public static final String PID = "be.pillars.external.channels";
    /** What a channel id may look like (see {@link VacancyChannel#id()}). */
    public static final Pattern CHANNEL_ID = Pattern.compile("[a-z0-9][a-z0-9._-]{0,63}");

    private static final Logger LOG = LoggerFactory.getLogger(ChannelDispatcher.class);
    private static final int BATCH = 50;
    /** Batches one round may deliver before it lets the vacancies be looked at again. */
    private static final int BATCHES_PER_ROUND = 20;
    private static final Duration PURGE_EVERY = Duration.ofHours(1);

    private final ChannelStore store;
    private final OrganisationService organisations;
    private final Clock clock = Clock.systemDefaultZone();
    private final CheckedConfiguration<ChannelSettings> settings =
            new CheckedConfiguration<>(PID, ChannelSettings.DEFAULTS);
    private final Map<String, VacancyChannel> channels = new ConcurrentHashMap<>();
    /** Channels registered since the last round, to be recorded as known by the background thread. */
    private final Set<String> unrecorded = ConcurrentHashMap.newKeySet();
    private final ScheduledExecutorService rounds = Executors.newSingleThreadScheduledExecutor(
            task -> new Thread(task, "pillars-external-channels"));
    /** Runs each call of a channel, so that a call that hangs can be given up without holding up the rounds. */
    private final ExecutorService calls = Executors.newCachedThreadPool(
            task -> new Thread(task, "pillars-external-channel-call"));
    private ScheduledFuture<?> schedule;
    private volatile boolean stopping;
    private volatile Health lastState = Health.up(LocalizedText.of("Kanalen nog niet bekeken",
            "Channels not looked at yet"));
    private Instant lastPurge = Instant.EPOCH;

    @Activate
    public ChannelDispatcher(@Reference(target = ExternalSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource,
            @Reference OrganisationService organisations, ChannelsConfiguration configuration) {
        this.store = new ChannelStore(dataSource, clock);
        this.organisations = organisations;
        modified(configuration);
    }

    @Modified
    synchronized void modified(ChannelsConfiguration configuration) {
        settings.apply(() -> ChannelSettings.from(configuration));
        settings.problem().ifPresent(problem -> LOG.warn("{} refused ({}): {}; the previous settings stay", PID,
                problem.key(), problem.message().en()));
        if (schedule != null) {
            schedule.cancel(false);
        }
        long poll = settings.inForce().poll().toMillis();
        schedule = rounds.scheduleWithFixedDelay(this::round, 0, poll, TimeUnit.MILLISECONDS);
    }

    /**
     * Lets a running round stop after its current step rather than interrupting it: an interrupt during a write
     * makes embedded H2 close the whole database. Calls of channels are interrupted: they are not ours to wait for.
     */
    @Deactivate
    synchronized void deactivate() {
        stopping = true;
        rounds.shutdown();
        calls.shutdownNow();
        try {
            rounds.awaitTermination(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void bindChannel(VacancyChannel channel) {
        String id = channel.id();
        if (id == null || !CHANNEL_ID.matcher(id).matches()) {
            LOG.warn("Vacancy channel {} ignored: its id '{}' is not {}", channel.getClass().getName(), id, CHANNEL_ID);
            return;
        }
        if (channels.putIfAbsent(id, channel) != null) {
            LOG.warn("Vacancy channel {} ignored: another channel has the id '{}'", channel.getClass().getName(), id);
            return;
        }
        unrecorded.add(id);
        roundSoon();
    }

    void unbindChannel(VacancyChannel channel) {
        if (channels.remove(channel.id(), channel)) {
            roundSoon();
        }
    }

    /** The channels registered now, by id. */
    public Set<String> registered() {
        return Set.copyOf(channels.keySet());
    }

    public ChannelStore store() {
        return store;
    }

    /** Makes a round at once, such as after an admin asked to retry failed deliveries. */
    public void wake() {
        roundSoon();
    }

    private void roundSoon() {
        try {
            rounds.execute(this::round);
        } catch (RejectedExecutionException e) {
            // deactivated meanwhile: the next activation makes its own rounds
        }
    }

    /** One round: record new channels, announce changed vacancies, deliver what is due, now and then purge. */
    private void round() {
        if (stopping) {
            return;
        }
        try {
            ChannelSettings inForce = settings.inForce();
            for (String id : List.copyOf(unrecorded)) {
                VacancyChannel channel = channels.get(id);
                if (channel != null && store.remember(id, channel.name())) {
                    LOG.info("Vacancy channel {} registered for the first time", id);
                }
                unrecorded.remove(id);
            }
            while (!stopping && store.reconcile(this::view, BATCH) == BATCH) {
                LOG.debug("more vacancies to announce");
            }
            deliverDue(inForce);
            Instant now = clock.instant();
            if (Duration.between(lastPurge, now).compareTo(PURGE_EVERY) > 0) {
                lastPurge = now;
                store.purge(now.minus(inForce.retention()));
            }
        } catch (RuntimeException e) {
            LOG.warn("Publishing vacancies to channels failed this round; the next round tries again", e);
        } catch (Error e) {
            // the executor would end the rounds without a word: say so, as nothing is published from here on
            LOG.error("Publishing vacancies to channels stopped: the rounds end until the pillar restarts", e);
            throw e;
        }
        lastState = readState();
    }

    private Health readState() {
        List<ChannelStore.ChannelStatus> known;
        try {
            known = store.channels(registered());
        } catch (RuntimeException e) {
            return Health.degraded(LocalizedText.of("Kanalen onleesbaar: " + e.getMessage(),
                    "Channels unreadable: " + e.getMessage()));
        }
        StringBuilder nl = new StringBuilder();
        StringBuilder en = new StringBuilder();
        for (ChannelStore.ChannelStatus channel : known) {
            if (channel.failed() > 0) {
                nl.append(channel.id()).append(": ").append(channel.failed()).append(" mislukt; ");
                en.append(channel.id()).append(": ").append(channel.failed()).append(" failed; ");
            }
            if (!channel.registered() && channel.pending() > 0) {
                nl.append(channel.id()).append(": afwezig, ").append(channel.pending()).append(" wachten; ");
                en.append(channel.id()).append(": away, ").append(channel.pending()).append(" waiting; ");
            }
        }
        if (nl.length() > 0) {
            return Health.degraded(LocalizedText.of(nl + "zie GET /api/external/channels",
                    en + "see GET /api/external/channels"));
        }
        return Health.up(LocalizedText.of(known.size() + " kanalen, niets mislukt",
                known.size() + " channels, nothing failed"));
    }

    private PublishedVacancy view(Vacancy vacancy) {
        String organisation = organisations.find(vacancy.organisationId()).map(Organisation::data)
                .map(data -> data.name()).orElse("");
        return Publications.of(OpenVacancy.of(vacancy, organisation, null));
    }

    private void deliverDue(ChannelSettings inForce) {
        for (int batch = 0; batch < BATCHES_PER_ROUND; batch++) {
            Map<String, VacancyChannel> present = Map.copyOf(channels);
            List<ChannelStore.Due> due = store.due(present.keySet(), BATCH);
            for (ChannelStore.Due delivery : due) {
                if (stopping) {
                    return;
                }
                // the lease outlasts the attempt: another node tries it only if this one died meanwhile
                if (store.claim(delivery, clock.instant().plus(inForce.timeout().multipliedBy(2)))) {
                    attempt(present.get(delivery.channelId()), delivery, inForce);
                }
            }
            if (due.size() < BATCH) {
                return;
            }
        }
    }

    private void attempt(VacancyChannel channel, ChannelStore.Due delivery, ChannelSettings inForce) {
        Future<?> call = null;
        try {
            var event = ChannelStore.event(delivery.payload());
            call = calls.submit(() -> {
                channel.publish(event);
                return null;
            });
            call.get(inForce.timeout().toMillis(), TimeUnit.MILLISECONDS);
            store.delivered(delivery);
        } catch (TimeoutException e) {
            call.cancel(true);
            store.failed(delivery, "no answer within " + inForce.timeout().toSeconds() + " s", inForce.maxAttempts(),
                    inForce.backoff());
        } catch (ExecutionException e) {
            Throwable cause = e.getCause();
            store.failed(delivery, cause.getClass().getSimpleName() + ": " + cause.getMessage(), inForce.maxAttempts(),
                    inForce.backoff());
        } catch (InterruptedException e) {
            // shutting down: the lease runs out and the next start tries it again
            Thread.currentThread().interrupt();
        } catch (RuntimeException e) {
            store.failed(delivery, e.getClass().getSimpleName() + ": " + e.getMessage(), inForce.maxAttempts(),
                    inForce.backoff());
        }
    }

    /**
     * Part of the pillar's health, as the last round found the channels: {@code /api/pillars} and {@code
     * /api/health} ask on every request, so the database is read once per round, not per request.
     */
    public Health health() {
        Health state = lastState;
        if (state.status() != Health.Status.UP && settings.problem().isEmpty()) {
            return state;
        }
        // a refused configuration (DOWN, naming the key) weighs more than deliveries waiting
        return settings.health(state.detail());
    }
}
