package be.pillars.external.internal.candidates;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiException;
import be.pillars.api.validation.Fields;
import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;

/** A person registers as a candidate volunteer: a core volunteer with status candidate and their consent. */
final class CandidateRegistration {

    private static final Logger LOG = LoggerFactory.getLogger(CandidateRegistration.class);
    /** Core's code for an e-mail address another volunteer has. */
    static final String DUPLICATE_EMAIL = "duplicate_email";

    /** The purpose of the consent a candidate gives, as core records it. */
    static final String PURPOSE = "matching";

    private final VolunteerService volunteers;
    private final RateLimiter limiter;
    private final Clock clock;

    CandidateRegistration(VolunteerService volunteers, RateLimiter limiter, Clock clock) {
        this.volunteers = volunteers;
        this.limiter = limiter;
        this.clock = clock;
    }

    /**
     * Refuses with 429 and {@code Retry-After} when the address used its registrations; every attempt counts,
     * valid or not.
     */
    void admit(String address) {
        long wait = limiter.acquire(address);
        if (wait > 0) {
            long seconds = Math.max(1, (wait + 999_999_999) / 1_000_000_000);
            throw ApiException.tooManyRequests(seconds, LocalizedText.of(
                    "Te veel registraties vanaf dit adres; probeer opnieuw over " + seconds + " seconden",
                    "Too many registrations from this address; try again in " + seconds + " seconds"));
        }
    }

    /**
     * Validated by core as any volunteer; nothing is stored without the consent. Empty when a volunteer already
     * has the e-mail address: then nothing is stored or changed, and the caller must be answered as for a new
     * registration, so that nobody learns through this form who is a volunteer. Only a fingerprint of the address
     * is logged.
     */
    Optional<Volunteer> register(CandidateInput input) {
        if (!Boolean.TRUE.equals(input.consent())) {
            throw Fields.invalid("consent_required", "consent", "Geef je uitdrukkelijke toestemming om je "
                    + "gegevens te bewaren voor matching", "Give your explicit consent to keep your data for matching");
        }
        try {
            return Optional.of(volunteers.create(new VolunteerData(input.firstName(), input.lastName(), input.email(),
                    input.phone(), input.birthDate(), input.postalCode(), null, input.languages(), input.skills(),
                    input.interests(), input.availability(), Set.of(), input.preference(), VolunteerStatus.CANDIDATE,
                    List.of(new Consent(PURPOSE, clock.instant())), null)));
        } catch (DomainException refused) {
            if (!DUPLICATE_EMAIL.equals(refused.code())) {
                throw refused;
            }
            LOG.info("Candidate registration for an e-mail address a volunteer already has (SHA-256 {}): nothing "
                    + "stored or changed, answered as a new registration", fingerprint(input.email()));
            return Optional.empty();
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
