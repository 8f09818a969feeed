package be.pillars.external.internal.candidates;

import java.util.List;
import java.util.Locale;

import be.pillars.api.LocalizedText;

/**
 * What the public registration form asks, for a website that builds it: the fields of {@link CandidateInput}, which
 * of them are required, and what a person reads before sending: the consent they give and the age rule.
 *
 * @param required        fields without which the registration is refused
 * @param optional        fields a person may leave out
 * @param consent         what {@code consent: true} agrees to
 * @param guardianConsent who needs {@code guardianConsent: true}, and what happens without it
 */
public record RegistrationForm(List<String> required, List<String> optional, String consent,
        String guardianConsent) {

    static final List<String> REQUIRED = List.of("firstName", "lastName", "email", "postalCode", "preference",
            "consent");
    static final List<String> OPTIONAL = List.of("phone", "birthDate", "languages", "skills", "interests",
            "availability", "guardianConsent", "vacancyId");
    static final LocalizedText CONSENT = LocalizedText.of("Ik ga ermee akkoord dat de gemeente deze gegevens bewaart "
            + "om me met vacatures te matchen, en dat een vrijwilligerscoach contact met me opneemt.", "I agree that "
            + "the municipality keeps these data to match me with vacancies, and that a volunteer coach contacts me.");
    /** Core decides the age (its minimumAge, 16 unless the municipality set another), which no api service tells. */
    static final LocalizedText AGE_RULE = LocalizedText.of("Ben je jonger dan 16 jaar (of dan de minimumleeftijd die "
            + "je gemeente koos)? Dan registreer je je alleen met de toestemming van een ouder of voogd: geef je "
            + "geboortedatum en hun toestemming (guardianConsent). Zonder die toestemming wordt je registratie "
            + "geweigerd.", "Are you younger than 16 (or than the minimum age your municipality chose)? Then you "
            + "register only with the consent of a parent or guardian: give your birth date and their consent "
            + "(guardianConsent). Without that consent your registration is refused.");

    static RegistrationForm in(Locale reader) {
        return new RegistrationForm(REQUIRED, OPTIONAL, CONSENT.in(reader), AGE_RULE.in(reader));
    }
}
