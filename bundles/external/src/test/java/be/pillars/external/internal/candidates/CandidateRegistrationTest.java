package be.pillars.external.internal.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiException;
import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;

class CandidateRegistrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong nanos = new AtomicLong(42 * SECOND);
    private final VolunteerService volunteers = mock(VolunteerService.class);
    /** 2 at once, then one every 30 minutes. */
    private final RateLimiter limiter = new RateLimiter(2, 2, nanos::get);
    private final CandidateRegistration registration = new CandidateRegistration(volunteers, limiter, CLOCK);

    private static CandidateInput candidate(Boolean consent) {
        return new CandidateInput("An", "Peeters", "an@example.be", null, null, "3500", Set.of("nl"),
                Set.of("cooking"), Set.of(), List.of(), Preference.BOTH, consent, null);
    }

    @Test
    void aCandidateBecomesACoreVolunteerWithStatusCandidateAndTheirConsent() {
        when(volunteers.create(any())).thenAnswer(call -> new Volunteer(UUID.randomUUID(), 1, call.getArgument(0),
                CLOCK.instant(), CLOCK.instant()));
        assertTrue(registration.register(candidate(true)).isPresent());
        ArgumentCaptor<VolunteerData> stored = ArgumentCaptor.forClass(VolunteerData.class);
        verify(volunteers).create(stored.capture());
        assertEquals(VolunteerStatus.CANDIDATE, stored.getValue().status());
        assertEquals(List.of(new Consent(CandidateRegistration.PURPOSE, CLOCK.instant())), stored.getValue().consents());
        assertEquals("an@example.be", stored.getValue().email());
        assertEquals(Set.of("cooking"), stored.getValue().skills());
    }

    @Test
    void withoutExplicitConsentNothingIsStored() {
        for (Boolean consent : new Boolean[] {null, false}) {
            DomainException refused = assertThrows(DomainException.class, () -> registration.register(
                    candidate(consent)));
            assertEquals("consent", refused.field());
        }
        verify(volunteers, never()).create(any());
    }

    @Test
    void aKnownEmailAddressChangesNothingAndIsNotTold() {
        when(volunteers.create(any())).thenThrow(new DomainException(DomainException.Kind.CONFLICT,
                CandidateRegistration.DUPLICATE_EMAIL, "email", LocalizedText.of("Al gekend", "Known")));
        assertEquals(Optional.empty(), registration.register(candidate(true)));
        verify(volunteers).create(any());
        verifyNoMoreInteractions(volunteers);
    }

    @Test
    void anyOtherRefusalOfCoreStillReachesTheCaller() {
        DomainException invalid = new DomainException(DomainException.Kind.INVALID, "invalid_postal_code",
                "postalCode", LocalizedText.of("Ongeldig", "Invalid"));
        when(volunteers.create(any())).thenThrow(invalid);
        assertSame(invalid, assertThrows(DomainException.class, () -> registration.register(candidate(true))));
    }

    @Test
    void theLogNamesAnAddressOnlyByAFingerprint() {
        String fingerprint = CandidateRegistration.fingerprint("An@Example.be ");
        assertEquals(CandidateRegistration.fingerprint("an@example.be"), fingerprint);
        assertEquals(16, fingerprint.length());
        assertTrue(fingerprint.matches("[0-9a-f]+"));
        assertNotEquals(CandidateRegistration.fingerprint("bert@example.be"), fingerprint);
    }

    @Test
    void eachAddressHasItsOwnBucketThatRefillsOverTime() {
        registration.admit("10.0.0.1");
        registration.admit("10.0.0.1");
        ApiException refused = assertThrows(ApiException.class, () -> registration.admit("10.0.0.1"));
        assertEquals(429, refused.status());
        // one token every 30 minutes: the next one comes in 1800 s
        assertEquals(Map.of("Retry-After", "1800"), refused.headers());
        registration.admit("10.0.0.2");
        nanos.addAndGet(1799 * SECOND);
        assertEquals(Map.of("Retry-After", "1"), assertThrows(ApiException.class,
                () -> registration.admit("10.0.0.1")).headers());
        nanos.addAndGet(SECOND / 2);
        // part of a second is a whole one: a client that waits as told is served
        assertEquals(Map.of("Retry-After", "1"), assertThrows(ApiException.class,
                () -> registration.admit("10.0.0.1")).headers());
        nanos.addAndGet(SECOND / 2);
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(1800 * SECOND, limiter.acquire("10.0.0.1"));
        // a long wait earns no more than a full bucket
        nanos.addAndGet(100 * 3600 * SECOND);
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(1800 * SECOND, limiter.acquire("10.0.0.1"));
    }

    @Test
    void manyDistinctAddressesStayBounded() {
        for (int i = 0; i < RateLimiter.MAX_ADDRESSES + 20_000; i++) {
            limiter.acquire("address-" + i);
        }
        assertTrue(limiter.trackedAddresses() <= RateLimiter.MAX_ADDRESSES, () -> limiter.trackedAddresses()
                + " addresses tracked");
    }

    @Test
    void aBucketIsForgottenOnceItIsFullAgainAndNotBefore() {
        limiter.acquire("10.0.0.1");
        limiter.acquire("10.0.0.1");
        // empty now, full again after two tokens' time: an hour
        nanos.addAndGet(3599 * SECOND);
        assertEquals(1, limiter.trackedAddresses());
        nanos.addAndGet(2 * SECOND);
        assertEquals(0, limiter.trackedAddresses());
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(0, limiter.acquire("10.0.0.1"));
        assertEquals(1800 * SECOND, limiter.acquire("10.0.0.1"));
    }
}
