package be.pillars.internal.internal.events;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.http.Caller;
import be.pillars.api.DomainException;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.internal.internal.services.TestCore;

/** What every database must do for volunteer events; run by one subclass per database. */
abstract class EventStoreContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);
    private static final LocalDate SINCE = LocalDate.of(2025, 1, 1);
    private static final LocalDate YEAR_START = LocalDate.of(2026, 1, 1);
    private static final LocalDate YEAR_END = LocalDate.of(2026, 12, 31);

    private final TestCore core = new TestCore();
    private EventStore events;
    private UUID library;
    private UUID museum;
    private UUID an;
    private UUID bert;
    private UUID carla;
    private UUID els;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        events = new EventStore(database(), core.directory(), core.volunteers, CLOCK);
        library = core.service("Bibliotheek");
        museum = core.service("Museum");
        an = core.volunteer("An", "Peeters", VolunteerStatus.ACTIVE);
        bert = core.volunteer("Bert", "Janssens", VolunteerStatus.ACTIVE);
        carla = core.volunteer("Carla", "Maes", VolunteerStatus.ACTIVE);
        core.engage(an, library, SINCE, null, EngagementStatus.ACTIVE);
        core.engage(bert, museum, SINCE, null, EngagementStatus.ACTIVE);
        core.engage(carla, museum, SINCE, null, EngagementStatus.ACTIVE);
        core.engage(carla, library, SINCE, null, EngagementStatus.ACTIVE);
        core.engage(core.volunteer("Dirk", "Gestopt", VolunteerStatus.INACTIVE), library, SINCE, null,
                EngagementStatus.ACTIVE);
        els = core.volunteer("Els", "Vroeger", VolunteerStatus.ACTIVE);
        core.engage(els, library, SINCE, LocalDate.of(2025, 12, 31), EngagementStatus.ENDED);
        core.engage(core.volunteer("Fien", "Extern", VolunteerStatus.ACTIVE), core.organisation(
                OrganisationKind.EXTERNAL, "Voedselbank", true), SINCE, null, EngagementStatus.ACTIVE);
    }

    private VolunteerEvent party(LocalDate date) {
        return events.create(new VolunteerEvent.Input("Vrijwilligersfeest", EventKind.PARTY, date,
                "In de stadsfeestzaal"), "lies");
    }

    private Set<UUID> invited(UUID event) {
        return events.invitations(event).stream().map(Invitation::volunteerId).collect(Collectors.toSet());
    }

    @Test
    void anEventIsStoredAndListedNewestFirst() {
        VolunteerEvent party = party(LocalDate.of(2026, 12, 12));
        VolunteerEvent breakfast = events.create(new VolunteerEvent.Input("Ontbijt", EventKind.BREAKFAST,
                LocalDate.of(2026, 3, 1), null), "lies");
        assertEquals(party, events.event(party.id()));
        assertEquals(List.of(party, breakfast), events.list(50, 0).items());
        assertEquals(2, events.list(1, 1).total());
        assertEquals(List.of(breakfast), events.list(1, 1).items());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> events.event(UUID.randomUUID())).kind());
    }

    @Test
    void badEventsAreRefusedNamingTheField() {
        assertEquals("name", assertThrows(DomainException.class, () -> events.create(new VolunteerEvent.Input(" ",
                EventKind.PARTY, LocalDate.of(2026, 12, 1), null), "lies")).field());
        assertEquals("kind", assertThrows(DomainException.class, () -> events.create(new VolunteerEvent.Input("Feest",
                null, LocalDate.of(2026, 12, 1), null), "lies")).field());
        assertEquals("date", assertThrows(DomainException.class, () -> events.create(new VolunteerEvent.Input("Feest",
                EventKind.OTHER, null, null), "lies")).field());
        assertEquals(0, events.list(50, 0).total());
    }

    @Test
    void invitingAllReachesEveryActiveInternalVolunteerOnceAndAgainOnlyNewOnes() {
        VolunteerEvent party = party(LocalDate.of(2026, 12, 12));
        assertEquals(new EventStore.Invited(3, 0, YEAR_START, YEAR_END), events.invite(party.id(), List.of(), null,
                null));
        assertEquals(Set.of(an, bert, carla), invited(party.id()));
        UUID newcomer = core.volunteer("Nina", "Nieuw", VolunteerStatus.ACTIVE);
        core.engage(newcomer, museum, LocalDate.of(2026, 11, 1), null, EngagementStatus.ACTIVE);
        assertEquals(new EventStore.Invited(1, 3, YEAR_START, YEAR_END), events.invite(party.id(), null, null, null));
        assertEquals(new EventStore.Counts(4, 0, 0, 0, 4, 0), events.counts(party.id()));
    }

    @Test
    void occasionalVolunteersWhoWorkedInTheEventsYearAreInvitedEachOnce() {
        UUID festival = core.service("Feestdienst");
        List<UUID> stewards = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            UUID steward = core.volunteer("S" + i, "Steward", VolunteerStatus.ACTIVE);
            core.hours(core.engage(steward, festival, LocalDate.of(2026, 8, 1), LocalDate.of(2026, 8, 31),
                    EngagementStatus.ENDED), LocalDate.of(2026, 8, 15), "6");
            stewards.add(steward);
        }
        core.engage(stewards.get(0), museum, LocalDate.of(2026, 9, 5), LocalDate.of(2026, 9, 5),
                EngagementStatus.ENDED);
        VolunteerEvent party = party(LocalDate.of(2026, 12, 12));

        assertEquals(new EventStore.Invited(6, 0, YEAR_START, YEAR_END), events.invite(party.id(), List.of(), null,
                null));
        assertEquals(Set.of(an, bert, carla, stewards.get(0), stewards.get(1), stewards.get(2)), invited(party.id()));
        assertEquals(6, events.invitations(party.id()).size(), "a steward who also worked for the museum once");
        assertEquals(festival, events.invitations(party.id()).stream().filter(invitation -> invitation.volunteerId()
                .equals(stewards.get(1))).findFirst().orElseThrow().serviceId());

        assertEquals(new EventStore.Invited(1, 2, SINCE, YEAR_END), events.invite(party.id(), List.of(library),
                SINCE, null), "a period the coordinator picks: Els worked for the library in 2025");
        assertEquals(7, events.invitations(party.id()).size());
    }

    @Test
    void aPeriodThatMakesNoSenseIsRefusedNamingTheBound() {
        VolunteerEvent party = party(LocalDate.of(2026, 12, 12));
        assertEquals("to", assertThrows(DomainException.class, () -> events.invite(party.id(), List.of(),
                LocalDate.of(2026, 9, 1), LocalDate.of(2026, 8, 31))).field());
        assertEquals("to", assertThrows(DomainException.class, () -> events.invite(party.id(), List.of(),
                LocalDate.of(2027, 1, 1), null)).field());
        assertEquals("from", assertThrows(DomainException.class, () -> events.invite(party.id(), List.of(),
                LocalDate.of(1999, 1, 1), null)).field());
        assertEquals(List.of(), events.invitations(party.id()));
    }

    @Test
    void aCoordinatorInvitesOnePersonOnceAndNeverAnInactiveOne() {
        VolunteerEvent party = party(LocalDate.of(2026, 12, 12));
        EventStore.PersonInvited first = events.inviteOne(party.id(), els);
        assertEquals(true, first.added());
        assertNull(first.invitation().serviceId(), "Els did not work for a service in 2026");
        assertEquals(CLOCK.instant(), first.invitation().invitedAt());
        assertEquals(new EventStore.PersonInvited(first.invitation(), false), events.inviteOne(party.id(), els));
        assertEquals(library, events.inviteOne(party.id(), an).invitation().serviceId());

        UUID dirk = core.volunteer("Dirk", "Gestopt", VolunteerStatus.INACTIVE);
        DomainException inactive = assertThrows(DomainException.class, () -> events.inviteOne(party.id(), dirk));
        assertEquals(DomainException.Kind.CONFLICT, inactive.kind());
        assertEquals("volunteerId", inactive.field());
        DomainException unknown = assertThrows(DomainException.class,
                () -> events.inviteOne(party.id(), UUID.randomUUID()));
        assertEquals(DomainException.Kind.NOT_FOUND, unknown.kind());
        assertEquals("volunteerId", unknown.field());
        assertEquals(Set.of(els, an), invited(party.id()));
        assertEquals("Vroeger;Els;els.vroeger@example.be;011 23 45 67;;;", events.csv(party.id(),
                Locale.forLanguageTag("nl")).lines().toList().get(2));
    }

    @Test
    void invitingChosenServicesReachesOnlyTheirVolunteers() {
        VolunteerEvent breakfast = party(LocalDate.of(2026, 12, 12));
        events.invite(breakfast.id(), List.of(museum), null, null);
        assertEquals(Set.of(bert, carla), invited(breakfast.id()));
        assertEquals(Map.of(bert, museum, carla, museum), events.invitations(breakfast.id()).stream()
                .collect(Collectors.toMap(Invitation::volunteerId, Invitation::serviceId)));
        UUID external = core.organisation(OrganisationKind.EXTERNAL, "Scouts", true);
        DomainException refused = assertThrows(DomainException.class,
                () -> events.invite(breakfast.id(), List.of(library, external), null, null));
        assertEquals("serviceIds[1]", refused.field());
        assertEquals(2, events.invitations(breakfast.id()).size());
    }

    @Test
    void repliesAndAttendanceAreRecordedForInvitedVolunteersOnly() {
        VolunteerEvent past = party(LocalDate.of(2026, 11, 22));
        events.invite(past.id(), List.of(), null, null);
        assertEquals(Reply.MAYBE, events.reply(past.id(), an, Reply.MAYBE).reply());
        Invitation changed = events.reply(past.id(), an, Reply.YES);
        assertEquals(Reply.YES, changed.reply());
        assertEquals(CLOCK.instant(), changed.repliedAt());
        events.reply(past.id(), bert, Reply.NO);
        assertEquals(true, events.attendance(past.id(), an, true).attended());
        events.attendance(past.id(), bert, false);
        assertEquals(new EventStore.Counts(3, 1, 1, 0, 1, 1), events.counts(past.id()));
        assertNull(events.invitations(past.id()).stream().filter(invitation -> invitation.volunteerId().equals(carla))
                .findFirst().orElseThrow().attended());

        UUID stranger = UUID.randomUUID();
        DomainException notInvited = assertThrows(DomainException.class,
                () -> events.reply(past.id(), stranger, Reply.YES));
        assertEquals("not_invited", notInvited.code());
        assertEquals("reply", assertThrows(DomainException.class, () -> events.reply(past.id(), an, null)).field());
    }

    @Test
    void attendanceIsRecordedFromTheDayOfTheEventOn() {
        VolunteerEvent ahead = party(LocalDate.of(2026, 11, 23));
        events.invite(ahead.id(), List.of(), null, null);
        DomainException refused = assertThrows(DomainException.class, () -> events.attendance(ahead.id(), an, true));
        assertEquals("attended", refused.field());
        assertNull(events.invitations(ahead.id()).get(0).attended());
    }

    @Test
    void theGuestListIsACsvByNameInTheReadersLanguage() {
        VolunteerEvent party = party(LocalDate.of(2026, 11, 1));
        events.invite(party.id(), List.of(), null, null);
        events.reply(party.id(), an, Reply.YES);
        events.attendance(party.id(), an, true);
        List<String> lines = events.csv(party.id(), Locale.forLanguageTag("nl")).lines().toList();
        assertEquals("\uFEFFfamilienaam;voornaam;e-mail;telefoon;dienst;antwoord;aanwezig", lines.get(0));
        assertEquals(List.of("Janssens;Bert;bert.janssens@example.be;011 23 45 67;Museum;;",
                "Maes;Carla;carla.maes@example.be;011 23 45 67;Bibliotheek;;",
                "Peeters;An;an.peeters@example.be;011 23 45 67;Bibliotheek;ja;ja"), lines.subList(1, 4));
        assertEquals("Peeters;An;an.peeters@example.be;011 23 45 67;Bibliotheek;yes;yes",
                events.csv(party.id(), Locale.ENGLISH).lines().toList().get(3));
    }

    @Test
    void theVolunteersInvitationsAreExportedAndErased() {
        VolunteerEvent party = party(LocalDate.of(2026, 11, 1));
        events.invite(party.id(), List.of(), null, null);
        events.reply(party.id(), an, Reply.YES);
        assertEquals(List.of(events.invitations(party.id()).stream().filter(invitation -> invitation.volunteerId()
                .equals(an)).findFirst().orElseThrow()), events.export(an, new Caller("lies", Set.of("coordinator"))).get("invitations"));
        events.erase(an);
        assertEquals(Map.of(), events.export(an, new Caller("lies", Set.of("coordinator"))));
        assertEquals(Set.of(bert, carla), invited(party.id()));
    }
}
