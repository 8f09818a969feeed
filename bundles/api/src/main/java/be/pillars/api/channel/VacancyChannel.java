package be.pillars.api.channel;

import org.osgi.annotation.versioning.ConsumerType;

import be.pillars.api.LocalizedText;

/**
 * An outside platform that open vacancies are published to, registered as an OSGi service. The external pillar
 * records every event durably before it calls {@link #publish}, and calls it again, with backoff, until it
 * returns normally or the configured number of attempts is spent (then the delivery is shown as failed until an
 * admin retries it). Delivery is at least once: the same event (same {@link VacancyEvent#id()}) may come again
 * after a failure or a restart, so a channel or its platform de-duplicates by that id. Events of one vacancy
 * come in the order they happened; events of different vacancies in any order.
 *
 * <p>A channel that is registered once stays known to the pillar, also while it is away (its bundle stopped,
 * its configuration being edited): the events of that time wait for it. A channel registered for the first time
 * first receives the vacancies that are public at that moment.
 */
@ConsumerType
public interface VacancyChannel {

    /**
     * A stable id of at most 64 characters: lower-case letters, digits, {@code -}, {@code .} and {@code _},
     * starting with a letter or digit, such as {@code giveaday} or {@code webhook-city-site}. It keys the
     * channel's deliveries in the database: keep it the same across restarts and versions.
     */
    String id();

    /** The channel's name for admins, in Dutch and English. */
    LocalizedText name();

    /**
     * Delivers one event to the platform. Returns normally once the platform has it; throws anything to have it
     * tried again later (the exception's message is shown to admins: never put a secret in it). Called from one
     * background thread of the external pillar, never for two events at once; a call that takes longer than the
     * configured timeout is interrupted and counts as failed.
     */
    void publish(VacancyEvent event) throws Exception;
}
