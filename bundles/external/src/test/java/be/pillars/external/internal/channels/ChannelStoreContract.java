package be.pillars.external.internal.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.LocalizedText;
import be.pillars.api.channel.PublishedVacancy;
import be.pillars.api.channel.VacancyEvent;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.skill.Skills;
import be.pillars.api.storage.Jdbc;
import be.pillars.external.internal.vacancies.OpenVacancy;
import be.pillars.external.internal.vacancies.Place;
import be.pillars.external.internal.vacancies.Schedule;
import be.pillars.external.internal.vacancies.Text;
import be.pillars.external.internal.vacancies.Vacancy;
import be.pillars.external.internal.vacancies.VacancyInput;
import be.pillars.external.internal.vacancies.VacancyStatus;
import be.pillars.external.internal.vacancies.VacancyStore;
import be.pillars.external.internal.vacancies.VacancyStoreTestAccess;
import be.pillars.testing.MovableClock;

/** What every database must do for the channels' outbox; run by one subclass per database. */
public abstract class ChannelStoreContract {

    private static final LocalizedText NAME = LocalizedText.of("Stadssite", "City site");
    private static final Backoff BACKOFF = new Backoff(Duration.ofSeconds(10), Duration.ofMinutes(5));
    private static final Function<Vacancy, PublishedVacancy> VIEW =
            vacancy -> Publications.of(OpenVacancy.of(vacancy, "Voedselbank", null));

    private final MovableClock clock = new MovableClock(Instant.parse("2026-11-23T10:00:00Z"));
    private final UUID organisation = UUID.randomUUID();
    private DataSource dataSource;
    private VacancyStore vacancies;
    private ChannelStore channels;

    protected abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        dataSource = database();
        OrganisationService organisations = mock(OrganisationService.class);
        Skills skills = mock(Skills.class);
        when(skills.unknown(any())).thenReturn(Set.of());
        when(organisations.find(organisation)).thenReturn(Optional.of(new Organisation(organisation, 1,
                new OrganisationData(OrganisationKind.EXTERNAL, "Voedselbank", null, null, null, null, null, null, null),
                true, clock.instant(), clock.instant())));
        vacancies = new VacancyStoreTestAccess(dataSource, organisations, skills, clock).store();
        channels = new ChannelStore(dataSource, clock);
    }

    private VacancyInput input(String title, int wanted, VacancyStatus status, LocalDate publishFrom) {
        return new VacancyInput(organisation, new Text(title, null), new Text("Help mee", null), Set.of("cooking"),
                Set.of(), Set.of(), new Place(null, null, "3500", null, null),
                Schedule.oneOff(LocalDate.of(2026, 12, 5), LocalTime.of(9, 0), LocalTime.of(13, 0)),
                EngagementKind.OCCASIONAL, wanted, status, publishFrom, null);
    }

    private List<ChannelStore.Due> due(String... channelIds) {
        return channels.due(List.of(channelIds), 100);
    }

    private VacancyEvent deliverOnly(String channelId) {
        List<ChannelStore.Due> due = due(channelId);
        assertEquals(1, due.size(), due.toString());
        assertTrue(channels.claim(due.get(0), clock.instant().plusSeconds(60)));
        channels.delivered(due.get(0));
        return ChannelStore.event(due.get(0).payload());
    }

    /** A vacancy of the channel "site", whose opening was delivered and whose change (its title) is announced. */
    private Vacancy openedAndChanged(int wanted) {
        channels.remember("site", NAME);
        Vacancy vacancy = vacancies.create(input("Soep", wanted, VacancyStatus.OPEN, null), "kim");
        channels.reconcile(VIEW, 100);
        deliverOnly("site");
        vacancies.update(vacancy.id(), 1, input("Soep koken", wanted, VacancyStatus.OPEN, null));
        channels.reconcile(VIEW, 100);
        return vacancy;
    }

    @Test
    void aVacancyIsAnnouncedWhenItOpensChangesAndCloses() {
        assertTrue(channels.remember("site", NAME));
        assertFalse(channels.remember("site", NAME));
        Vacancy draft = vacancies.create(input("Soep", 2, VacancyStatus.DRAFT, null), "kim");
        assertEquals(0, channels.reconcile(VIEW, 100), "a draft is nobody's business");

        vacancies.update(draft.id(), 1, input("Soep koken", 2, VacancyStatus.OPEN, null));
        assertEquals(1, channels.reconcile(VIEW, 100));
        assertEquals(0, channels.reconcile(VIEW, 100), "announced once");
        VacancyEvent opened = deliverOnly("site");
        assertEquals(VacancyEvent.Type.OPENED, opened.type());
        assertEquals("Soep koken", opened.vacancy().title().nl());
        assertEquals("Voedselbank", opened.vacancy().organisationName());
        assertEquals(2, opened.vacancy().version());

        vacancies.update(draft.id(), 2, input("Soep koken voor de buurt", 2, VacancyStatus.OPEN, null));
        vacancies.update(draft.id(), 3, input("Soep koken voor de buurt", 2, VacancyStatus.CLOSED, null));
        assertEquals(1, channels.reconcile(VIEW, 100), "two changes seen at once are one event");
        VacancyEvent closed = deliverOnly("site");
        assertEquals(VacancyEvent.Type.CLOSED, closed.type());
        assertEquals(4, closed.vacancy().version());
        assertEquals(List.of(), due("site"));
        assertEquals(0, channels.reconcile(VIEW, 100));
    }

    @Test
    void aChangeOfAPublicVacancyIsAnnouncedAndTheLastPlaceFillsIt() {
        Vacancy vacancy = openedAndChanged(1);
        assertEquals(VacancyEvent.Type.CHANGED, deliverOnly("site").type());
        Jdbc.inTransaction(dataSource, connection -> VacancyStore.takePlace(connection, vacancy.id(), clock.instant()));
        channels.reconcile(VIEW, 100);
        VacancyEvent filled = deliverOnly("site");
        assertEquals(VacancyEvent.Type.FILLED, filled.type());
        assertEquals(0, filled.vacancy().placesLeft());
    }

    @Test
    void thePublicationWindowOpensAndClosesByTheCalendar() {
        channels.remember("site", NAME);
        vacancies.create(input("Later", 1, VacancyStatus.OPEN, LocalDate.of(2026, 11, 25)), "kim");
        assertEquals(0, channels.reconcile(VIEW, 100));
        clock.pass(Duration.ofDays(2));
        assertEquals(1, channels.reconcile(VIEW, 100));
        assertEquals(VacancyEvent.Type.OPENED, deliverOnly("site").type());
        clock.pass(Duration.ofDays(12));
        assertEquals(1, channels.reconcile(VIEW, 100), "past its day of work");
        assertEquals(VacancyEvent.Type.CLOSED, deliverOnly("site").type());
    }

    @Test
    void eventsOfOneVacancyAreDeliveredInOrderAndAFailureWaitsWithBackoff() {
        channels.remember("site", NAME);
        channels.remember("portal", NAME);
        Vacancy vacancy = vacancies.create(input("Soep", 2, VacancyStatus.OPEN, null), "kim");
        channels.reconcile(VIEW, 100);
        vacancies.update(vacancy.id(), 1, input("Soep koken", 2, VacancyStatus.OPEN, null));
        channels.reconcile(VIEW, 100);

        List<ChannelStore.Due> first = due("site");
        assertEquals(1, first.size(), "the change waits for the opening");
        assertEquals(VacancyEvent.Type.OPENED, ChannelStore.event(first.get(0).payload()).type());
        assertEquals(2, due("site", "portal").size(), "each channel has its own");
        assertEquals(List.of(), due("elsewhere"));

        assertTrue(channels.claim(first.get(0), clock.instant().plusSeconds(60)));
        assertFalse(channels.claim(first.get(0), clock.instant().plusSeconds(60)), "taken by one node only");
        assertEquals(List.of(), due("site"), "leased while it is being tried");
        channels.failed(first.get(0), "HTTP 503", 3, BACKOFF);
        assertEquals(List.of(), due("site"));
        clock.pass(Duration.ofSeconds(10));
        ChannelStore.Due second = due("site").get(0);
        assertEquals(1, second.attempts());
        assertTrue(channels.claim(second, clock.instant().plusSeconds(60)));
        channels.failed(second, "HTTP 503", 3, BACKOFF);
        clock.pass(Duration.ofSeconds(19));
        assertEquals(List.of(), due("site"), "the second wait is twice the first");
        clock.pass(Duration.ofSeconds(1));
        ChannelStore.Due third = due("site").get(0);
        assertTrue(channels.claim(third, clock.instant().plusSeconds(60)));
        channels.failed(third, "HTTP 503", 3, BACKOFF);

        ChannelStore.ChannelStatus site = channels.channels(Set.of("site")).stream()
                .filter(channel -> channel.id().equals("site")).findFirst().orElseThrow();
        assertEquals(1, site.failed());
        assertEquals(1, site.pending());
        assertEquals("HTTP 503", site.lastError());
        assertTrue(site.registered());
        ChannelStore.Delivery failed = channels.deliveries("site", ChannelStore.Status.FAILED, 10, 0).items().get(0);
        assertEquals(3, failed.attempts());
        assertNull(failed.nextAttemptAt());
        assertEquals(VacancyEvent.Type.CHANGED, ChannelStore.event(due("site").get(0).payload()).type(),
                "a failed event no longer holds up the next");

        assertEquals(1, channels.retry("site"));
        assertEquals(0, channels.deliveries("site", ChannelStore.Status.FAILED, 10, 0).total());
        assertEquals(VacancyEvent.Type.OPENED, ChannelStore.event(due("site").get(0).payload()).type());
    }

    @Test
    void aChannelSeenForTheFirstTimeStartsWithWhatIsPublicAndAForgottenOneLeavesNothing() {
        Vacancy open = vacancies.create(input("Open", 1, VacancyStatus.OPEN, null), "kim");
        Vacancy closed = vacancies.create(input("Dicht", 1, VacancyStatus.OPEN, null), "kim");
        channels.reconcile(VIEW, 100);
        vacancies.update(open.id(), 1, input("Open en gewijzigd", 1, VacancyStatus.OPEN, null));
        vacancies.update(closed.id(), 1, input("Dicht", 1, VacancyStatus.CLOSED, null));
        channels.reconcile(VIEW, 100);

        assertTrue(channels.remember("giveaday", NAME));
        VacancyEvent first = deliverOnly("giveaday");
        assertEquals(VacancyEvent.Type.CHANGED, first.type());
        assertEquals("Open en gewijzigd", first.vacancy().title().nl());

        vacancies.update(open.id(), 2, input("Open", 1, VacancyStatus.CLOSED, null));
        channels.reconcile(VIEW, 100);
        assertTrue(channels.forget("giveaday"));
        assertFalse(channels.forget("giveaday"));
        assertEquals(List.of(), channels.channels(Set.of()));
        assertEquals(List.of(), due("giveaday"));
    }

    @Test
    void deliveredEventsArePurgedAfterTheirTimeButTheLastOfAVacancyStays() {
        openedAndChanged(2);
        deliverOnly("site");
        clock.pass(Duration.ofDays(31));
        // two deliveries and the first event; the second is the vacancy's last and serves channels added later
        assertEquals(3, channels.purge(clock.instant().minus(Duration.ofDays(30))));
        assertEquals(0, channels.deliveries("site", null, 10, 0).total());
        assertTrue(channels.remember("later", NAME));
        assertEquals("Soep koken", deliverOnly("later").vacancy().title().nl());
    }
}
