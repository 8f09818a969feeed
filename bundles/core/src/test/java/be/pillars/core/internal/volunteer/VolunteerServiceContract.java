package be.pillars.core.internal.volunteer;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.sql.Connection;
import java.sql.ResultSet;
import java.sql.Statement;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import be.pillars.api.http.Caller;
import be.pillars.api.DomainException;
import be.pillars.api.Page;
import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerEvents;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.api.volunteer.WeeklySlot;
import be.pillars.core.internal.storage.RecordingEventAdmin;
import be.pillars.core.internal.storage.SkillTaxonomy;

/** What every database must do for the volunteer store; run by one subclass per database. */
abstract class VolunteerServiceContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-22T10:00:00Z"), ZoneOffset.UTC);

    private DataSource dataSource;
    private JdbcVolunteerService volunteers;
    private final RecordingEventAdmin events = new RecordingEventAdmin();
    private final List<Event> posted = events.events();
    /** The clock by which this node's remembered volunteers age; only the tests move it. */
    private final AtomicLong nanos = new AtomicLong();

    /** Core's default minimum age. */
    static final IntSupplier MINIMUM_AGE = () -> 16;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        dataSource = database();
        volunteers = new JdbcVolunteerService(dataSource, new SkillTaxonomy(null, dataSource), events, CLOCK,
                new RecentVolunteers(JdbcVolunteerService.FRESHNESS, nanos::get), MINIMUM_AGE);
    }

    static VolunteerData an(String firstName, String lastName, String email) {
        return new VolunteerData(firstName, lastName, email, "+32 11 22 33 44", LocalDate.of(1990, 4, 1), "3500",
                "Kiewit", Set.of("nl", "en"), Set.of("first-aid", "cooking"), Set.of("sport"),
                List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                Set.of(LocalDate.of(2026, 12, 24)), Preference.BOTH, null,
                List.of(new Consent("matching", Instant.parse("2026-11-01T08:00:00Z"))), null);
    }

    private long count(String table) throws Exception {
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement();
                ResultSet row = statement.executeQuery("SELECT COUNT(*) FROM " + table)) {
            row.next();
            return row.getLong(1);
        }
    }

    @Test
    void forEachMatchingHandsOverEveryMatchInSearchOrderAcrossPages() {
        // more than two pages of 200, with many equal names so the keyset has to decide on first name and id
        List<VolunteerData> many = new ArrayList<>();
        for (int i = 0; i < 450; i++) {
            many.add(an(i % 3 == 0 ? "An" : "Bert", i % 2 == 0 ? "Peeters" : "Claes", "many" + i + "@example.be"));
        }
        VolunteerData zoe = an("Zoë", "Peeters", "elsewhere@example.be");
        many.add(new VolunteerData(zoe.firstName(), zoe.lastName(), zoe.email(), zoe.phone(), zoe.birthDate(), "9000",
                zoe.district(), zoe.languages(), zoe.skills(), zoe.interests(), zoe.availability(),
                zoe.unavailableDates(), zoe.preference(), zoe.status(), zoe.consents(), zoe.gender()));
        volunteers.importAll(many, done -> { });

        VolunteerQuery inHasselt = new VolunteerQuery(null, null, "3500", null, null, null, 1, 7);
        List<UUID> seen = new ArrayList<>();
        volunteers.forEachMatching(inHasselt, volunteer -> seen.add(volunteer.id()));
        List<UUID> searched = new ArrayList<>();
        for (int offset = 0; offset < 450; offset += VolunteerQuery.MAX_LIMIT) {
            volunteers.search(new VolunteerQuery(null, null, "3500", null, null, null, VolunteerQuery.MAX_LIMIT,
                    offset)).items().forEach(volunteer -> searched.add(volunteer.id()));
        }
        assertEquals(450, seen.size(), "limit and offset of the query are ignored; Zoë in 9000 is not matched");
        assertEquals(searched, seen);
    }

    @Test
    void aVolunteerIsFoundByTheirEmailAddressWhateverItsCase() {
        Volunteer created = volunteers.create(an("An", "Peeters", "An.Peeters@Example.BE"));
        volunteers.create(an("Bert", "Peeters", "bert@example.be"));
        assertEquals(Optional.of(created), volunteers.findByEmail(" AN.peeters@example.be "));
        assertEquals(Optional.empty(), volunteers.findByEmail("an@example.be"));
        assertEquals(Optional.empty(), volunteers.findByEmail(null));
    }

    @Test
    void aCreatedVolunteerIsStoredNormalisedWithAllItsDetails() {
        Volunteer created = volunteers.create(an("  An ", "Peeters", "An.Peeters@Example.BE"));
        Volunteer found = volunteers.find(created.id()).orElseThrow();
        assertEquals(created, found);
        assertEquals(1, found.version());
        assertEquals("An", found.data().firstName());
        assertEquals("an.peeters@example.be", found.data().email());
        assertEquals(VolunteerStatus.CANDIDATE, found.data().status());
        assertEquals(Set.of("cooking", "first-aid"), found.data().skills());
        assertEquals(List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(12, 0))),
                found.data().availability());
        assertEquals(Instant.parse("2026-11-01T08:00:00Z"), found.data().consents().get(0).givenAt());
        assertEquals(CLOCK.instant(), found.createdAt());
    }

    @Test
    void aVolunteerReadAgainShowsWhatAnotherNodeChangedWithinTheFreshnessAndThisNodesChangesAtOnce() {
        JdbcVolunteerService otherNode = new JdbcVolunteerService(dataSource, new SkillTaxonomy(null, dataSource),
                events, CLOCK, new RecentVolunteers(JdbcVolunteerService.FRESHNESS, nanos::get), MINIMUM_AGE);
        Volunteer created = volunteers.create(an("An", "Peeters", "an@example.be"));
        assertEquals(created, volunteers.find(created.id()).orElseThrow());

        VolunteerData moved = new VolunteerData("An", "Peeters", "an@example.be", null, null, "3000", null,
                Set.of("fr"), Set.of(), Set.of(), List.of(), Set.of(), Preference.REGULAR, null, List.of(), null);
        Volunteer updated = otherNode.update(created.id(), 1, moved);
        assertEquals(created, volunteers.find(created.id()).orElseThrow(), "within the freshness: as read before");
        nanos.addAndGet(JdbcVolunteerService.FRESHNESS.toNanos());
        Volunteer seen = volunteers.find(created.id()).orElseThrow();
        assertEquals(updated, seen, "after it, the version is checked and the change read");
        assertEquals(Set.of("fr"), seen.data().languages());

        Volunteer local = volunteers.update(created.id(), 2, an("An", "Maes", "an@example.be"));
        assertEquals(local, volunteers.find(created.id()).orElseThrow(), "this node's own change is seen at once");
        volunteers.erase(created.id());
        assertEquals("-", volunteers.find(created.id()).orElseThrow().data().firstName(),
                "nothing of an erased person is answered from memory");
        assertThrows(UnsupportedOperationException.class,
                () -> volunteers.find(created.id()).orElseThrow().data().skills().add("cooking"),
                "a volunteer read is shared by its readers, so nobody can change it");
    }

    @Test
    void aDuplicateEmailInAnyCaseIsAConflictAndStoresNothing() throws Exception {
        volunteers.create(an("An", "Peeters", "an@example.be"));
        DomainException refused = assertThrows(DomainException.class,
                () -> volunteers.create(an("Anna", "Peeters", "AN@example.be")));
        assertEquals(DomainException.Kind.CONFLICT, refused.kind());
        assertEquals("email", refused.field());
        assertEquals(1, count("volunteer"));
        assertEquals(2, count("volunteer_skill"));
    }

    @Test
    void anInvalidVolunteerStoresNothing() throws Exception {
        VolunteerData noPostalCode = an("An", "Peeters", "an@example.be");
        noPostalCode = new VolunteerData(noPostalCode.firstName(), noPostalCode.lastName(), noPostalCode.email(),
                null, null, "99", null, null, null, null, null, null, Preference.REGULAR, null, null, null);
        VolunteerData refused = noPostalCode;
        assertEquals("postalCode", assertThrows(DomainException.class, () -> volunteers.create(refused)).field());
        assertEquals(0, count("volunteer"));
    }

    @Test
    void anUpdateReplacesEverythingAndRaisesTheVersion() {
        Volunteer created = volunteers.create(an("An", "Peeters", "an@example.be"));
        VolunteerData changed = new VolunteerData("An", "Janssens", "an@example.be", null, null, "3510", null,
                Set.of("fr"), Set.of("gardening"), Set.of(), List.of(), Set.of(), Preference.REGULAR,
                VolunteerStatus.ACTIVE, List.of(), null);
        Volunteer updated = volunteers.update(created.id(), 1, changed);
        assertEquals(2, updated.version());
        assertEquals(updated, volunteers.find(created.id()).orElseThrow());
        assertEquals(Set.of("gardening"), updated.data().skills());
        assertEquals(List.of(), updated.data().availability());
        assertEquals(created.createdAt(), updated.createdAt());
    }

    @Test
    void anUpdateBasedOnAnOldVersionIsRefusedAndChangesNothing() {
        Volunteer created = volunteers.create(an("An", "Peeters", "an@example.be"));
        volunteers.update(created.id(), 1, an("An", "Janssens", "an@example.be"));
        DomainException stale = assertThrows(DomainException.class,
                () -> volunteers.update(created.id(), 1, an("An", "Maes", "an@example.be")));
        assertEquals(DomainException.Kind.STALE, stale.kind());
        assertEquals("Janssens", volunteers.find(created.id()).orElseThrow().data().lastName());
    }

    @Test
    void ofTwoConcurrentEditsOfOneVersionExactlyOneWins() throws Exception {
        Volunteer created = volunteers.create(an("An", "Peeters", "an@example.be"));
        ExecutorService pool = Executors.newFixedThreadPool(2);
        CountDownLatch start = new CountDownLatch(1);
        List<Future<Volunteer>> edits = new ArrayList<>();
        for (String lastName : new String[] {"Janssens", "Maes"}) {
            Callable<Volunteer> edit = () -> {
                start.await();
                return volunteers.update(created.id(), 1, an("An", lastName, "an@example.be"));
            };
            edits.add(pool.submit(edit));
        }
        start.countDown();
        int won = 0;
        int stale = 0;
        for (Future<Volunteer> edit : edits) {
            try {
                edit.get();
                won++;
            } catch (java.util.concurrent.ExecutionException e) {
                assertEquals(DomainException.Kind.STALE, ((DomainException) e.getCause()).kind());
                stale++;
            }
        }
        pool.shutdown();
        assertEquals(1, won);
        assertEquals(1, stale);
        assertEquals(2, volunteers.find(created.id()).orElseThrow().version());
    }

    @Test
    void eachCommittedChangeIsAnnouncedWithIdAndVersionOnly() {
        Volunteer created = volunteers.create(an("An", "Peeters", "an@example.be"));
        volunteers.update(created.id(), 1, an("An", "Janssens", "an@example.be"));
        volunteers.deactivate(created.id(), 2);
        assertThrows(DomainException.class, () -> volunteers.create(an("An", "Peeters", "an@example.be")));
        assertThrows(DomainException.class, () -> volunteers.deactivate(created.id(), 1));
        assertEquals(List.of(VolunteerEvents.CREATED, VolunteerEvents.UPDATED, VolunteerEvents.DEACTIVATED),
                posted.stream().map(Event::getTopic).toList());
        Event last = posted.get(2);
        assertEquals(created.id().toString(), last.getProperty(VolunteerEvents.ID));
        assertEquals(3L, last.getProperty(VolunteerEvents.VERSION));
        assertEquals(Set.of(VolunteerEvents.ID, VolunteerEvents.VERSION, "event.topics"),
                Set.of(last.getPropertyNames()));
    }

    /** How many text cells of any table in the database contain the text, in any case. */
    private long cellsContaining(String text) throws Exception {
        long found = 0;
        try (Connection connection = dataSource.getConnection()) {
            List<String[]> columns = new ArrayList<>();
            try (ResultSet column = connection.getMetaData().getColumns(null, connection.getSchema(), "%", "%")) {
                while (column.next()) {
                    if (column.getInt("DATA_TYPE") == java.sql.Types.VARCHAR) {
                        columns.add(new String[] {column.getString("TABLE_NAME"), column.getString("COLUMN_NAME")});
                    }
                }
            }
            for (String[] column : columns) {
                try (java.sql.PreparedStatement query = connection.prepareStatement("SELECT COUNT(*) FROM "
                        + column[0] + " WHERE LOWER(" + column[1] + ") LIKE ?")) {
                    query.setString(1, "%" + text.toLowerCase(java.util.Locale.ROOT) + "%");
                    try (ResultSet row = query.executeQuery()) {
                        row.next();
                        found += row.getLong(1);
                    }
                }
            }
        }
        return found;
    }

    @Test
    void erasureLeavesNoCellThatNamesThePersonAndIsAnnounced() throws Exception {
        Volunteer created = volunteers.create(new VolunteerData("Zelda", "Vanderzande", "zelda@example.be",
                "+32 470 12 34 56", LocalDate.of(1980, 2, 3), "3500", "Godsheide", Set.of("nl"), Set.of("cooking"),
                Set.of("zeilen"), List.of(), Set.of(), Preference.BOTH, null,
                List.of(new Consent("matching", Instant.parse("2026-11-01T08:00:00Z"))), "non-binair"));
        assertEquals("non-binair", volunteers.export(created.id(), new Caller("lies", Set.of("coordinator"))).get("gender"));
        assertTrue(cellsContaining("vanderzande") > 0, "the test must see the name before the erasure");
        volunteers.erase(created.id());
        for (String trace : new String[] {"zelda", "vanderzande", "470 12 34", "godsheide", "zeilen", "non-binair"}) {
            assertEquals(0, cellsContaining(trace), trace);
        }
        Volunteer erased = volunteers.find(created.id()).orElseThrow();
        assertEquals(VolunteerStatus.INACTIVE, erased.data().status());
        assertEquals(null, erased.data().birthDate());
        assertEquals(VolunteerEvents.ERASED, posted.get(posted.size() - 1).getTopic());
    }

    @Test
    void anImportIsAllOrNothingAndListsEveryProblem() throws Exception {
        volunteers.create(an("An", "Peeters", "an@example.be"));
        List<VolunteerData> file = List.of(an("Bo", "Claes", "bo@example.be"), an("Cas", "Maes", "AN@example.be"),
                an("Dirk", "Smet", "bo@example.be"), an("", "Leeg", "leeg@example.be"));
        DomainException refused = assertThrows(DomainException.class, () -> volunteers.importAll(file, stored -> { }));
        assertEquals("invalid_rows", refused.code());
        assertEquals(List.of("2 email duplicate_email", "3 email duplicate_email", "4 firstName required"),
                refused.problems().stream().map(problem -> problem.row() + " " + problem.field() + " " + problem.code())
                        .toList());
        assertEquals(1, count("volunteer"));

        List<Integer> progress = new ArrayList<>();
        List<VolunteerData> many = new ArrayList<>();
        for (int i = 0; i < 1200; i++) {
            many.add(an("Vrijwilliger", "Nummer " + i, "v" + i + "@example.be"));
        }
        assertEquals(1200, volunteers.importAll(many, progress::add));
        assertEquals(List.of(500, 1000, 1200), progress);
        assertEquals(1201, count("volunteer"));
        assertEquals(2 * 1200 + 2, count("volunteer_skill"));
    }

    @Test
    void unknownIdsAreNotFound() {
        UUID nobody = UUID.randomUUID();
        assertTrue(volunteers.find(nobody).isEmpty());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> volunteers.update(nobody, 1, an("An", "Peeters", "an@example.be"))).kind());
        assertEquals(DomainException.Kind.NOT_FOUND,
                assertThrows(DomainException.class, () -> volunteers.deactivate(nobody, 1)).kind());
    }

    @Test
    void deactivatingKeepsEverythingButTheStatus() {
        Volunteer created = volunteers.create(an("An", "Peeters", "an@example.be"));
        Volunteer inactive = volunteers.deactivate(created.id(), 1);
        assertEquals(VolunteerStatus.INACTIVE, inactive.data().status());
        assertEquals(2, inactive.version());
        assertEquals(inactive, volunteers.find(created.id()).orElseThrow());
        assertEquals(created.data().skills(), inactive.data().skills());
    }

    @Test
    void sqlLookingTextIsStoredVerbatimAndHarmless() throws Exception {
        String sly = "Robert'); DROP TABLE volunteer;--";
        Volunteer created = volunteers.create(an("An", sly, "bobby@example.be"));
        assertEquals(sly, volunteers.find(created.id()).orElseThrow().data().lastName());
        assertEquals(1, volunteers.search(query("drop table", null, null, null, null, null, 10, 0)).total());
        assertEquals(1, count("volunteer"));
    }

    private static VolunteerQuery query(String name, String skill, String postalCode, String district,
            VolunteerStatus status, Preference preference, int limit, int offset) {
        return new VolunteerQuery(name, skill, postalCode, district, status, preference, limit, offset);
    }

    @Test
    void searchFiltersOnEveryCriterionAndPages() {
        volunteers.create(an("An", "Peeters", "an@example.be"));
        Volunteer bram = volunteers.create(new VolunteerData("Bram", "Claes", "bram@example.be", null, null, "3510",
                "Kermt", Set.of(), Set.of("gardening"), Set.of(), List.of(), Set.of(), Preference.REGULAR,
                VolunteerStatus.ACTIVE, List.of(), null));
        volunteers.create(an("Cas", "Wouters", "cas@example.be"));
        assertEquals(3, volunteers.search(query(null, null, null, null, null, null, 50, 0)).total());
        assertEquals(List.of(bram), volunteers.search(query("BRAM", null, null, null, null, null, 50, 0)).items());
        assertEquals(List.of(bram), volunteers.search(query("bram claes", null, null, null, null, null, 50, 0)).items());
        assertEquals(List.of(bram), volunteers.search(query(null, "gardening", null, null, null, null, 50, 0)).items());
        assertEquals(List.of(bram), volunteers.search(query(null, null, "3510", null, null, null, 50, 0)).items());
        assertEquals(List.of(bram), volunteers.search(query(null, null, null, "kermt", null, null, 50, 0)).items());
        assertEquals(List.of(bram), volunteers.search(query(null, null, null, null, VolunteerStatus.ACTIVE, null, 50, 0)).items());
        assertEquals(List.of(bram), volunteers.search(query(null, null, null, null, null, Preference.REGULAR, 50, 0)).items());
        assertEquals(0, volunteers.search(query("%", null, null, null, null, null, 50, 0)).total());
        Page<Volunteer> second = volunteers.search(query(null, null, null, null, null, null, 1, 1));
        assertEquals(3, second.total());
        assertEquals("Peeters", second.items().get(0).data().lastName(), "ordered Claes, Peeters, Wouters");
    }

    @Test
    void nameSearchFoldsCaseAndAccentsOnBothSides() throws Exception {
        Volunteer yildiz = volunteers.create(an("Elif", "Yıldız", "elif@example.be"));
        Volunteer dotted = volunteers.create(an("Emre", "Yildız", "emre@example.be"));
        Volunteer peeters = volunteers.create(an("An", "Peeters", "an@example.be"));
        Volunteer soren = volunteers.create(an("Søren", "Łukasz-Straße", "soren@example.be"));
        assertEquals(List.of(dotted, yildiz), volunteers.search(query("yildiz", null, null, null, null, null, 50, 0))
                .items());
        assertEquals(List.of(dotted, yildiz), volunteers.search(query("YILDIZ", null, null, null, null, null, 50, 0))
                .items());
        assertEquals(List.of(yildiz), volunteers.search(query("elif yıldız", null, null, null, null, null, 50, 0))
                .items());
        assertEquals(List.of(peeters), volunteers.search(query("peetérs", null, null, null, null, null, 50, 0))
                .items());
        assertEquals(List.of(soren), volunteers.search(query("soren lukasz-strasse", null, null, null, null, null, 50,
                0)).items());
        // a name changed later is found by its new name only
        Volunteer renamed = volunteers.update(peeters.id(), 1, an("An", "Peetérs-Öztürk", "an@example.be"));
        assertEquals(List.of(renamed), volunteers.search(query("ozturk", null, null, null, null, null, 50, 0))
                .items());
        // an erased volunteer is found by no former name
        volunteers.erase(dotted.id());
        assertEquals(List.of(yildiz), volunteers.search(query("yildiz", null, null, null, null, null, 50, 0))
                .items());
    }

    @Test
    void rowsStoredBeforeTheFoldedColumnAreFilledAtStart() throws Exception {
        Volunteer yildiz = volunteers.create(an("Elif", "Yıldız", "elif@example.be"));
        try (Connection connection = dataSource.getConnection(); Statement statement = connection.createStatement()) {
            statement.executeUpdate("UPDATE volunteer SET name_fold = NULL");
        }
        assertEquals(0, volunteers.search(query("yildiz", null, null, null, null, null, 50, 0)).total());
        JdbcVolunteerService started = new JdbcVolunteerService(dataSource, new SkillTaxonomy(null, dataSource),
                events, CLOCK, new RecentVolunteers(JdbcVolunteerService.FRESHNESS, nanos::get), MINIMUM_AGE);
        assertEquals(List.of(yildiz), started.search(query("yildiz", null, null, null, null, null, 50, 0)).items());
    }
}
