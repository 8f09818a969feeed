package be.pillars.api.channel;

import java.time.Instant;
import java.util.Objects;
import java.util.UUID;

/**
 * Something that happened to a public vacancy, for the outside platforms.
 *
 * @param id         unique per event: a platform that gets the same id twice has seen it already
 * @param type       what happened
 * @param occurredAt when the pillar noticed it
 * @param vacancy    the vacancy's public view at that moment (for {@link Type#FILLED} and {@link Type#CLOSED}: as
 *                   it is then, no longer public)
 */
public record VacancyEvent(UUID id, Type type, Instant occurredAt, PublishedVacancy vacancy) {

    public VacancyEvent {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(type, "type");
        Objects.requireNonNull(occurredAt, "occurredAt");
        Objects.requireNonNull(vacancy, "vacancy");
    }

    /** What happened; a platform shows the vacancy after {@code OPENED} and {@code CHANGED}, and removes it after the others. */
    public enum Type {
        /** The vacancy became public: opened, or its publication window began. */
        OPENED,
        /** A public vacancy changed (its text, time, place, or the places left). */
        CHANGED,
        /** Every place is taken: it is no longer public. */
        FILLED,
        /** It is no longer public: closed, back to draft, past its publication window or its last day. */
        CLOSED
    }
}
