package be.pillars.targetgroups.internal.participants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

/**
 * Someone from the target group who volunteers in a project: recorded in this pillar, shown only to the project's
 * coordinator and admins, and a core volunteer only once they consented to become one ({@link VolunteerProposals}).
 *
 * @param name        how the coordinator knows them (a first name or an alias)
 * @param contact     how to reach them, optional
 * @param role        what they do in the project, optional
 * @param joinedOn    when they joined
 * @param leftOn      when they left, or null while they take part
 * @param volunteerId the core volunteer they became with their consent, or null while they are in this pillar only
 */
public record Participant(UUID id, UUID projectId, String name, String contact, String role, LocalDate joinedOn,
        LocalDate leftOn, String createdBy, Instant createdAt, UUID volunteerId) {

    /** What a coordinator sends to record or change a participant. */
    public record Input(String name, String contact, String role, LocalDate joinedOn, LocalDate leftOn) {
    }
}
