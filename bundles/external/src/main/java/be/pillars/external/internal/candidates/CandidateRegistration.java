package be.pillars.external.internal.candidates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.UUID;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.Caller;
import be.pillars.api.http.Role;
import be.pillars.api.validation.Fields;
import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.external.internal.applications.Application;
import be.pillars.external.internal.applications.ApplicationStatus;
import be.pillars.external.internal.applications.ApplicationStore;

/**
 * A person registers as a candidate volunteer, a core volunteer with status candidate and their consent, and may
 * apply for a vacancy at once. A person who is a volunteer already applies too, without anything about them
 * changing and with the answer a new person gets, so that nobody learns through this form who is a volunteer.
 */
final class CandidateRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(CandidateRegistration.class);
    /** Core's code for an e-mail address another volunteer has. */
    static final String DUPLICATE_EMAIL = "duplicate_email";

    /** The purpose of the consent a candidate gives, as core records it. */
    static final String PURPOSE = "matching";

    static final LocalizedText THANKS = LocalizedText.of("Bedankt! Een vrijwilligerscoach neemt contact met je op.",
            "Thank you! A volunteer coach will contact you.");
    static final LocalizedText CLOSED_MEANWHILE = LocalizedText.of("Bedankt voor je registratie! De vacature werd "
            + "net afgesloten; een vrijwilligerscoach zoekt samen met je verder.", "Thank you for registering! The "
            + "vacancy closed just now; a volunteer coach will look further with you.");

    private final VolunteerService volunteers;
    private final ApplicationStore applications;
    private final AddressLimits limits;
    private final Clock clock;

    CandidateRegistration(VolunteerService volunteers, ApplicationStore applications, AddressLimits limits,
            Clock clock) {
        this.volunteers = volunteers;
        this.applications = applications;
        this.limits = limits;
        this.clock = clock;
    }

    /**
     * Refuses with 429 and {@code Retry-After} when the address used its registrations; every attempt counts,
     * valid or not. Staff (coordinators, admins) registering people at a desk are not limited: their login answers
     * for what they send.
     */
    void admit(Caller caller, String address) {
        if (caller.hasAnyRole(Role.COORDINATOR)) {
            return;
        }
        long wait = limits.acquire(address);
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999_999_999) / 1_000_000_000);
            throw ApiException.tooManyRequests(seconds, LocalizedText.of(
                    "Te veel registraties vanaf dit adres; probeer opnieuw over " + seconds + " seconden",
                    "Too many registrations from this address; try again in " + seconds + " seconds"));
        }
    }

    /**
     * Validated by core as any volunteer; nothing is stored without the consent. When a volunteer already has the
     * e-mail address, nothing about them changes (not even with what this caller typed), but the application for
     * the vacancy named is made for them (once: an application they have stays as it is). The answer is the same
     * either way; the work nearly so (a failed insert and a lookup by address, against an insert). Only a fingerprint of
     * the address is logged.
     *
     * @return the thanks to answer
     */
    LocalizedText register(CandidateInput input) {
        if (!Boolean.TRUE.equals(input.consent())) {
            throw Fields.invalid("consent_required", "consent", "Geef je uitdrukkelijke toestemming om je "
                    + "gegevens te bewaren voor matching", "Give your explicit consent to keep your data for matching");
        }
        Volunteer volunteer;
        try {
            volunteer = volunteers.create(volunteerData(input, clock.instant()));
        } catch (DomainException refused) {
            if (!DUPLICATE_EMAIL.equals(refused.code())) {
                throw refused;
            }
            volunteer = known(input);
        }
        return volunteer == null || input.vacancyId() == null ? THANKS : apply(input.vacancyId(), volunteer);
    }

    /** What core stores of a new candidate: what they typed, with their consents timed now. */
    static VolunteerData volunteerData(CandidateInput input, Instant now) {
        List<Consent> consents = new ArrayList<>(List.of(new Consent(PURPOSE, now)));
        if (Boolean.TRUE.equals(input.guardianConsent())) {
            consents.add(new Consent(VolunteerData.GUARDIAN_CONSENT, now));
        }
        return new VolunteerData(input.firstName(), input.lastName(), input.email(), input.phone(),
                input.birthDate(), input.postalCode(), null, input.languages(), input.skills(), input.interests(),
                input.availability(), Set.of(), input.preference(), VolunteerStatus.CANDIDATE, List.copyOf(consents),
                null);
    }

    /**
     * When the person applies for a vacancy: the volunteer who has the e-mail address, if their stored last name is
     * the one typed (case aside), so that an anonymous caller who knows only someone's address applies for nothing
     * in their name. Null when there is no vacancy or no such volunteer.
     */
    private Volunteer known(CandidateInput input) {
        String attempt = "Candidate registration for an e-mail address a volunteer already has (SHA-256 "
                + fingerprint(input.email()) + "), answered as a new registration: ";
        if (input.vacancyId() == null) {
            LOG.info("{}nothing stored or changed", attempt);
            return null;
        }
        Volunteer found = volunteers.findByEmail(input.email())
                .filter(volunteer -> volunteer.data().lastName().equalsIgnoreCase(input.lastName().strip()))
                .orElse(null);
        LOG.info("{}{}", attempt, found == null ? "nothing stored, changed or applied for (another last name)"
                : "the volunteer stays as stored and applies for vacancy " + input.vacancyId());
        return found;
    }

    /** The thanks, also when the volunteer was on the vacancy already; another answer when it closed meanwhile. */
    private LocalizedText apply(UUID vacancyId, Volunteer volunteer) {
        try {
            applications.create(new Application.Input(vacancyId, volunteer.id(), ApplicationStatus.APPLIED, null),
                    Application.SELF);
            return THANKS;
        } catch (DomainException refused) {
            // the registration stands: the answer says so rather than refusing what was stored
            return ApplicationStore.ALREADY_APPLIED.equals(refused.code()) ? THANKS : CLOSED_MEANWHILE;
        }
    }

    /**
     * The start of the SHA-256 of the address as typed in lower case: lets an admin who knows an address find its
     * attempts in the log, without the log listing addresses.
     */
    static String fingerprint(String email) {
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(email.strip().toLowerCase(Locale.ROOT)
                    .getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(hash, 0, 8);
        } catch (NoSuchAlgorithmException everyJavaHasIt) {
            throw new IllegalStateException(everyJavaHasIt);
        }
    }
}
