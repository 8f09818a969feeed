package be.pillars.core.internal.engagement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import be.pillars.api.DomainException;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementEvents;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.engagement.EngagementQuery;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.engagement.Hours;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerEvents;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.core.internal.organisation.OrganisationTestAccess;
import be.pillars.core.internal.storage.RecordingEventAdmin;
import be.pillars.core.internal.volunteer.JdbcVolunteerService;
import be.pillars.core.internal.volunteer.VolunteerTestAccess;

/** What every database must do for engagements and hours; run by one subclass per database. */
abstract class EngagementServiceContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private JdbcEngagementService engagements;
    private final RecordingEventAdmin events = new RecordingEventAdmin();
    private final List<Event> posted = events.events();
    private UUID volunteer;
    private UUID organisation;
    private DataSource dataSource;
    private JdbcVolunteerService volunteers;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        dataSource = database();
        volunteers = VolunteerTestAccess.store(dataSource, events);
        engagements = new JdbcEngagementService(dataSource, events, volunteers, CLOCK);
        volunteer = VolunteerTestAccess.createOne(dataSource, events);
        organisation = OrganisationTestAccess.service(dataSource).create(new OrganisationData(
                OrganisationKind.MUNICIPAL_SERVICE, "Evenementendienst", null, null, null, null, null, null, null)).id();
        posted.clear();
    }

    private EngagementData party(LocalDate start, LocalDate end) {
        return new EngagementData(volunteer, organisation, "onthaal", EngagementKind.OCCASIONAL, start, end, null,
                "external");
    }

    @Test
    void anEngagementIsStoredAnnouncedAndFound() {
        Engagement created = engagements.create(party(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        assertEquals(EngagementStatus.ACTIVE, created.data().status());
        assertEquals(created, engagements.find(created.id()).orElseThrow());
        assertEquals(List.of(VolunteerEvents.UPDATED, EngagementEvents.CREATED),
                posted.stream().map(Event::getTopic).toList());
        assertEquals(volunteer.toString(), posted.get(1).getProperty(EngagementEvents.VOLUNTEER_ID));
        assertEquals(List.of(created), engagements.search(new EngagementQuery(volunteer, null, "external", null, null,
                50, 0)).items());
        assertEquals(0, engagements.search(new EngagementQuery(null, null, "internal", null, null, 50, 0)).total());
    }

    @Test
    void forEachMatchingHandsOverEveryMatchInSearchOrderAcrossPages() {
        // more than two pages, with many equal start dates so the keyset has to decide on the id
        for (int i = 0; i < 450; i++) {
            EngagementData data = party(LocalDate.of(2026, 1 + i % 5, 1), null);
            engagements.create(new EngagementData(data.volunteerId(), data.organisationId(), data.role(),
                    i % 3 == 0 ? EngagementKind.REGULAR : EngagementKind.OCCASIONAL, data.startDate(), null, null,
                    i % 7 == 0 ? "internal" : "external"));
        }
        EngagementQuery external = new EngagementQuery(null, null, "external", null, null, 1, 3);
        List<Engagement> seen = new ArrayList<>();
        engagements.forEachMatching(external, seen::add);
        List<Engagement> searched = new ArrayList<>();
        for (int offset = 0; offset < 450; offset += EngagementQuery.MAX_LIMIT) {
            searched.addAll(engagements.search(new EngagementQuery(null, null, "external", null, null,
                    EngagementQuery.MAX_LIMIT, offset)).items());
        }
        assertEquals(450 - 65, seen.size(), "limit and offset of the query are ignored; internal ones not matched");
        assertEquals(searched, seen);
    }

    @Test
    void unknownPartiesAndBadDatesAreRefusedWithTheirField() {
        assertEquals("volunteerId", assertThrows(DomainException.class, () -> engagements.create(new EngagementData(
                UUID.randomUUID(), organisation, "onthaal", EngagementKind.REGULAR, LocalDate.of(2026, 1, 1), null,
                null, "internal"))).field());
        assertEquals("organisationId", assertThrows(DomainException.class, () -> engagements.create(new EngagementData(
                volunteer, UUID.randomUUID(), "onthaal", EngagementKind.REGULAR, LocalDate.of(2026, 1, 1), null, null,
                "internal"))).field());
        assertEquals("endDate", assertThrows(DomainException.class,
                () -> engagements.create(party(LocalDate.of(2026, 2, 1), LocalDate.of(2026, 1, 1)))).field());
        assertEquals("pillar", assertThrows(DomainException.class, () -> engagements.create(new EngagementData(
                volunteer, organisation, "onthaal", EngagementKind.REGULAR, LocalDate.of(2026, 1, 1), null, null,
                "Not A Pillar"))).field());
        assertEquals(List.of(), posted);
    }

    @Test
    void hoursArePerDayWithinTheEngagementAndNotInTheFuture() {
        Engagement created = engagements.create(party(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 30)));
        engagements.registerHours(created.id(), LocalDate.of(2026, 11, 2), new BigDecimal("3"));
        engagements.registerHours(created.id(), LocalDate.of(2026, 11, 2), new BigDecimal("4.5"));
        engagements.registerHours(created.id(), LocalDate.of(2026, 11, 22), new BigDecimal("0.25"));
        assertEquals(List.of(new Hours(LocalDate.of(2026, 11, 2), new BigDecimal("4.50")),
                new Hours(LocalDate.of(2026, 11, 22), new BigDecimal("0.25"))), engagements.hours(created.id()));
        for (Object[] bad : new Object[][] {
            {LocalDate.of(2026, 10, 31), "1", "outside_engagement"},
            {LocalDate.of(2026, 11, 23), "1", "invalid_date"},
            {LocalDate.of(2026, 11, 3), "0", "invalid_hours"},
            {LocalDate.of(2026, 11, 3), "24.25", "invalid_hours"},
            {LocalDate.of(2026, 11, 3), "1.1", "invalid_hours"}}) {
            DomainException refused = assertThrows(DomainException.class, () -> engagements.registerHours(
                    created.id(), (LocalDate) bad[0], new BigDecimal((String) bad[1])));
            assertEquals(bad[2], refused.code());
        }
        assertEquals(2, engagements.hours(created.id()).size());
    }

    @Test
    void anUpdateNeedsTheCurrentVersion() {
        Engagement created = engagements.create(party(LocalDate.of(2026, 11, 1), null));
        EngagementData active = new EngagementData(volunteer, organisation, "onthaal", EngagementKind.REGULAR,
                LocalDate.of(2026, 11, 1), null, EngagementStatus.ACTIVE, "external");
        assertEquals(2, engagements.update(created.id(), 1, active).version());
        assertEquals(DomainException.Kind.STALE,
                assertThrows(DomainException.class, () -> engagements.update(created.id(), 1, active)).kind());
        assertEquals(EngagementKind.REGULAR, engagements.find(created.id()).orElseThrow().data().kind());
    }

    @Test
    void whoWorkedInAPeriodCountsOccasionalAndRegularVolunteersOnceWithTheirHours() {
        UUID regular = VolunteerTestAccess.create(dataSource, events, "Bert", "bert@example.be");
        UUID planned = VolunteerTestAccess.create(dataSource, events, "Cas", "cas@example.be");
        UUID elsewhere = VolunteerTestAccess.create(dataSource, events, "Dirk", "dirk@example.be");
        UUID otherService = OrganisationTestAccess.service(dataSource).create(new OrganisationData(
                OrganisationKind.MUNICIPAL_SERVICE, "Sportdienst", null, null, null, null, null, null, null)).id();
        // the steward of the summer festival, ended long before the party, and again at the winter fair
        Engagement festival = engagements.create(new EngagementData(volunteer, organisation, "steward",
                EngagementKind.OCCASIONAL, LocalDate.of(2026, 8, 14), LocalDate.of(2026, 8, 16),
                EngagementStatus.ENDED, "external"));
        engagements.registerHours(festival.id(), LocalDate.of(2026, 8, 15), new BigDecimal("6.5"));
        Engagement fair = engagements.create(new EngagementData(volunteer, organisation, "steward",
                EngagementKind.OCCASIONAL, LocalDate.of(2026, 11, 20), LocalDate.of(2026, 11, 20),
                EngagementStatus.ENDED, "external"));
        engagements.registerHours(fair.id(), LocalDate.of(2026, 11, 20), new BigDecimal("3"));
        engagements.create(new EngagementData(regular, organisation, "onthaal", EngagementKind.REGULAR,
                LocalDate.of(2025, 3, 1), null, EngagementStatus.ACTIVE, "internal"));
        engagements.create(new EngagementData(planned, organisation, "onthaal", EngagementKind.REGULAR,
                LocalDate.of(2027, 1, 1), null, EngagementStatus.PLANNED, "internal"));
        engagements.create(new EngagementData(elsewhere, otherService, "trainer", EngagementKind.REGULAR,
                LocalDate.of(2026, 1, 1), null, EngagementStatus.ACTIVE, "internal"));

        assertEquals(Map.of(volunteer, new BigDecimal("9.50"), regular, new BigDecimal("0.00")),
                engagements.hoursWorked(organisation, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        assertEquals(Map.of(regular, new BigDecimal("0.00")),
                engagements.hoursWorked(organisation, LocalDate.of(2026, 9, 1), LocalDate.of(2026, 10, 31)));
        assertEquals("to", assertThrows(DomainException.class, () -> engagements.hoursWorked(organisation,
                LocalDate.of(2026, 12, 31), LocalDate.of(2026, 1, 1))).field());
    }

    @Test
    void anEngagementStoredWithoutAStatusStandsWhereItsDatesPutItToday() {
        assertEquals(EngagementStatus.PLANNED, engagements.create(party(LocalDate.of(2026, 11, 23), null)).data()
                .status());
        assertEquals(EngagementStatus.ACTIVE, engagements.create(party(LocalDate.of(2026, 11, 22),
                LocalDate.of(2026, 11, 22))).data().status());
        assertEquals(EngagementStatus.ENDED, engagements.create(party(LocalDate.of(2026, 8, 14),
                LocalDate.of(2026, 8, 16))).data().status());
    }

    @Test
    void aCandidateWhoGetsAnEngagementBecomesActiveAndIsReadSoAtOnce() {
        assertEquals(VolunteerStatus.CANDIDATE, volunteers.find(volunteer).orElseThrow().data().status());
        engagements.create(new EngagementData(volunteer, organisation, "onthaal", EngagementKind.REGULAR,
                LocalDate.of(2026, 12, 1), null, EngagementStatus.CANCELLED, "external"));
        assertEquals(VolunteerStatus.CANDIDATE, volunteers.find(volunteer).orElseThrow().data().status());

        engagements.create(party(LocalDate.of(2026, 12, 1), null));
        Volunteer active = volunteers.find(volunteer).orElseThrow();
        assertEquals(VolunteerStatus.ACTIVE, active.data().status());
        assertEquals(2, active.version());
        engagements.create(party(LocalDate.of(2026, 12, 2), null));
        assertEquals(2, volunteers.find(volunteer).orElseThrow().version(), "an active volunteer stays as they are");
    }

    @Test
    void theCalendarMovesEngagementsOnByTheirDatesOnceWhateverTheNumberOfNodes() {
        Engagement starting = engagements.create(party(LocalDate.of(2026, 11, 23), null));
        Engagement ending = engagements.create(party(LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22)));
        Engagement cancelled = engagements.create(new EngagementData(volunteer, organisation, "onthaal",
                EngagementKind.REGULAR, LocalDate.of(2026, 11, 1), LocalDate.of(2026, 11, 22),
                EngagementStatus.CANCELLED, "external"));
        Engagement stale = engagements.create(new EngagementData(volunteer, organisation, "onthaal",
                EngagementKind.REGULAR, LocalDate.of(2026, 1, 1), LocalDate.of(2026, 6, 30),
                EngagementStatus.PLANNED, "external"));
        posted.clear();
        Clock tomorrow = Clock.offset(CLOCK, Duration.ofDays(1));
        EngagementCalendar node1 = new EngagementCalendar(dataSource, events, tomorrow);
        EngagementCalendar node2 = new EngagementCalendar(dataSource, events, tomorrow);

        assertEquals(3, node1.moveOn());
        assertEquals(0, node2.moveOn());
        assertEquals(EngagementStatus.ACTIVE, engagements.find(starting.id()).orElseThrow().data().status());
        assertEquals(EngagementStatus.ENDED, engagements.find(ending.id()).orElseThrow().data().status());
        assertEquals(EngagementStatus.ENDED, engagements.find(stale.id()).orElseThrow().data().status());
        assertEquals(cancelled, engagements.find(cancelled.id()).orElseThrow());
        assertEquals(2, engagements.find(starting.id()).orElseThrow().version());
        assertEquals(List.of(EngagementEvents.UPDATED, EngagementEvents.UPDATED, EngagementEvents.UPDATED),
                posted.stream().map(Event::getTopic).toList());
    }

    @Test
    void aVolunteerWhoIsDeactivatedOrErasedStopsWorkingThatDay() {
        Engagement running = engagements.create(party(LocalDate.of(2026, 1, 1), null));
        Engagement endingLater = engagements.create(party(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 12, 31)));
        Engagement planned = engagements.create(party(LocalDate.of(2027, 1, 1), null));
        Engagement over = engagements.create(party(LocalDate.of(2026, 1, 1), LocalDate.of(2026, 3, 31)));
        posted.clear();

        volunteers.deactivate(volunteer, volunteers.find(volunteer).orElseThrow().version());

        LocalDate today = LocalDate.of(2026, 11, 22);
        assertEquals(new EngagementData(volunteer, organisation, "onthaal", EngagementKind.OCCASIONAL,
                LocalDate.of(2026, 1, 1), today, EngagementStatus.ENDED, "external"),
                engagements.find(running.id()).orElseThrow().data());
        assertEquals(today, engagements.find(endingLater.id()).orElseThrow().data().endDate());
        assertEquals(EngagementStatus.CANCELLED, engagements.find(planned.id()).orElseThrow().data().status());
        assertEquals(over, engagements.find(over.id()).orElseThrow());
        assertEquals(4, posted.size(), "the volunteer's deactivation and three engagements: " + posted);

        UUID other = VolunteerTestAccess.create(dataSource, events, "Bert", "bert@example.be");
        Engagement hers = engagements.create(new EngagementData(other, organisation, "onthaal",
                EngagementKind.REGULAR, LocalDate.of(2026, 1, 1), null, null, "internal"));
        volunteers.erase(other);
        assertEquals(EngagementStatus.ENDED, engagements.find(hers.id()).orElseThrow().data().status());
    }

    @Test
    void aPillarsFailureAfterCoresWritesInItsTransactionLeavesNothingBehindAndAnnouncesNothing() {
        assertThrows(IllegalStateException.class, () -> Jdbc.inTransaction(dataSource, connection -> {
            engagements.create(party(LocalDate.of(2026, 11, 1), null));
            assertEquals(VolunteerStatus.ACTIVE, volunteers.find(volunteer).orElseThrow().data().status(),
                    "inside the transaction its own writes are seen");
            throw new IllegalStateException("the pillar's own write fails after core's");
        }));
        assertEquals(0, engagements.search(new EngagementQuery(volunteer, null, null, null, null, 50, 0)).total());
        Volunteer after = volunteers.find(volunteer).orElseThrow();
        assertEquals(VolunteerStatus.CANDIDATE, after.data().status());
        assertEquals(1, after.version());
        assertEquals(List.of(), posted);

        Engagement committed = Jdbc.inTransaction(dataSource, connection -> engagements.create(party(
                LocalDate.of(2026, 11, 1), null)));
        assertEquals(committed, engagements.find(committed.id()).orElseThrow());
        assertEquals(List.of(VolunteerEvents.UPDATED, EngagementEvents.CREATED),
                posted.stream().map(Event::getTopic).toList());
    }
}
