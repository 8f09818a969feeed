package be.pillars.internal.internal.events;

import java.time.Instant;
import java.util.UUID;

/**
 * One volunteer invited to an event.
 *
 * @param serviceId the service through which the volunteer was invited, or null for a person invited on their own
 *                  who did not work for a service in the event's year
 * @param reply     null until the volunteer answered
 * @param attended  null until attendance was recorded
 */
public record Invitation(UUID eventId, UUID volunteerId, UUID serviceId, Instant invitedAt, Reply reply,
        Instant repliedAt, Boolean attended) {
}
