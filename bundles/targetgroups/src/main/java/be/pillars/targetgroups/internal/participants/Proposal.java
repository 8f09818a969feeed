package be.pillars.targetgroups.internal.participants;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.volunteer.Preference;

/**
 * The coordinator's proposal that a participant become a volunteer of the municipality, and the person's answer.
 *
 * @param status     {@code PROPOSED} until the answer is recorded, then {@code CONSENTED}, {@code DECLINED} or
 *                   {@code WITHDRAWN}
 * @param proposed   what was proposed; once the person answered, its personal data is gone (core holds it after a
 *                   yes), only the organisation, role and kind stay
 * @param decision   the answer, or null while the proposal is open
 */
public record Proposal(UUID id, UUID participantId, Status status, Input proposed, String proposedBy,
        Instant proposedAt, Decision decision) {

    public enum Status {
        PROPOSED, CONSENTED, DECLINED, WITHDRAWN
    }

    /**
     * What the coordinator proposes: what core needs for a volunteer, and the engagement the project makes for them
     * (as for its other volunteers). Kept to the minimum until the person consents; skills, availability and the
     * like are added in core afterwards, as for any volunteer.
     *
     * @param firstName      required, as core requires it
     * @param lastName       required
     * @param email          required, and no other volunteer's
     * @param phone          optional
     * @param birthDate      optional; under core's minimum age the consent needs a guardian's too
     * @param postalCode     required, Belgian
     * @param district       optional
     * @param preference     occasional, regular or both; required
     * @param organisationId required, one of the project's partners
     * @param role           what they do, at most 100 characters; the participant's own role when not given
     * @param kind           occasional or regular engagement; required
     */
    public record Input(String firstName, String lastName, String email, String phone, LocalDate birthDate,
            String postalCode, String district, Preference preference, UUID organisationId, String role,
            EngagementKind kind) {
    }

    /**
     * The person's yes, as the coordinator records it after asking them (a signed form, for instance).
     *
     * @param consentedAt         when the person consented; required, not in the future
     * @param evidence            how they consented, such as "getekend formulier in de projectmap"; required
     * @param guardianConsentedAt when a parent or guardian consented, for someone under core's minimum age
     */
    public record Consent(Instant consentedAt, String evidence, Instant guardianConsentedAt) {
    }

    /**
     * Who recorded the answer and when; after a yes also the consent and what it made.
     *
     * @param volunteerId  the core volunteer created
     * @param engagementId the engagement the project made for them
     */
    public record Decision(String by, Instant at, Instant consentedAt, Instant guardianConsentedAt, String evidence,
            UUID volunteerId, UUID engagementId) {
    }
}
