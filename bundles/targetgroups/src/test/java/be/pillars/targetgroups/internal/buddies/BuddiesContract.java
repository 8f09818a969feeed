package be.pillars.targetgroups.internal.buddies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Consumer;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.DomainException;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.api.volunteer.WeeklySlot;
import be.pillars.targetgroups.internal.TestProjects;

/**
 * What every database must do for persons helped, buddy pairs, visits, attention and suggestions; run by one
 * subclass per database. Today is Monday 23 November 2026; a pair is flagged after 4 weeks without a visit.
 */
abstract class BuddiesContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    private static final int WEEKS = 4;

    private final VolunteerService volunteers = mock(VolunteerService.class);
    private final List<Volunteer> active = new ArrayList<>();
    private final EngagementService engagements = mock(EngagementService.class);
    private final Map<UUID, Engagement> engaged = new HashMap<>();
    private DataSource database;
    private BuddyStore buddies;
    private UUID loneliness;
    private UUID other;
    private UUID an;
    private UUID bert;
    private UUID chloe;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        database = database();
        buddies = new BuddyStore(database, volunteers, engagements, CLOCK);
        loneliness = TestProjects.insert(database, "lies", LocalDate.of(2026, 1, 1));
        other = TestProjects.insert(database, "jan", LocalDate.of(2026, 1, 1));
        an = volunteer("An", "Kiewit", Set.of("nl", "fr"), Set.of("Wandelen", "koken"),
                List.of(new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(13, 0), LocalTime.of(17, 0))));
        bert = volunteer("Bert", "Centrum", Set.of("nl"), Set.of("schaken"), List.of());
        chloe = volunteer("Chloé", "Kiewit", Set.of("fr"), Set.of("wandelen"), List.of());
        when(engagements.find(any())).thenAnswer(call -> Optional.ofNullable(engaged.get(call.getArgument(0))));
        engage(loneliness, an, "2026-01-01", null, EngagementStatus.ACTIVE);
        engage(loneliness, bert, "2026-01-01", null, EngagementStatus.ACTIVE);
        when(volunteers.find(any())).thenAnswer(call -> active.stream()
                .filter(volunteer -> volunteer.id().equals(call.getArgument(0))).findFirst());
        doAnswer(call -> {
            Consumer<Volunteer> each = call.getArgument(1);
            active.forEach(each);
            return null;
        }).when(volunteers).forEachMatching(any(), any());
    }

    private UUID volunteer(String name, String district, Set<String> languages, Set<String> interests,
            List<WeeklySlot> availability) {
        Volunteer volunteer = new Volunteer(UUID.randomUUID(), 1, new VolunteerData(name, "Peeters",
                name.toLowerCase() + "@example.be", null, LocalDate.of(1980, 1, 1), "3500", district, languages,
                Set.of(), interests, availability, Set.of(), Preference.BOTH, VolunteerStatus.ACTIVE, List.of(), null),
                CLOCK.instant(), CLOCK.instant());
        active.add(volunteer);
        return volunteer.id();
    }

    /** A core engagement of the volunteer in the project, as ProjectStore.engage leaves it. */
    private void engage(UUID project, UUID volunteer, String start, String end, EngagementStatus status)
            throws Exception {
        UUID id = UUID.randomUUID();
        engaged.put(id, new Engagement(id, 1, new EngagementData(volunteer, UUID.randomUUID(), "buddy",
                EngagementKind.REGULAR, LocalDate.parse(start), end == null ? null : LocalDate.parse(end), status,
                "targetgroups"), CLOCK.instant(), CLOCK.instant()));
        try (var connection = database.getConnection(); var insert = Jdbc.prepared(connection, "INSERT INTO "
                + "targetgroups_project_engagement (engagement_id, project_id, volunteer_id) VALUES (?, ?, ?)",
                List.of(id, project, volunteer))) {
            insert.executeUpdate();
        }
    }

    @Test
    void onlyAVolunteerEngagedInTheProjectOnTheStartDateBecomesABuddy() throws Exception {
        PersonHelped maria = maria(loneliness);
        DomainException stranger = assertThrows(DomainException.class, () -> pair(maria.id(), chloe, "2026-11-01"));
        assertEquals("not_engaged_in_project", stranger.code());
        assertEquals("volunteerId", stranger.field());
        engage(other, chloe, "2026-01-01", null, EngagementStatus.ACTIVE);
        assertEquals("not_engaged_in_project", assertThrows(DomainException.class,
                () -> pair(maria.id(), chloe, "2026-11-01")).code(), "engaged in another project");
        engage(loneliness, chloe, "2026-01-01", "2026-06-30", EngagementStatus.ENDED);
        engage(loneliness, chloe, "2026-12-01", null, EngagementStatus.PLANNED);
        assertEquals("not_engaged_in_project", assertThrows(DomainException.class,
                () -> pair(maria.id(), chloe, "2026-11-01")).code(), "ended before, planned after the start");
        assertTrue(buddies.pairs(loneliness, WEEKS).isEmpty());
        assertEquals(chloe, pair(maria.id(), chloe, "2026-12-01").volunteerId());
    }

    private PersonHelped maria(UUID project) {
        return buddies.addPerson(project, new PersonHelped.Input(" Maria ", "Kiewit", Set.of("NL"),
                Set.of("wandelen", "Koken"), List.of(new WeeklySlot(DayOfWeek.TUESDAY, LocalTime.of(14, 0),
                        LocalTime.of(16, 0))), "Wil graag buiten komen", "via de maatschappelijk werker"), "lies");
    }

    private Pair pair(UUID person, UUID volunteer, String start) {
        return buddies.pair(loneliness, new Pair.Input(person, volunteer, LocalDate.parse(start)), "lies", WEEKS);
    }

    private Visit visit(Pair pair, String date, Integer minutes, String note) {
        return buddies.visit(loneliness, pair.id(), new Visit.Input(date == null ? null : LocalDate.parse(date),
                minutes, note), "lies", WEEKS);
    }

    @Test
    void aPersonHelpedIsRecordedWithTheMinimumInOneProject() {
        PersonHelped maria = maria(loneliness);
        assertEquals("Maria", maria.alias());
        assertEquals(Set.of("nl"), maria.languages());
        assertEquals(Set.of("wandelen", "koken"), maria.interests());
        assertEquals(maria, buddies.person(loneliness, maria.id()));
        assertEquals(List.of(maria), buddies.persons(loneliness));
        assertEquals(List.of(), buddies.persons(other));
        assertEquals("personId", assertThrows(DomainException.class, () -> buddies.person(other, maria.id())).field());
    }

    @Test
    void aPersonWithAnUnknownLanguageAnImpossibleSlotOrNoContactRouteIsRefused() {
        assertEquals("languages[0]", assertThrows(DomainException.class, () -> buddies.addPerson(loneliness,
                new PersonHelped.Input("Maria", null, Set.of("xx"), null, null, null, "telefoon"), "lies")).field());
        assertEquals("availability[0].to", assertThrows(DomainException.class, () -> buddies.addPerson(loneliness,
                new PersonHelped.Input("Maria", null, null, null, List.of(new WeeklySlot(DayOfWeek.MONDAY,
                        LocalTime.of(12, 0), LocalTime.of(11, 0))), null, "telefoon"), "lies")).field());
        assertEquals("contactRoute", assertThrows(DomainException.class, () -> buddies.addPerson(loneliness,
                new PersonHelped.Input("Maria", null, null, null, null, null, " "), "lies")).field());
        assertEquals(List.of(), buddies.persons(loneliness));
    }

    @Test
    void aPersonHasOneRunningPairAtATimeWithAnActiveVolunteer() {
        PersonHelped maria = maria(loneliness);
        Pair pair = pair(maria.id(), an, "2026-11-01");
        assertEquals("Maria", pair.personAlias());
        assertEquals(an, pair.volunteerId());
        assertEquals(0, pair.visits());
        assertFalse(pair.needsAttention());
        assertEquals(DomainException.Kind.CONFLICT, assertThrows(DomainException.class,
                () -> pair(maria.id(), bert, "2026-11-02")).kind());
        assertEquals("volunteerId", assertThrows(DomainException.class,
                () -> pair(maria.id(), UUID.randomUUID(), "2026-11-02")).field());
        PersonHelped elsewhere = maria(other);
        assertEquals("personId", assertThrows(DomainException.class,
                () -> pair(elsewhere.id(), bert, "2026-11-02")).field());
        buddies.end(loneliness, pair.id(), new Pair.End(LocalDate.of(2026, 11, 20), "verhuisd"), WEEKS);
        Pair next = pair(maria.id(), bert, "2026-11-21");
        assertEquals(List.of(next.id(), pair.id()), buddies.pairs(loneliness, WEEKS).stream().map(Pair::id).toList());
    }

    @Test
    void visitsAreLoggedWithinThePairsPeriodOnceTheyTookPlace() {
        Pair pair = pair(maria(loneliness).id(), an, "2026-10-01");
        visit(pair, "2026-10-10", 90, "Samen gewandeld");
        Visit latest = visit(pair, "2026-11-20", 60, null);
        assertEquals(List.of(latest.date(), LocalDate.of(2026, 10, 10)), buddies.visits(loneliness, pair.id(), WEEKS)
                .stream().map(Visit::date).toList());
        Pair seen = buddies.pairOf(loneliness, pair.id(), WEEKS);
        assertEquals(2, seen.visits());
        assertEquals(LocalDate.of(2026, 11, 20), seen.lastVisit());
        assertEquals("date", assertThrows(DomainException.class, () -> visit(pair, "2026-11-24", 60, null)).field());
        assertEquals("outside_pair", assertThrows(DomainException.class, () -> visit(pair, "2026-09-30", 60, null))
                .code());
        assertEquals("minutes", assertThrows(DomainException.class, () -> visit(pair, "2026-11-01", 0, null)).field());
        assertEquals("minutes", assertThrows(DomainException.class, () -> visit(pair, "2026-11-01", null, null))
                .field());
        assertEquals("note", assertThrows(DomainException.class, () -> visit(pair, "2026-11-01", 30,
                "x".repeat(501))).field());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class, () -> buddies.visits(other,
                pair.id(), WEEKS)).kind());
    }

    @Test
    void pairsWithoutAVisitForTheConfiguredWeeksAreFlaggedToTheirCoordinator() {
        Pair quiet = pair(maria(loneliness).id(), an, "2026-10-01");
        Pair recent = pair(maria(loneliness).id(), bert, "2026-11-01");
        assertTrue(buddies.pairOf(loneliness, quiet.id(), WEEKS).needsAttention());
        assertFalse(recent.needsAttention());
        visit(quiet, "2026-10-26", 30, null);
        assertEquals(List.of(quiet.id()), buddies.needingAttention("lies", WEEKS).stream().map(Pair::id).toList(),
                "exactly four weeks ago");
        assertEquals(List.of(), buddies.needingAttention("jan", WEEKS));
        assertEquals(List.of(quiet.id()), buddies.needingAttention(null, WEEKS).stream().map(Pair::id).toList());
        assertEquals(List.of(), buddies.needingAttention("lies", 5));
        visit(quiet, "2026-10-27", 30, null);
        assertEquals(List.of(), buddies.needingAttention("lies", WEEKS));
    }

    @Test
    void endingAPairKeepsItsHistory() {
        Pair pair = pair(maria(loneliness).id(), an, "2026-09-01");
        visit(pair, "2026-09-10", 45, "Koffie");
        Pair ended = buddies.end(loneliness, pair.id(), new Pair.End(LocalDate.of(2026, 10, 1), "Maria verhuist"),
                WEEKS);
        assertEquals(LocalDate.of(2026, 10, 1), ended.endedOn());
        assertEquals("Maria verhuist", ended.endReason());
        assertFalse(ended.needsAttention());
        assertEquals(1, buddies.visits(loneliness, pair.id(), WEEKS).size());
        assertEquals(List.of(), buddies.needingAttention(null, WEEKS));
        assertEquals(DomainException.Kind.CONFLICT, assertThrows(DomainException.class, () -> buddies.end(loneliness,
                pair.id(), new Pair.End(LocalDate.of(2026, 10, 2), null), WEEKS)).kind());
        assertEquals("date", assertThrows(DomainException.class, () -> visit(pair, "2026-10-02", 30, null)).field());
        Pair other = pair(maria(loneliness).id(), bert, "2026-09-01");
        assertEquals("endDate", assertThrows(DomainException.class, () -> buddies.end(loneliness, other.id(),
                new Pair.End(LocalDate.of(2026, 8, 31), null), WEEKS)).field());
    }

    @Test
    void erasingAPersonHelpedKeepsOnlyAnonymousHistory() {
        PersonHelped maria = maria(loneliness);
        Pair pair = pair(maria.id(), an, "2026-09-01");
        visit(pair, "2026-09-10", 45, "Over haar dochter gepraat");
        assertEquals(1, buddies.historyOfPerson(maria.id(), WEEKS).size());
        buddies.erasePerson(loneliness, maria.id());
        assertEquals(List.of(), buddies.persons(loneliness));
        assertEquals(List.of(), buddies.historyOfPerson(maria.id(), WEEKS));
        Pair kept = buddies.pairOf(loneliness, pair.id(), WEEKS);
        assertNull(kept.personId());
        assertNull(kept.personAlias());
        assertEquals(LocalDate.of(2026, 11, 23), kept.endedOn());
        assertEquals("erased", kept.endReason());
        Visit visit = buddies.visits(loneliness, pair.id(), WEEKS).get(0);
        assertNull(visit.note());
        assertEquals(45, visit.minutes());
    }

    @Test
    void aVolunteersPairsAreInTheirExportAndTheyLeaveThemWhenErased() {
        Pair pair = pair(maria(loneliness).id(), an, "2026-09-01");
        visit(pair, "2026-09-10", 45, "Koffie");
        List<BuddyStore.PairHistory> history = buddies.historyOfVolunteer(an, WEEKS);
        assertEquals(1, history.size());
        assertEquals(1, history.get(0).visits().size());
        buddies.forgetVolunteer(an);
        assertEquals(List.of(), buddies.historyOfVolunteer(an, WEEKS));
        Pair kept = buddies.pairOf(loneliness, pair.id(), WEEKS);
        assertNull(kept.volunteerId());
        assertEquals("Maria", kept.personAlias());
        assertEquals(LocalDate.of(2026, 11, 23), kept.endedOn());
    }

    @Test
    void suggestionsNeedACommonLanguageAndExplainTheirScore() {
        PersonHelped maria = maria(loneliness);
        List<Suggestion> suggestions = new BuddySuggestions(volunteers, buddies).suggest(maria, 10);
        assertEquals(List.of(an, bert), suggestions.stream().map(Suggestion::volunteerId).toList(),
                "Chloé speaks no Dutch");
        Suggestion first = suggestions.get(0);
        assertEquals(1.0, first.score());
        assertEquals(List.of("languages", "district", "interests", "availability"), first.reasons().stream()
                .map(Suggestion.Reason::component).toList());
        assertEquals("Shares koken, wandelen", first.reasons().get(2).text().en());
        assertEquals("Beschikbaar op 100% van de gewenste tijd", first.reasons().get(3).text().nl());
        Suggestion second = suggestions.get(1);
        assertEquals(0.25, second.score());
        assertEquals("Lives in another district", second.reasons().get(1).text().en());

        pair(maria.id(), an, "2026-11-01");
        assertEquals(List.of(bert), new BuddySuggestions(volunteers, buddies).suggest(maria, 10).stream()
                .map(Suggestion::volunteerId).toList(), "not the current buddy");
        assertEquals(1, new BuddySuggestions(volunteers, buddies).suggest(maria, 1).size());
        PersonHelped open = buddies.addPerson(loneliness, new PersonHelped.Input("Jos", null, null, null, null, null,
                "telefoon"), "lies");
        List<Suggestion> anyone = new BuddySuggestions(volunteers, buddies).suggest(open, 10);
        assertEquals(3, anyone.size());
        assertTrue(anyone.stream().allMatch(suggestion -> suggestion.score() == BuddySuggestions.UNKNOWN));
        assertEquals(Optional.empty(), BuddySuggestions.score(maria, active.get(2)));
    }
}
