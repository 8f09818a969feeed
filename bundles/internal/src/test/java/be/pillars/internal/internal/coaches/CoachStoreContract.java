package be.pillars.internal.internal.coaches;

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

import be.pillars.api.DomainException;
import be.pillars.api.http.Caller;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.internal.internal.services.TestCore;

/** What every database must do for coaches, caseloads and check-ins; run by one subclass per database. */
abstract class CoachStoreContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final Caller LIES = new Caller("lies", Set.of("coordinator"));
    private static final Caller JAN = new Caller("jan", Set.of("coordinator"));
    private static final Caller ADMIN = new Caller("karaf", Set.of("admin"));

    private final TestCore core = new TestCore();
    private CoachStore coaches;
    private UUID an;
    private UUID bert;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        coaches = new CoachStore(database(), core.volunteers, CLOCK);
        an = core.volunteer("An", "Peeters", VolunteerStatus.ACTIVE);
        bert = core.volunteer("Bert", "Janssens", VolunteerStatus.ACTIVE);
    }

    private static CheckIn.Input talk(String day, String notes) {
        return new CheckIn.Input(day == null ? null : LocalDate.parse(day), notes);
    }

    @Test
    void aLoginEnrolsOnceAndShowsItsCaseloadSize() {
        assertEquals(new Coach("lies", CLOCK.instant(), 0), coaches.enrol("lies"));
        assertEquals(new Coach("lies", CLOCK.instant(), 0), coaches.enrol("lies"));
        coaches.enrol("jan");
        coaches.assign("lies", an, "karaf");
        assertEquals(List.of(new Coach("jan", CLOCK.instant(), 0), new Coach("lies", CLOCK.instant(), 1)),
                coaches.coaches());
    }

    @Test
    void volunteersAreAssignedToEnrolledCoachesOnly() {
        coaches.enrol("lies");
        CaseloadEntry entry = coaches.assign("lies", an, "karaf");
        assertEquals(new CaseloadEntry(an, "An", "Peeters", "karaf", CLOCK.instant(), null), entry);
        coaches.assign("lies", an, "someone-else");
        coaches.assign("lies", bert, "karaf");
        assertEquals(List.of(bert, an), coaches.caseload("lies").stream().map(CaseloadEntry::volunteerId).toList());
        assertEquals("karaf", coaches.caseload("lies").get(1).assignedBy());
        assertEquals(List.of("lies"), coaches.coachesOf(an));

        DomainException notACoach = assertThrows(DomainException.class, () -> coaches.assign("kim", an, "karaf"));
        assertEquals("coach", notACoach.field());
        assertEquals(DomainException.Kind.NOT_FOUND, notACoach.kind());
        assertEquals("volunteerId", assertThrows(DomainException.class,
                () -> coaches.assign("lies", UUID.randomUUID(), "karaf")).field());

        coaches.unassign("lies", an);
        assertEquals(List.of(bert), coaches.caseload("lies").stream().map(CaseloadEntry::volunteerId).toList());
        assertEquals("not_in_caseload", assertThrows(DomainException.class, () -> coaches.unassign("lies", an))
                .code());
    }

    @Test
    void aCoachRecordsCheckInsWithTheirOwnVolunteersOnTheDayOrAfter() {
        coaches.enrol("lies");
        coaches.enrol("jan");
        coaches.assign("lies", an, "karaf");
        CheckIn first = coaches.checkIn("lies", an, talk("2026-10-01", "Gaat goed, wil graag meer doen"));
        coaches.checkIn("lies", an, talk("2026-11-22", "Zoekt een tweede dienst"));
        assertEquals(LocalDate.of(2026, 11, 22), coaches.caseload("lies").get(0).lastCheckIn());
        assertEquals(first, coaches.checkIns("lies", an, new CoachStore.Reader("lies", false)).get(1));

        assertEquals("not_in_caseload", assertThrows(DomainException.class,
                () -> coaches.checkIn("jan", an, talk("2026-11-01", "Gesprek"))).code());
        assertEquals("date", assertThrows(DomainException.class,
                () -> coaches.checkIn("lies", an, talk("2026-11-23", "Morgen"))).field());
        assertEquals("notes", assertThrows(DomainException.class,
                () -> coaches.checkIn("lies", an, talk("2026-11-01", " "))).field());
        assertEquals("date", assertThrows(DomainException.class,
                () -> coaches.checkIn("lies", an, talk(null, "Gesprek"))).field());
        assertEquals(2, coaches.checkIns("lies", an, new CoachStore.Reader("karaf", true)).size());
    }

    @Test
    void notesShowOnlyToTheirAuthorAndToAdmins() {
        coaches.enrol("lies");
        coaches.assign("lies", an, "karaf");
        coaches.checkIn("lies", an, talk("2026-10-01", "Vertrouwelijk: moeilijke thuissituatie"));
        assertEquals("Vertrouwelijk: moeilijke thuissituatie",
                coaches.checkIns("lies", an, new CoachStore.Reader("lies", false)).get(0).notes());
        assertEquals("Vertrouwelijk: moeilijke thuissituatie",
                coaches.checkIns("lies", an, new CoachStore.Reader("karaf", true)).get(0).notes());
        CheckIn seenByColleague = coaches.checkIns("lies", an, new CoachStore.Reader("jan", false)).get(0);
        assertNull(seenByColleague.notes());
        assertEquals(LocalDate.of(2026, 10, 1), seenByColleague.date());
        assertEquals("lies", seenByColleague.coach());
    }

    @Test
    void theExportGivesNotesOnlyToTheirAuthorAndToAdminsAndCountsWhatItWithholds() {
        coaches.enrol("lies");
        coaches.enrol("jan");
        coaches.assign("lies", an, "karaf");
        coaches.assign("jan", an, "karaf");
        CheckIn byLies = coaches.checkIn("lies", an, talk("2026-10-01", "Vertrouwelijk: moeilijke thuissituatie"));
        CheckIn byJan = coaches.checkIn("jan", an, talk("2026-11-01", "Wil minder uren"));
        CheckIn liesWithheld = new CheckIn(byLies.id(), an, "lies", byLies.date(), null, byLies.recordedAt());
        CheckIn janWithheld = new CheckIn(byJan.id(), an, "jan", byJan.date(), null, byJan.recordedAt());

        assertEquals(Map.of("coaches", List.of("jan", "lies"), "checkIns", List.of(byJan, byLies)),
                coaches.export(an, ADMIN));
        assertEquals(Map.of("coaches", List.of("jan", "lies"), "checkIns", List.of(janWithheld, byLies),
                "notesWithheld", 1L), coaches.export(an, LIES));
        assertEquals(Map.of("coaches", List.of("jan", "lies"), "checkIns", List.of(byJan, liesWithheld),
                "notesWithheld", 1L), coaches.export(an, JAN));
        // a coordinator who coaches nobody sees that, when and by whom, never what
        assertEquals(Map.of("coaches", List.of("jan", "lies"), "checkIns", List.of(janWithheld, liesWithheld),
                "notesWithheld", 2L), coaches.export(an, new Caller("piet", Set.of("coordinator"))));
    }

    @Test
    void theVolunteersCoachingIsExportedAndErased() {
        coaches.enrol("lies");
        coaches.assign("lies", an, "karaf");
        coaches.assign("lies", bert, "karaf");
        CheckIn checkIn = coaches.checkIn("lies", an, talk("2026-10-01", "Gesprek"));
        assertEquals(Map.of("coaches", List.of("lies"), "checkIns", List.of(checkIn)), coaches.export(an, LIES));
        coaches.erase(an);
        assertEquals(Map.of(), coaches.export(an, ADMIN));
        assertEquals(List.of(bert), coaches.caseload("lies").stream().map(CaseloadEntry::volunteerId).toList());
    }
}
