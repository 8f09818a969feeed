package be.pillars.targetgroups.internal.buddies;

import java.util.List;
import java.util.UUID;

import be.pillars.api.LocalizedText;

/**
 * A volunteer suggested as buddy for a person helped, with the reasons; the coordinator decides.
 *
 * @param score   the mean of the components, 0 to 1
 * @param reasons one per component: {@code languages}, {@code district}, {@code interests}, {@code availability}
 */
public record Suggestion(UUID volunteerId, String firstName, String lastName, String district, double score,
        List<Reason> reasons) {

    /** One component of the score, from 0 to 1, and why. */
    public record Reason(String component, double score, LocalizedText text) {
    }
}
