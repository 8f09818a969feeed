package be.pillars.internal.internal.information;

import java.util.UUID;

/**
 * An active internal volunteer who has not yet received the current version of the note.
 *
 * @param lastVersionReceived the newest version the volunteer did receive, or null for none
 */
public record Uninformed(UUID volunteerId, String firstName, String lastName, UUID serviceId,
        Integer lastVersionReceived) {
}
