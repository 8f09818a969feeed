package be.pillars.targetgroups.internal.participants;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.DomainException;
import be.pillars.targetgroups.internal.TestProjects;

/** What every database must do for participants from the target group; run by one subclass per database. */
abstract class ParticipantsContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private ParticipantStore participants;
    private UUID soup;
    private UUID buddies;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        DataSource database = database();
        participants = new ParticipantStore(database, CLOCK);
        soup = TestProjects.insert(database, "lies", LocalDate.of(2026, 1, 1));
        buddies = TestProjects.insert(database, "jan", LocalDate.of(2026, 1, 1));
    }

    private static Participant.Input marie(String role) {
        return new Participant.Input(" Marie ", "0470 12 34 56", role, LocalDate.of(2026, 3, 1), null);
    }

    @Test
    void aParticipantIsRecordedInItsProjectOnly() {
        Participant marie = participants.add(soup, marie("soep serveren"), "lies");
        assertEquals("Marie", marie.name());
        assertEquals(CLOCK.instant(), marie.createdAt());
        participants.add(soup, new Participant.Input("Ahmed", null, null, LocalDate.of(2026, 4, 1), null), "lies");
        assertEquals(List.of("Ahmed", "Marie"), participants.list(soup).stream().map(Participant::name).toList());
        assertEquals(List.of(), participants.list(buddies));
        assertEquals(marie, participants.find(soup, marie.id()));
        assertEquals("participantId", assertThrows(DomainException.class, () -> participants.find(buddies,
                marie.id())).field());
    }

    @Test
    void aParticipantChangesAndLeavesButNotBeforeJoining() {
        Participant marie = participants.add(soup, marie(null), "lies");
        Participant left = participants.update(soup, marie.id(), new Participant.Input("Marie", null, "onthaal",
                LocalDate.of(2026, 3, 1), LocalDate.of(2026, 10, 1)));
        assertEquals(LocalDate.of(2026, 10, 1), left.leftOn());
        assertEquals("onthaal", left.role());
        assertEquals("leftOn", assertThrows(DomainException.class, () -> participants.update(soup, marie.id(),
                new Participant.Input("Marie", null, null, LocalDate.of(2026, 3, 1), LocalDate.of(2026, 2, 1))))
                .field());
        assertEquals("joinedOn", assertThrows(DomainException.class, () -> participants.add(soup,
                new Participant.Input("Marie", null, null, null, null), "lies")).field());
        assertEquals("name", assertThrows(DomainException.class, () -> participants.add(soup,
                new Participant.Input("x".repeat(101), null, null, LocalDate.of(2026, 3, 1), null), "lies")).field());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, () -> participants.update(
                buddies, marie.id(), marie(null))).kind());
    }

    @Test
    void erasingAParticipantLeavesNothingOfThem() {
        Participant marie = participants.add(soup, marie(null), "lies");
        assertThrows(DomainException.class, () -> participants.erase(buddies, marie.id()));
        participants.erase(soup, marie.id());
        assertEquals(List.of(), participants.list(soup));
        assertThrows(DomainException.class, () -> participants.erase(soup, marie.id()));
    }
}
