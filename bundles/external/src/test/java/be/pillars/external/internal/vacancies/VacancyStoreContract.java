package be.pillars.external.internal.vacancies;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.time.ZoneOffset;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.DomainException;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.skill.Skills;
import be.pillars.api.volunteer.WeeklySlot;

/** What every database must do for vacancies; run by one subclass per database. */
public abstract class VacancyStoreContract {

    static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);
    static final LocalDate TODAY = LocalDate.of(2026, 11, 23);
    /** Hasselt Grote Markt and Genk station: 12.0 km apart as the crow flies (haversine). */
    static final Place HASSELT = new Place(null, null, "3500", 50.9307, 5.3378);
    static final Place GENK = new Place(null, null, "3600", 50.9656, 5.5001);
    static final Set<String> TAXONOMY = Set.of("first-aid", "cooking", "driving", "languages");

    protected final OrganisationService organisations = mock(OrganisationService.class);
    protected final Skills skills = mock(Skills.class);
    protected final UUID foodBank = UUID.randomUUID();
    protected final UUID scouts = UUID.randomUUID();
    protected VacancyStore vacancies;
    private DataSource dataSource;

    protected abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        for (UUID id : List.of(foodBank, scouts)) {
            when(organisations.find(id)).thenReturn(Optional.of(new Organisation(id, 1, new OrganisationData(
                    OrganisationKind.EXTERNAL, id == foodBank ? "Voedselbank" : "Scouts", null, null, null, null, null,
                    null, null), true, CLOCK.instant(), CLOCK.instant())));
        }
        when(skills.unknown(any())).thenAnswer(call -> {
            Set<String> unknown = new LinkedHashSet<>(call.<Collection<String>>getArgument(0));
            unknown.removeAll(TAXONOMY);
            return unknown;
        });
        dataSource = database();
        vacancies = new VacancyStore(dataSource, organisations, skills, CLOCK);
    }

    /** An open one-off vacancy of the food bank in Hasselt, two places. */
    public static VacancyInput input(UUID organisation) {
        return new VacancyInput(organisation, new Text("Soep koken", "Cooking soup"),
                new Text("Help in de keuken van de voedselbank", null), Set.of("cooking"), Set.of("first-aid"),
                Set.of(), HASSELT, Schedule.oneOff(LocalDate.of(2026, 12, 5), LocalTime.of(9, 0), LocalTime.of(13, 0)),
                EngagementKind.OCCASIONAL, 2, VacancyStatus.OPEN, null, null);
    }

    static VacancyInput weekly(UUID organisation, Place place, String title) {
        return new VacancyInput(organisation, new Text(title, null), new Text("Elke week", "Every week"), Set.of(),
                Set.of("driving"), Set.of(), place, Schedule.weekly(List.of(new WeeklySlot(DayOfWeek.TUESDAY,
                        LocalTime.of(14, 0), LocalTime.of(17, 0)), new WeeklySlot(DayOfWeek.SATURDAY,
                                LocalTime.of(9, 0), LocalTime.of(12, 0))), LocalDate.of(2026, 11, 1), null),
                EngagementKind.REGULAR, 3, VacancyStatus.OPEN, null, null);
    }

    public static VacancyInput with(VacancyInput input, Integer wanted, VacancyStatus status, LocalDate publishFrom,
            LocalDate publishUntil) {
        return new VacancyInput(input.organisationId(), input.title(), input.description(), input.mustHaveSkills(),
                input.niceToHaveSkills(), input.languages(), input.place(), input.time(), input.kind(), wanted, status,
                publishFrom, publishUntil);
    }

    @Test
    void aVacancyIsStoredWithEverythingItSays() {
        Vacancy created = vacancies.create(input(foodBank), "kim");
        assertEquals(1, created.version());
        assertEquals(new Text("Soep koken", "Cooking soup"), created.title());
        assertEquals(Set.of("cooking"), created.mustHaveSkills());
        assertEquals(Set.of("first-aid"), created.niceToHaveSkills());
        assertEquals(HASSELT, created.place());
        assertEquals(Schedule.oneOff(LocalDate.of(2026, 12, 5), LocalTime.of(9, 0), LocalTime.of(13, 0)),
                created.time());
        assertEquals(0, created.filled());
        assertEquals("kim", created.createdBy());
        assertEquals(CLOCK.instant(), created.createdAt());
        assertEquals(created, vacancies.vacancy(created.id()));

        Vacancy regular = vacancies.create(weekly(scouts, GENK, "Chauffeur"), "lies");
        assertEquals(regular, vacancies.vacancy(regular.id()));
        assertEquals(2, regular.time().weekly().size());
        assertEquals(List.of(regular), vacancies.list(scouts, null, 50, 0).items());
        assertEquals(2, vacancies.list(null, VacancyStatus.OPEN, 50, 0).total());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> vacancies.vacancy(UUID.randomUUID())).kind());
    }

    static VacancyInput withLanguages(VacancyInput input, Set<String> languages) {
        return new VacancyInput(input.organisationId(), input.title(), input.description(), input.mustHaveSkills(),
                input.niceToHaveSkills(), languages, input.place(), input.time(), input.kind(), input.wanted(),
                input.status(), input.publishFrom(), input.publishUntil());
    }

    static VacancyInput withPlace(VacancyInput input, Place place) {
        return new VacancyInput(input.organisationId(), input.title(), input.description(), input.mustHaveSkills(),
                input.niceToHaveSkills(), input.languages(), place, input.time(), input.kind(), input.wanted(),
                input.status(), input.publishFrom(), input.publishUntil());
    }

    @Test
    void aVacancyAsksLanguagesAndGivesItsStreetAddressToEveryoneWhoSeesIt() {
        Place market = new Place(" Grote Markt ", " 1A ", "3500", 50.9307, 5.3378);
        Vacancy created = vacancies.create(withPlace(withLanguages(input(foodBank), Set.of(" FR", "nl")), market),
                "kim");
        assertEquals(Set.of("fr", "nl"), created.languages());
        assertEquals(new Place("Grote Markt", "1A", "3500", 50.9307, 5.3378), created.place());
        assertEquals(created, vacancies.vacancy(created.id()));
        OpenVacancy seen = vacancies.openVacancy(created.id());
        assertEquals(created.languages(), seen.languages());
        assertEquals(created.place(), seen.place());
        assertEquals(List.of(seen.place()), vacancies.open(everything()).items().stream().map(OpenVacancy::place)
                .toList());
        assertEquals(Set.of("fr", "nl"), OpenVacancies.profile(created).languages());

        Vacancy changed = vacancies.update(created.id(), 1, withPlace(withLanguages(input(foodBank), null),
                HASSELT));
        assertEquals(Set.of(), changed.languages());
        assertEquals(HASSELT, changed.place());
        assertEquals(changed, vacancies.vacancy(created.id()));
        assertEquals(Set.of(), OpenVacancies.profile(changed).languages());
    }

    @Test
    void aDraftIsTheDefaultAndChangesNameTheirVersion() {
        Vacancy draft = vacancies.create(with(input(foodBank), 2, null, null, null), "kim");
        assertEquals(VacancyStatus.DRAFT, draft.status());
        Vacancy opened = vacancies.update(draft.id(), 1, weekly(foodBank, GENK, "Chauffeur"));
        assertEquals(2, opened.version());
        assertEquals(VacancyStatus.OPEN, opened.status());
        assertEquals(Set.of(), opened.mustHaveSkills());
        assertNull(opened.time().date());
        assertEquals(DomainException.Kind.STALE, assertThrows(DomainException.class,
                () -> vacancies.update(draft.id(), 1, input(foodBank))).kind());
        assertEquals("organisationId", assertThrows(DomainException.class,
                () -> vacancies.update(draft.id(), 2, input(scouts))).field());
        assertEquals(opened, vacancies.vacancy(draft.id()));
    }

    @Test
    void badVacanciesAreRefusedNamingTheFieldAndNothingIsStored() {
        VacancyInput good = input(foodBank);
        assertRefused("organisationId", new VacancyInput(UUID.randomUUID(), good.title(), good.description(),
                null, null, null, good.place(), good.time(), good.kind(), 1, null, null, null));
        assertRefused("title.nl", new VacancyInput(foodBank, new Text(" ", "Soup"), good.description(), null, null,
                null, good.place(), good.time(), good.kind(), 1, null, null, null));
        assertRefused("description", new VacancyInput(foodBank, good.title(), null, null, null, null, good.place(),
                good.time(), good.kind(), 1, null, null, null));
        assertRefused("mustHaveSkills", new VacancyInput(foodBank, good.title(), good.description(),
                Set.of("juggling"), null, null, good.place(), good.time(), good.kind(), 1, null, null, null));
        assertRefused("niceToHaveSkills", new VacancyInput(foodBank, good.title(), good.description(),
                Set.of("cooking"), Set.of("cooking"), Set.of(), good.place(), good.time(), good.kind(), 1, null, null,
                null));
        assertRefused("place.postalCode", new VacancyInput(foodBank, good.title(), good.description(), null, null, null,
                new Place(null, null, "350", null, null), good.time(), good.kind(), 1, null, null, null));
        assertRefused("place.longitude", new VacancyInput(foodBank, good.title(), good.description(), null, null, null,
                new Place(null, null, "3500", 50.9, null), good.time(), good.kind(), 1, null, null, null));
        assertRefused("place.latitude", new VacancyInput(foodBank, good.title(), good.description(), null, null, null,
                new Place(null, null, "3500", 91.0, 5.0), good.time(), good.kind(), 1, null, null, null));
        assertRefused("time.to", new VacancyInput(foodBank, good.title(), good.description(), null, null, null,
                good.place(), Schedule.oneOff(TODAY, LocalTime.of(13, 0), LocalTime.of(9, 0)), good.kind(), 1, null,
                null, null));
        assertRefused("time.date", new VacancyInput(foodBank, good.title(), good.description(), null, null, null,
                good.place(), new Schedule(null, null, null, List.of(), null, null), good.kind(), 1, null, null, null));
        assertRefused("time.date", new VacancyInput(foodBank, good.title(), good.description(), null, null, null,
                good.place(), new Schedule(TODAY, LocalTime.of(9, 0), LocalTime.of(10, 0), List.of(new WeeklySlot(
                        DayOfWeek.MONDAY, LocalTime.of(9, 0), LocalTime.of(10, 0))), TODAY, null), good.kind(), 1,
                null, null, null));
        assertRefused("time.weekly[0].day", new VacancyInput(foodBank, good.title(), good.description(), null, null,
                null, good.place(), Schedule.weekly(List.of(new WeeklySlot(null, LocalTime.of(9, 0),
                        LocalTime.of(10, 0))), TODAY, null), good.kind(), 1, null, null, null));
        assertRefused("time.startDate", new VacancyInput(foodBank, good.title(), good.description(), null, null, null,
                good.place(), Schedule.weekly(List.of(new WeeklySlot(DayOfWeek.MONDAY, LocalTime.of(9, 0),
                        LocalTime.of(10, 0))), null, null), good.kind(), 1, null, null, null));
        assertRefused("kind", new VacancyInput(foodBank, good.title(), good.description(), null, null, null,
                good.place(), good.time(), null, 1, null, null, null));
        assertRefused("languages", withLanguages(good, Set.of("nl", "xx")));
        assertRefused("languages", withLanguages(good, Set.of("dutch")));
        assertRefused("languages", withLanguages(good, Set.of("nl", "fr", "en", "de", "es", "it", "pt", "ar", "tr",
                "pl", "ro")));
        assertRefused("place.street", withPlace(good, new Place(null, "12", "3500", null, null)));
        assertRefused("place.street", withPlace(good, new Place("Kerkstraat".repeat(21), "12", "3500", null, null)));
        assertRefused("place.houseNumber", withPlace(good, new Place("Kerkstraat", "12".repeat(9), "3500", null,
                null)));
        assertRefused("wanted", with(good, 0, null, null, null));
        assertRefused("status", with(good, 2, VacancyStatus.FILLED, null, null));
        assertRefused("publishUntil", with(good, 2, VacancyStatus.OPEN, TODAY, TODAY.minusDays(1)));
        assertEquals(0, vacancies.list(null, null, 50, 0).total());
    }

    @Test
    void aOneOffVacancyCannotBeOpenedForADayThatHasPassed() {
        VacancyInput good = input(foodBank);
        VacancyInput yesterday = new VacancyInput(foodBank, good.title(), good.description(), null, null, null,
                good.place(), Schedule.oneOff(TODAY.minusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0)),
                good.kind(), 1, VacancyStatus.OPEN, null, null);
        DomainException refused = assertThrows(DomainException.class, () -> vacancies.create(yesterday, "kim"));
        assertEquals("time.date", refused.field());
        assertEquals("date_passed", refused.code());
        assertEquals(DomainException.Kind.INVALID, refused.kind());
        assertEquals(0, vacancies.list(null, null, 50, 0).total());

        // today still counts; a draft for a past day may be kept, but not opened
        Vacancy today = vacancies.create(new VacancyInput(foodBank, good.title(), good.description(), null, null, null,
                good.place(), Schedule.oneOff(TODAY, LocalTime.of(9, 0), LocalTime.of(10, 0)), good.kind(), 1,
                VacancyStatus.OPEN, null, null), "kim");
        assertEquals(VacancyStatus.OPEN, today.status());
        Vacancy draft = vacancies.create(with(yesterday, 1, VacancyStatus.DRAFT, null, null), "kim");
        assertEquals("time.date", assertThrows(DomainException.class,
                () -> vacancies.update(draft.id(), 1, yesterday)).field());
        // nor moved to a day that has passed
        assertEquals("time.date", assertThrows(DomainException.class,
                () -> vacancies.update(today.id(), 1, yesterday)).field());
        assertEquals(today, vacancies.vacancy(today.id()));
    }

    private void assertRefused(String field, VacancyInput input) {
        DomainException refused = assertThrows(DomainException.class, () -> vacancies.create(input, "kim"));
        assertEquals(field, refused.field(), refused.getMessage());
        assertEquals(DomainException.Kind.INVALID, refused.kind());
    }

    private static OpenQuery everything() {
        return new OpenQuery(null, null, null, null, null, null, null, null, 20, 0);
    }

    @Test
    void onlyOpenVacanciesInsideTheirWindowArePublic() {
        Vacancy open = vacancies.create(input(foodBank), "kim");
        vacancies.create(with(input(foodBank), 2, VacancyStatus.DRAFT, null, null), "kim");
        vacancies.create(with(input(foodBank), 2, VacancyStatus.CLOSED, null, null), "kim");
        vacancies.create(with(input(foodBank), 2, VacancyStatus.OPEN, TODAY.plusDays(1), null), "kim");
        vacancies.create(with(input(foodBank), 2, VacancyStatus.OPEN, null, TODAY.minusDays(1)), "kim");
        Vacancy lastDay = vacancies.create(with(input(foodBank), 2, VacancyStatus.OPEN, TODAY.minusDays(3), TODAY),
                "kim");
        VacancyInput past = input(foodBank);
        // opened two days ago, when its day was still ahead
        new VacancyStore(dataSource, organisations, skills, Clock.offset(CLOCK, Duration.ofDays(-2))).create(
                new VacancyInput(foodBank, past.title(), past.description(), null, null, null, past.place(),
                Schedule.oneOff(TODAY.minusDays(1), LocalTime.of(9, 0), LocalTime.of(10, 0)), past.kind(), 1,
                VacancyStatus.OPEN, null, null), "kim");

        assertEquals(Set.of(open.id(), lastDay.id()), Set.copyOf(vacancies.open(everything()).items().stream()
                .map(OpenVacancy::id).toList()));
        OpenVacancy seen = vacancies.openVacancy(open.id());
        assertEquals("Voedselbank", seen.organisationName());
        assertEquals(2, seen.placesLeft());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> vacancies.openVacancy(vacancies.list(null, VacancyStatus.DRAFT, 1, 0).items().get(0).id()))
                .kind());
    }

    @Test
    void publicSearchFiltersByTextSkillPlaceDateAndKindWithPaging() {
        Vacancy soup = vacancies.create(input(foodBank), "kim");
        Vacancy driver = vacancies.create(weekly(scouts, GENK, "Chauffeur 100% vrijwillig"), "lies");
        Vacancy noCoordinates = vacancies.create(weekly(scouts, new Place(null, null, "3600", null, null),
                "Kampleiding"), "lies");

        assertEquals(List.of(soup.id()), ids(new OpenQuery("COOKING", null, null, null, null, null, null, null, 20, 0)));
        assertEquals(List.of(driver.id()), ids(new OpenQuery("100%", null, null, null, null, null, null, null, 20, 0)));
        assertEquals(List.of(), ids(new OpenQuery("_", null, null, null, null, null, null, null, 20, 0)));
        assertEquals(List.of(soup.id()), ids(new OpenQuery(null, "first-aid", null, null, null, null, null, null, 20,
                0)));
        assertEquals(Set.of(driver.id(), noCoordinates.id()), Set.copyOf(ids(new OpenQuery(null, null, "3600", null,
                null, null, null, null, 20, 0))));
        assertEquals(List.of(soup.id()), ids(new OpenQuery(null, null, null, null, null, null, null,
                EngagementKind.OCCASIONAL, 20, 0)));
        // 5 December 2026 is a Saturday: the soup and the weekly Saturday slots; 8 December a Tuesday
        assertEquals(Set.of(soup.id(), driver.id(), noCoordinates.id()), Set.copyOf(ids(new OpenQuery(null, null,
                null, null, null, null, LocalDate.of(2026, 12, 5), null, 20, 0))));
        assertEquals(Set.of(driver.id(), noCoordinates.id()), Set.copyOf(ids(new OpenQuery(null, null, null, null,
                null, null, LocalDate.of(2026, 12, 8), null, 20, 0))));
        assertEquals(List.of(), ids(new OpenQuery(null, null, null, null, null, null, LocalDate.of(2026, 12, 7), null,
                20, 0)));

        Page2 first = new Page2(vacancies.open(new OpenQuery(null, null, null, null, null, null, null, null, 2, 0)));
        Page2 second = new Page2(vacancies.open(new OpenQuery(null, null, null, null, null, null, null, null, 2, 2)));
        assertEquals(3, first.total);
        assertEquals(2, first.ids.size());
        assertEquals(1, second.ids.size());
        assertTrue(!first.ids.contains(second.ids.get(0)));
    }

    private record Page2(List<UUID> ids, long total) {
        Page2(be.pillars.api.Page<OpenVacancy> page) {
            this(page.items().stream().map(OpenVacancy::id).toList(), page.total());
        }
    }

    private List<UUID> ids(OpenQuery query) {
        return vacancies.open(query).items().stream().map(OpenVacancy::id).toList();
    }

    @Test
    void aSearcherWithAPlaceSeesDistancesNearestFirstAndCanLimitThem() {
        Vacancy hasselt = vacancies.create(input(foodBank), "kim");
        Vacancy genk = vacancies.create(weekly(scouts, GENK, "Chauffeur"), "lies");
        Vacancy unknown = vacancies.create(weekly(scouts, new Place(null, null, "3600", null, null), "Kampleiding"),
                "lies");
        // from Genk station: Genk 0 km, Hasselt 12.0 km, the vacancy without coordinates last
        List<OpenVacancy> found = vacancies.open(new OpenQuery(null, null, null, GENK.latitude(), GENK.longitude(),
                null, null, null, 20, 0)).items();
        assertEquals(List.of(genk.id(), hasselt.id(), unknown.id()), found.stream().map(OpenVacancy::id).toList());
        assertEquals(0.0, found.get(0).distanceKm());
        assertEquals(12.0, found.get(1).distanceKm());
        assertNull(found.get(2).distanceKm());
        assertEquals(List.of(genk.id()), ids(new OpenQuery(null, null, null, GENK.latitude(), GENK.longitude(), 10.0,
                null, null, 20, 0)));
        assertEquals(2, vacancies.open(new OpenQuery(null, null, null, GENK.latitude(), GENK.longitude(), 15.0, null,
                null, 20, 0)).total());
    }
}
