package be.pillars.targetgroups.internal.buddies;

import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import be.pillars.api.volunteer.WeeklySlot;

/**
 * A person helped by a buddy, recorded with the minimum: never a core volunteer, shown only to the project's
 * coordinator and admins.
 *
 * @param alias        what the coordinator and the buddy call them; not their full name
 * @param district     the part of the municipality they live in, for a buddy nearby
 * @param languages    ISO 639-1 codes
 * @param interests    free words, for a buddy who shares them
 * @param availability weekly times a visit suits them
 * @param needs        what they would like help or company with
 * @param contactRoute how the coordinator reaches them (for instance "via the social worker of the OCMW")
 */
public record PersonHelped(UUID id, UUID projectId, String alias, String district, Set<String> languages,
        Set<String> interests, List<WeeklySlot> availability, String needs, String contactRoute, String createdBy,
        Instant createdAt) {

    /** What a coordinator sends to record a person helped. */
    public record Input(String alias, String district, Set<String> languages, Set<String> interests,
            List<WeeklySlot> availability, String needs, String contactRoute) {
    }
}
