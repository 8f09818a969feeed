package be.pillars.internal.internal.information;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.http.Caller;
import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.internal.internal.services.TestCore;

/** What every database must do for the information duty; run by one subclass per database. */
abstract class InformationStoreContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate SINCE = LocalDate.of(2025, 1, 1);

    private final TestCore core = new TestCore();
    private InformationStore information;
    private UUID an;
    private UUID bert;
    private UUID carla;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        information = new InformationStore(database(), core.directory(), core.volunteers, CLOCK);
        UUID library = core.service("Bibliotheek");
        an = core.volunteer("An", "Peeters", VolunteerStatus.ACTIVE);
        bert = core.volunteer("Bert", "Janssens", VolunteerStatus.ACTIVE);
        carla = core.volunteer("Carla", "Maes", VolunteerStatus.ACTIVE);
        for (UUID volunteer : List.of(an, bert, carla)) {
            core.engage(volunteer, library, SINCE, null, EngagementStatus.ACTIVE);
        }
        core.engage(core.volunteer("Dirk", "Gestopt", VolunteerStatus.INACTIVE), library, SINCE, null,
                EngagementStatus.ACTIVE);
    }

    private static NoteVersion.Part part(String nl, String en) {
        return new NoteVersion.Part(nl, en);
    }

    private static NoteVersion.Input note(NoteVersion.Part purpose) {
        return new NoteVersion.Input(purpose, part("Stad Hasselt, een gemeentebestuur (publiekrechtelijke rechtspersoon)",
                "City of Hasselt, a municipality (public-law legal person)"),
                part("Burgerlijke aansprakelijkheid en lichamelijke ongevallen, zie de polis hieronder",
                        "Civil liability and bodily accidents, see the policy below"),
                part("Forfaitaire onkostenvergoeding binnen de wettelijke grenzen, of reële kosten met bewijs",
                        "Lump-sum allowance within the legal ceilings, or real costs with proof"),
                part("Je bewaart discretie over wat je over personen te weten komt",
                        "You keep discreet about what you learn about people"));
    }

    private static final NoteVersion.Part PURPOSE = part("De stad ondersteunt vrijwilligers in al haar diensten",
            "The city supports volunteers in all its services");

    private InsurancePolicy insured() {
        return information.recordInsurance(new InsurancePolicy.Input("Ethias", "45.123.456", "Burgerlijke "
                + "aansprakelijkheid en lichamelijke ongevallen van vrijwilligers", LocalDate.of(2026, 1, 1),
                LocalDate.of(2026, 12, 31)), "karaf");
    }

    @Test
    void theInsurancePolicyInForceIsTheOneThatStartedLast() {
        InsurancePolicy old = information.recordInsurance(new InsurancePolicy.Input("KBC", "1", "BA",
                LocalDate.of(2020, 1, 1), null), "karaf");
        InsurancePolicy current = insured();
        assertEquals(current, information.insuranceInForce(LocalDate.of(2026, 6, 1)).orElseThrow());
        assertEquals(old, information.insuranceInForce(LocalDate.of(2027, 1, 1)).orElseThrow());
        assertEquals(old, information.insuranceInForce(LocalDate.of(2025, 12, 31)).orElseThrow());
        assertEquals(List.of(current, old), information.insurancePolicies());
        assertEquals("validTo", assertThrows(DomainException.class, () -> information.recordInsurance(
                new InsurancePolicy.Input("KBC", "2", "BA", LocalDate.of(2026, 1, 1), LocalDate.of(2025, 1, 1)),
                "karaf")).field());
        assertEquals("policyNumber", assertThrows(DomainException.class, () -> information.recordInsurance(
                new InsurancePolicy.Input("KBC", "", "BA", LocalDate.of(2026, 1, 1), null), "karaf")).field());
    }

    @Test
    void aVersionMissingAPartTheLawRequiresIsRefusedNamingThePart() {
        insured();
        assertEquals("purpose", assertThrows(DomainException.class, () -> information.publish(note(null), "karaf"))
                .field());
        assertEquals("purpose.en", assertThrows(DomainException.class, () -> information.publish(note(part(
                "Doel", " ")), "karaf")).field());
        NoteVersion.Input noDiscretion = new NoteVersion.Input(PURPOSE, PURPOSE, PURPOSE, PURPOSE,
                part(null, "Discretion"));
        assertEquals("discretion.nl", assertThrows(DomainException.class,
                () -> information.publish(noDiscretion, "karaf")).field());
        assertEquals(List.of(), information.versions());
    }

    @Test
    void aVersionIsRefusedWhileNoInsuranceIsInForce() {
        DomainException refused = assertThrows(DomainException.class, () -> information.publish(note(PURPOSE),
                "karaf"));
        assertEquals("no_insurance", refused.code());
        assertEquals(DomainException.Kind.CONFLICT, refused.kind());
        assertEquals(List.of(), information.versions());
    }

    @Test
    void versionsAreNumberedAndTheNoteShowsTheInsuranceInForce() {
        InsurancePolicy policy = insured();
        NoteVersion first = information.publish(note(PURPOSE), "karaf");
        NoteVersion second = information.publish(note(part("Nieuw doel", "New purpose")), "karaf");
        assertEquals(1, first.version());
        assertEquals(2, second.version());
        assertEquals(LocalizedText.of("Nieuw doel", "New purpose"), information.version(2).orElseThrow().purpose());
        assertEquals(new OrganisationNote(second, policy), information.currentNote().orElseThrow());
        assertEquals(List.of(second, first), information.versions());
    }

    @Test
    void receiptsAreRecordedForVersionsThatExistedThenAndTheUninformedAreListed() {
        insured();
        DomainException beforeAnyNote = assertThrows(DomainException.class, () -> information.uninformed(50, 0));
        assertEquals(DomainException.Kind.NOT_FOUND, beforeAnyNote.kind());
        information.publish(note(PURPOSE), "karaf");
        Receipt receipt = information.recordReceipt(an, new Receipt.Input(1, LocalDate.of(2026, 11, 22)), "lies");
        assertEquals(new Receipt(an, 1, LocalDate.of(2026, 11, 22), "lies", CLOCK.instant()), receipt);
        information.recordReceipt(bert, new Receipt.Input(1, LocalDate.of(2026, 11, 22)), "lies");
        assertEquals(List.of(new Uninformed(carla, "Carla", "Maes", information.uninformed(50, 0).items().get(0)
                .serviceId(), null)), information.uninformed(50, 0).items());

        information.publish(note(part("Nieuw doel", "New purpose")), "karaf");
        information.recordReceipt(bert, new Receipt.Input(2, LocalDate.of(2026, 11, 22)), "lies");
        List<Uninformed> missing = information.uninformed(50, 0).items();
        assertEquals(List.of(carla, an), missing.stream().map(Uninformed::volunteerId).toList());
        assertNull(missing.get(0).lastVersionReceived());
        assertEquals(1, missing.get(1).lastVersionReceived());
        assertEquals(2, information.uninformed(1, 0).total());
        assertEquals(List.of(an), information.uninformed(1, 1).items().stream().map(Uninformed::volunteerId).toList());

        assertEquals("version", assertThrows(DomainException.class, () -> information.recordReceipt(an,
                new Receipt.Input(3, LocalDate.of(2026, 11, 22)), "lies")).field());
        assertEquals("receivedOn", assertThrows(DomainException.class, () -> information.recordReceipt(an,
                new Receipt.Input(2, LocalDate.of(2026, 11, 23)), "lies")).field());
        assertEquals("receivedOn", assertThrows(DomainException.class, () -> information.recordReceipt(an,
                new Receipt.Input(2, LocalDate.of(2026, 11, 21)), "lies")).field());
        assertEquals("volunteerId", assertThrows(DomainException.class, () -> information.recordReceipt(
                UUID.randomUUID(), new Receipt.Input(2, LocalDate.of(2026, 11, 22)), "lies")).field());
    }

    @Test
    void recordingAVersionAgainCorrectsTheDayAndReceiptsAreExportedAndErased() {
        insured();
        information.publish(note(PURPOSE), "karaf");
        information.recordReceipt(an, new Receipt.Input(1, LocalDate.of(2026, 11, 22)), "lies");
        Receipt corrected = information.recordReceipt(an, new Receipt.Input(1, LocalDate.of(2026, 11, 22)), "karaf");
        assertEquals(List.of(corrected), information.receipts(an));
        assertEquals(Map.of("noteReceipts", List.of(corrected)), information.export(an, new Caller("lies", Set.of("coordinator"))));
        information.erase(an);
        assertEquals(Map.of(), information.export(an, new Caller("lies", Set.of("coordinator"))));
        assertEquals(List.of(), information.receipts(an));
    }
}
