package be.pillars.external.internal.applications;

import java.time.Instant;
import java.util.List;
import java.util.UUID;

/**
 * A volunteer's application for a vacancy, with its history.
 *
 * @param engagementId the core engagement, once accepted
 * @param history      every status it had, oldest first: the first tells who applied or proposed
 */
public record Application(UUID id, long version, UUID vacancyId, UUID volunteerId, ApplicationStatus status,
        UUID engagementId, Instant createdAt, Instant updatedAt, List<Change> history) {

    /** Who applied, in the history, when a person applied while registering on the public site. */
    public static final String SELF = "self-registration";

    /**
     * One change of status.
     *
     * @param version   the application's version after the change
     * @param changedBy the login that made it
     * @param note      why, optional
     */
    public record Change(long version, ApplicationStatus status, String changedBy, Instant changedAt, String note) {
    }

    /** What a coordinator sends to propose a volunteer ({@code PROPOSED}) or apply for them ({@code APPLIED}). */
    public record Input(UUID vacancyId, UUID volunteerId, ApplicationStatus status, String note) {
    }

    /** A change of status, with an optional note. */
    public record StatusChange(ApplicationStatus status, String note) {
    }
}
