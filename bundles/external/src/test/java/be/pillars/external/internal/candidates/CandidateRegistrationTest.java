package be.pillars.external.internal.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.ArgumentMatchers.anyLong;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.verifyNoInteractions;
import static org.mockito.Mockito.verifyNoMoreInteractions;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Optional;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;

import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.Caller;
import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.external.internal.applications.Application;
import be.pillars.external.internal.applications.ApplicationStatus;
import be.pillars.external.internal.applications.ApplicationStore;

class CandidateRegistrationTest {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final long SECOND = 1_000_000_000L;

    private final AtomicLong nanos = new AtomicLong(42 * SECOND);
    private final VolunteerService volunteers = mock(VolunteerService.class);
    private final ApplicationStore applications = mock(ApplicationStore.class);
    /** 2 at once, then one every 30 minutes. */
    private final RateLimiter limiter = new RateLimiter(2, 2, nanos::get);
    private final CandidateRegistration registration = new CandidateRegistration(volunteers, applications,
            new AddressLimits(2, 2, List.of(), nanos::get), CLOCK);

    private static CandidateInput candidate(Boolean consent) {
        return candidate(consent, null, null);
    }

    private static CandidateInput candidate(Boolean consent, Boolean guardianConsent, UUID vacancyId) {
        return new CandidateInput("An", "Peeters", "an@example.be", null, null, "3500", Set.of("nl"),
                Set.of("cooking"), Set.of(), List.of(), Preference.BOTH, consent, guardianConsent, vacancyId);
    }

    private void coreStoresNewVolunteers() {
        when(volunteers.create(any())).thenAnswer(call -> new Volunteer(UUID.randomUUID(), 1, call.getArgument(0),
                CLOCK.instant(), CLOCK.instant()));
    }

    @Test
    void aCandidateBecomesACoreVolunteerWithStatusCandidateAndTheirConsent() {
        coreStoresNewVolunteers();
        assertEquals(CandidateRegistration.THANKS, registration.register(candidate(true)));
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

    private void coreKnowsTheAddress() {
        when(volunteers.create(any())).thenThrow(new DomainException(DomainException.Kind.CONFLICT,
                CandidateRegistration.DUPLICATE_EMAIL, "email", LocalizedText.of("Al gekend", "Known")));
    }

    /** Core has this volunteer under the address typed. */
    private void coreFindsByEmail(Volunteer found) {
        when(volunteers.findByEmail(any())).thenReturn(Optional.of(found));
    }

    private static Volunteer stored(String lastName, String email) {
        return new Volunteer(UUID.randomUUID(), 7, new VolunteerData("Anna", lastName, email, "0470 12 34 56", null,
                "3600", null, Set.of("fr"), Set.of(), Set.of(), List.of(), Set.of(), Preference.REGULAR,
                VolunteerStatus.ACTIVE, List.of(), null), Instant.EPOCH, Instant.EPOCH);
    }

    @Test
    void aKnownEmailAddressChangesNothingAndIsNotTold() {
        coreKnowsTheAddress();
        assertEquals(CandidateRegistration.THANKS, registration.register(candidate(true)));
        verify(volunteers).create(any());
        verifyNoMoreInteractions(volunteers);
        verifyNoInteractions(applications);
    }

    @Test
    void aReturningVolunteerAppliesForTheVacancyAndStaysAsStored() {
        UUID vacancy = UUID.randomUUID();
        Volunteer returning = stored("Peeters", "an@example.be");
        coreKnowsTheAddress();
        coreFindsByEmail(returning);
        assertEquals(CandidateRegistration.THANKS, registration.register(new CandidateInput("An", " peeters ",
                " AN@example.be", null, null, "3500", Set.of("nl"), Set.of(), Set.of(), List.of(), Preference.BOTH,
                true, null, vacancy)));
        verify(volunteers).findByEmail(" AN@example.be");
        verify(applications).create(new Application.Input(vacancy, returning.id(), ApplicationStatus.APPLIED, null),
                Application.SELF);
        // what an anonymous caller typed never replaces what is stored
        verify(volunteers, never()).update(any(), anyLong(), any());
    }

    @Test
    void anApplicationTheVolunteerHasStaysOneAndIsAnsweredAsANewOne() {
        UUID vacancy = UUID.randomUUID();
        coreKnowsTheAddress();
        coreFindsByEmail(stored("Peeters", "an@example.be"));
        when(applications.create(any(), any())).thenThrow(new DomainException(DomainException.Kind.CONFLICT,
                ApplicationStore.ALREADY_APPLIED, "volunteerId", LocalizedText.of("Al", "Already")));
        assertEquals(CandidateRegistration.THANKS, registration.register(candidate(true, null, vacancy)));
        verify(applications).create(any(), any());
    }

    @Test
    void aKnownAddressWithAnotherLastNameAppliesForNobody() {
        coreKnowsTheAddress();
        coreFindsByEmail(stored("Janssens", "an@example.be"));
        assertEquals(CandidateRegistration.THANKS, registration.register(candidate(true, null, UUID.randomUUID())));
        verifyNoInteractions(applications);
    }

    @Test
    void aNewAndAKnownPersonGetTheSameAnswerAlsoWhenTheVacancyClosedMeanwhile() {
        UUID vacancy = UUID.randomUUID();
        when(applications.create(any(), any())).thenThrow(new DomainException(DomainException.Kind.CONFLICT,
                "vacancy_not_open", "vacancyId", LocalizedText.of("Niet open", "Not open")));
        coreStoresNewVolunteers();
        LocalizedText toNewPerson = registration.register(candidate(true, null, vacancy));
        coreKnowsTheAddress();
        coreFindsByEmail(stored("Peeters", "an@example.be"));
        assertEquals(toNewPerson, registration.register(candidate(true, null, vacancy)));
        assertEquals(CandidateRegistration.CLOSED_MEANWHILE, toNewPerson);
    }

    @Test
    void aGuardiansConsentIsRecordedWithTheTimeOfRegistration() {
        Instant now = CLOCK.instant();
        assertEquals(List.of(new Consent(CandidateRegistration.PURPOSE, now), new Consent(
                VolunteerData.GUARDIAN_CONSENT, now)), CandidateRegistration.volunteerData(candidate(true, true, null),
                        now).consents());
        for (Boolean none : new Boolean[] {null, false}) {
            assertEquals(List.of(new Consent(CandidateRegistration.PURPOSE, now)), CandidateRegistration
                    .volunteerData(candidate(true, none, null), now).consents());
        }
    }

    @Test
    void aCandidateTooYoungWithoutAGuardiansConsentIsRefusedNamingTheBirthDate() {
        DomainException tooYoung = DomainException.invalid("too_young", "birthDate", LocalizedText.of("Jonger dan 16",
                "Younger than 16"));
        when(volunteers.create(any())).thenThrow(tooYoung);
        DomainException refused = assertThrows(DomainException.class, () -> registration.register(candidate(true,
                false, UUID.randomUUID())));
        assertSame(tooYoung, refused);
        assertEquals("birthDate", refused.field());
        verifyNoInteractions(applications);
    }

    @Test
    void staffRegisteringPeopleAtADeskAreNotLimited() {
        for (Caller staff : List.of(new Caller("lies", Set.of("coordinator")), new Caller("karaf", Set.of("admin")))) {
            for (int i = 0; i < 10; i++) {
                registration.admit(staff, "10.0.0.9");
            }
        }
        Caller organisation = new Caller("kim", Set.of("organisation"));
        registration.admit(organisation, "10.0.0.9");
        registration.admit(organisation, "10.0.0.9");
        assertEquals(429, assertThrows(ApiException.class, () -> registration.admit(organisation, "10.0.0.9"))
                .status());
    }

    @Test
    void anAddressInATrustedRangeHasThatRangesLimitAndTheMostSpecificRangeCounts() {
        AddressLimits limits = new AddressLimits(2, 2, List.of(TrustedRange.parse("10.1.0.0/16=4/40"),
                TrustedRange.parse("10.1.2.0/24=6/60"), TrustedRange.parse("2001:db8:10::/64=3/30")), nanos::get);
        assertEquals(6, admitted(limits, "10.1.2.7"));
        assertEquals(4, admitted(limits, "10.1.9.7"));
        // Jetty writes IPv6 in brackets; an IPv4-mapped address is its IPv4 address
        assertEquals(3, admitted(limits, "[2001:db8:10:0:0:0:0:1]"));
        assertEquals(4, admitted(limits, "::ffff:10.1.9.8"));
        assertEquals(2, admitted(limits, "10.2.0.1"));
        assertEquals(2, admitted(limits, "[2001:db8:11:0:0:0:0:1]"));
        assertEquals(2, admitted(limits, "unknown"));
    }

    /** How many registrations in a row the address may send. */
    private static int admitted(AddressLimits limits, String address) {
        int admitted = 0;
        while (limits.acquire(address) == 0) {
            admitted++;
        }
        return admitted;
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
        registration.admit(Caller.ANONYMOUS, "10.0.0.1");
        registration.admit(Caller.ANONYMOUS, "10.0.0.1");
        ApiException refused = assertThrows(ApiException.class, () -> registration.admit(Caller.ANONYMOUS,
                "10.0.0.1"));
        assertEquals(429, refused.status());
        // one token every 30 minutes: the next one comes in 1800 s
        assertEquals(Map.of("Retry-After", "1800"), refused.headers());
        registration.admit(Caller.ANONYMOUS, "10.0.0.2");
        nanos.addAndGet(1799 * SECOND);
        assertEquals(Map.of("Retry-After", "1"), assertThrows(ApiException.class,
                () -> registration.admit(Caller.ANONYMOUS, "10.0.0.1")).headers());
        nanos.addAndGet(SECOND / 2);
        // part of a second is a whole one: a client that waits as told is served
        assertEquals(Map.of("Retry-After", "1"), assertThrows(ApiException.class,
                () -> registration.admit(Caller.ANONYMOUS, "10.0.0.1")).headers());
        nanos.addAndGet(SECOND / 2);
        registration.admit(Caller.ANONYMOUS, "10.0.0.1");
        assertEquals(Map.of("Retry-After", "1800"), assertThrows(ApiException.class,
                () -> registration.admit(Caller.ANONYMOUS, "10.0.0.1")).headers());
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
