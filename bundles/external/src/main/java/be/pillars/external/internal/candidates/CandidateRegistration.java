package be.pillars.external.internal.candidates;

import java.time.Clock;
import java.util.List;
import java.util.Set;

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

    /** Refuses with 429 when the address used its registrations; every attempt counts, valid or not. */
    void admit(String address) {
        if (!limiter.tryAcquire(address)) {
            long seconds = limiter.secondsUntilNext(address);
            throw new ApiException(429, "too_many_requests", LocalizedText.of(
                    "Te veel registraties vanaf dit adres; probeer opnieuw over " + seconds + " seconden",
                    "Too many registrations from this address; try again in " + seconds + " seconds"), null);
        }
    }

    /** Validated by core as any volunteer; nothing is stored without the consent. */
    Volunteer register(CandidateInput input) {
        if (!Boolean.TRUE.equals(input.consent())) {
            throw Fields.invalid("consent_required", "consent", "Geef je uitdrukkelijke toestemming om je "
                    + "gegevens te bewaren voor matching", "Give your explicit consent to keep your data for matching");
        }
        return volunteers.create(new VolunteerData(input.firstName(), input.lastName(), input.email(), input.phone(),
                input.birthDate(), input.postalCode(), null, input.languages(), input.skills(), input.interests(),
                input.availability(), Set.of(), input.preference(), VolunteerStatus.CANDIDATE,
                List.of(new Consent(PURPOSE, clock.instant())), null));
    }
}
