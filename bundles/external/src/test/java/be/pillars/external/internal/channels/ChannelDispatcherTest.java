package be.pillars.external.internal.channels;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalTime;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.BooleanSupplier;

import javax.sql.DataSource;

import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import be.pillars.api.Health;
import be.pillars.api.LocalizedText;
import be.pillars.api.channel.VacancyChannel;
import be.pillars.api.channel.VacancyEvent;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.skill.Skills;
import be.pillars.external.internal.storage.ExternalSchemaMigration;
import be.pillars.external.internal.vacancies.Place;
import be.pillars.external.internal.vacancies.Schedule;
import be.pillars.external.internal.vacancies.Text;
import be.pillars.external.internal.vacancies.VacancyInput;
import be.pillars.external.internal.vacancies.VacancyStatus;
import be.pillars.external.internal.vacancies.VacancyStoreTestAccess;
import be.pillars.testing.TestDatabases;

/** The background rounds on a real H2 database, with channels that answer, fail or hang. */
class ChannelDispatcherTest {

    /** A channel that records what it gets, fails while told to, and hangs while told to. */
    private static final class Recorder implements VacancyChannel {
        final List<VacancyEvent> events = new CopyOnWriteArrayList<>();
        final String id;
        volatile boolean hanging;

        Recorder(String id) {
            this.id = id;
        }

        @Override
        public String id() {
            return id;
        }

        @Override
        public LocalizedText name() {
            return LocalizedText.of(id, id);
        }

        @Override
        public void publish(VacancyEvent event) throws InterruptedException {
            if (hanging) {
                Thread.sleep(60_000);
            }
            events.add(event);
        }
    }

    private final UUID organisation = UUID.randomUUID();
    private DataSource dataSource;
    private ChannelDispatcher dispatcher;
    private VacancyStoreTestAccess vacancies;

    @BeforeEach
    void start() throws Exception {
        dataSource = TestDatabases.migratedH2(ExternalSchemaMigration.CHANGELOG);
        OrganisationService organisations = mock(OrganisationService.class);
        when(organisations.find(organisation)).thenReturn(Optional.of(new Organisation(organisation, 1,
                new OrganisationData(OrganisationKind.EXTERNAL, "Scouts", null, null, null, null, null, null, null),
                true, Instant.now(), Instant.now())));
        Skills skills = mock(Skills.class);
        when(skills.unknown(any())).thenReturn(Set.of());
        vacancies = new VacancyStoreTestAccess(dataSource, organisations, skills, Clock.systemDefaultZone());
        dispatcher = new ChannelDispatcher(null, dataSource, organisations, TestSettings.of(1, 1, 2, 1));
    }

    @AfterEach
    void stop() {
        dispatcher.deactivate();
    }

    private static void await(String what, BooleanSupplier condition) throws InterruptedException {
        long deadline = System.nanoTime() + 20_000_000_000L;
        while (!condition.getAsBoolean()) {
            assertTrue(System.nanoTime() < deadline, what + " did not happen within 20 s");
            Thread.sleep(20);
        }
    }

    private UUID openVacancy(String title) {
        return vacancies.store().create(new VacancyInput(organisation, new Text(title, null), new Text("Help", null),
                Set.of(), Set.of(), Set.of(), new Place(null, null, "3600", null, null),
                Schedule.oneOff(LocalDate.now().plusDays(5), LocalTime.of(10, 0), LocalTime.of(12, 0)),
                EngagementKind.OCCASIONAL, 3, VacancyStatus.OPEN, null, null), "kim").id();
    }

    private ChannelStore.ChannelStatus status(String id) {
        return dispatcher.store().channels(dispatcher.registered()).stream().filter(channel -> channel.id().equals(id))
                .findFirst().orElseThrow();
    }

    @Test
    void aRegisteredChannelGetsEachNewVacancyAndAHangingOneIsGivenUpAndShown() throws Exception {
        Recorder site = new Recorder("site");
        Recorder stuck = new Recorder("stuck");
        stuck.hanging = true;
        dispatcher.bindChannel(site);
        dispatcher.bindChannel(stuck);
        UUID vacancy = openVacancy("Kamp");

        await("the opening delivered", () -> site.events.stream().anyMatch(event -> event.vacancy().id()
                .equals(vacancy) && event.type() == VacancyEvent.Type.OPENED));
        assertEquals("Scouts", site.events.get(0).vacancy().organisationName());
        await("the hanging channel given up after two attempts", () -> status("stuck").failed() == 1);
        assertEquals("no answer within 1 s", status("stuck").lastError());
        await("the failure in the health of the next round", () -> dispatcher.health().status()
                == Health.Status.DEGRADED);
        assertTrue(dispatcher.health().detail().en().contains("stuck: 1 failed"), dispatcher.health().detail().en());

        stuck.hanging = false;
        assertEquals(1, dispatcher.store().retry("stuck"));
        dispatcher.wake();
        await("the retried delivery made", () -> stuck.events.size() == 1);
        dispatcher.unbindChannel(site);
        assertEquals(Set.of("stuck"), dispatcher.registered());
        await("healthy again after the next round", () -> dispatcher.health().status() == Health.Status.UP);
    }

    @Test
    void aChannelWithABadOrTakenIdIsIgnored() {
        dispatcher.bindChannel(new Recorder("Not An Id"));
        dispatcher.bindChannel(new Recorder("site"));
        dispatcher.bindChannel(new Recorder("site"));
        assertEquals(Set.of("site"), dispatcher.registered());
    }
}
