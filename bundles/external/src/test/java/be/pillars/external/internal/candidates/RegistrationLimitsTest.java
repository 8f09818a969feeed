package be.pillars.external.internal.candidates;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.Mockito.mock;

import java.lang.annotation.Annotation;
import java.lang.reflect.RecordComponent;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

import org.junit.jupiter.api.Test;

import be.pillars.api.Health;
import be.pillars.api.LocalizedText;
import be.pillars.api.config.InvalidConfigurationException;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.Caller;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.external.internal.applications.ApplicationStore;

class RegistrationLimitsTest {

    private static CandidateConfiguration limits(int burst, String... trustedRanges) {
        return new CandidateConfiguration() {
            @Override
            public Class<? extends Annotation> annotationType() {
                return CandidateConfiguration.class;
            }

            @Override
            public int registrationBurst() {
                return burst;
            }

            @Override
            public int registrationsPerHour() {
                return 20;
            }

            @Override
            public String[] trustedRanges() {
                return trustedRanges;
            }
        };
    }

    @Test
    void trustedRangesAreReadAsACfgFileGivesThemIPv4AndIPv6() {
        RegistrationLimits.Limits limits = RegistrationLimits.Limits.from(limits(5,
                "192.168.10.0/24=60/600, 2001:DB8:10::/64 = 30/300", "10.0.0.0/8=200/2000"));
        assertEquals(List.of("192.168.10.0/24=60/600", "2001:db8:10:0:0:0:0:0/64=30/300", "10.0.0.0/8=200/2000"),
                limits.trustedRanges().stream().map(TrustedRange::toString).toList());
        assertEquals(List.of(), RegistrationLimits.Limits.from(limits(5)).trustedRanges());
    }

    @Test
    void aBadRangeIsRefusedSayingWhatIsWrongWithIt() {
        for (String[] bad : new String[][] {
            {"192.168.10.0/24", "'192.168.10.0/24': is not range=burst/perHour such as 192.168.10.0/24=60/600"},
            {"192.168.10.0=60/600", "'192.168.10.0=60/600': is not range=burst/perHour"},
            {"192.168.300.0/24=60/600", "'192.168.300.0' is not an IPv4 or IPv6 address"},
            {"desk.example.be/24=60/600", "'desk.example.be' is not an IPv4 or IPv6 address"},
            {"192.168.10.0/33=60/600", "'192.168.10.0/33=60/600': the prefix goes from 0 to 32"},
            {"2001:db8::/129=60/600", "'2001:db8::/129=60/600': the prefix goes from 0 to 128"},
            {"192.168.10.7/24=60/600", "bits are set after the prefix; did you mean 192.168.10.0/24?"},
            {"192.168.10.0/24=0/600", "'192.168.10.0/24=0/600': both numbers are at least 1"},
            {"192.168.10.0/24=60/600, 192.168.10.0/24=5/50", "'192.168.10.0/24' is listed twice"}}) {
            InvalidConfigurationException refused = assertThrows(InvalidConfigurationException.class,
                    () -> RegistrationLimits.Limits.from(limits(5, bad[0])), bad[0]);
            assertEquals("trustedRanges", refused.key());
            assertTrue(refused.text().en().contains(bad[1]), refused.text().en());
        }
        assertTrue(assertThrows(InvalidConfigurationException.class, () -> RegistrationLimits.Limits.from(limits(5,
                "192.168.10.7/24=60/600"))).text().nl().contains("bedoel je 192.168.10.0/24?"));
    }

    @Test
    void aRefusedConfigurationKeepsTheLimitsInForceAndTheHealthSaysWhy() {
        RegistrationLimits registration = new RegistrationLimits(mock(VolunteerService.class),
                mock(ApplicationStore.class), limits(1, "10.9.0.0/16=3/30"));
        assertEquals(Health.Status.UP, registration.health().status());
        CandidateRegistration before = registration.registration();
        before.admit(Caller.ANONYMOUS, "10.9.1.1");
        registration.modified(limits(50, "10.9.0.0/16=3/30", "10.9.300.0/24=9/90"));
        Health health = registration.health();
        assertEquals(Health.Status.DOWN, health.status());
        assertTrue(health.detail().en().contains("trustedRanges") && health.detail().en().contains("10.9.300.0"),
                health.detail().en());
        // the previous limits and buckets: 3 from the trusted range (one used above), 1 from anywhere else
        CandidateRegistration desk = registration.registration();
        assertSame(before, desk);
        desk.admit(Caller.ANONYMOUS, "10.9.1.1");
        desk.admit(Caller.ANONYMOUS, "10.9.1.1");
        assertEquals(429, assertThrows(ApiException.class, () -> desk.admit(Caller.ANONYMOUS, "10.9.1.1")).status());
        desk.admit(Caller.ANONYMOUS, "10.8.1.1");
        assertEquals(429, assertThrows(ApiException.class, () -> desk.admit(Caller.ANONYMOUS, "10.8.1.1")).status());
    }

    @Test
    void theFormNamesEveryFieldARegistrationTakesAndSaysTheAgeRule() {
        List<String> fields = Arrays.stream(CandidateInput.class.getRecordComponents())
                .map(RecordComponent::getName).sorted().toList();
        assertEquals(fields, Stream.concat(RegistrationForm.REQUIRED.stream(),
                RegistrationForm.OPTIONAL.stream()).sorted().toList());
        RegistrationForm dutch = RegistrationForm.in(LocalizedText.DUTCH);
        assertTrue(dutch.guardianConsent().contains("jonger dan 16 jaar") && dutch.guardianConsent().contains(
                "guardianConsent"), dutch.guardianConsent());
        assertTrue(RegistrationForm.in(Locale.ENGLISH).guardianConsent().contains("younger than 16"));
    }
}
