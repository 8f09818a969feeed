package be.pillars.targetgroups.internal.representation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.doAnswer;
import static org.mockito.Mockito.mock;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
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
import be.pillars.api.engagement.EngagementQuery;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.targetgroups.internal.TestConfigurations;

/**
 * What every database must do for the reference population, and the monitor reading core's volunteers and
 * engagements for the report and its trend; run by one subclass per database.
 */
abstract class PopulationContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private final VolunteerService volunteers = mock(VolunteerService.class);
    private final EngagementService engagements = mock(EngagementService.class);
    private final List<Volunteer> stored = new ArrayList<>();
    private final List<Engagement> engaged = new ArrayList<>();
    private PopulationStore population;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        population = new PopulationStore(database(), CLOCK);
        doAnswer(call -> {
            VolunteerQuery query = call.getArgument(0);
            Consumer<Volunteer> each = call.getArgument(1);
            stored.stream().filter(volunteer -> query.status() == null || volunteer.data().status() == query.status())
                    .forEach(each);
            return null;
        }).when(volunteers).forEachMatching(any(), any());
        doAnswer(call -> {
            EngagementQuery query = call.getArgument(0);
            Consumer<Engagement> each = call.getArgument(1);
            engaged.stream().filter(engagement -> engagement.data().status() == query.status()).forEach(each);
            return null;
        }).when(engagements).forEachMatching(any(), any());
    }

    private void volunteer(int bornIn, VolunteerStatus status, String engagedFrom, String engagedUntil,
            EngagementStatus engagement) {
        Volunteer volunteer = new Volunteer(UUID.randomUUID(), 1, new VolunteerData("V", "W", UUID.randomUUID()
                + "@example.be", null, LocalDate.of(bornIn, 6, 1), "3500", null, Set.of(), Set.of(), Set.of(),
                List.of(), Set.of(), Preference.BOTH, status, List.of(), "vrouw"), CLOCK.instant(), CLOCK.instant());
        stored.add(volunteer);
        engaged.add(new Engagement(UUID.randomUUID(), 1, new EngagementData(volunteer.id(), UUID.randomUUID(),
                "onthaal", EngagementKind.REGULAR, LocalDate.parse(engagedFrom), engagedUntil == null ? null
                        : LocalDate.parse(engagedUntil), engagement, "internal"), CLOCK.instant(), CLOCK.instant()));
    }

    @Test
    void anImportReplacesTheYearsPopulationOfTheMunicipalityInOneGo() throws Exception {
        byte[] sample = PopulationFileTest.statbelSample();
        PopulationStore.Import hasselt = population.replace(2025, PopulationFile.read(sample, 2025, "71022"), "karaf");
        population.replace(2025, PopulationFile.read(sample, 2025, "71022"), "karaf");
        population.replace(2024, PopulationFile.read(sample, 2024, "71016"), "karaf");
        assertEquals(List.of(hasselt, new PopulationStore.Import(2024, "71016", "Genk", 48, 864, "karaf",
                CLOCK.instant())), population.imports());
        assertEquals(624, population.cells(hasselt).stream().mapToLong(PopulationCell::people).sum());
        assertEquals(Optional.of(hasselt), population.chosen(null, null));
        assertEquals("71016", population.chosen(2024, null).orElseThrow().refnis());
        assertEquals(Optional.empty(), population.chosen(2024, "71022"));
    }

    @Test
    void theMonitorCountsActiveVolunteersAndFollowsTheirAgesYearByYear() throws Exception {
        RepresentationMonitor monitor = new RepresentationMonitor(population, volunteers, engagements,
                TestConfigurations.pillar(5, 0.8, 4), CLOCK);
        assertEquals("no_population", assertThrows(DomainException.class, () -> monitor.report(null, null)).code());
        population.replace(2025, PopulationFile.read(PopulationFileTest.statbelSample(), 2025, "71022"), "karaf");
        for (int born : new int[] {1990, 1995, 2000, 1960, 1970}) {
            volunteer(born, VolunteerStatus.ACTIVE, "2024-03-01", null, EngagementStatus.ACTIVE);
        }
        for (int born : new int[] {1950, 1955, 1945, 1948, 1952}) {
            volunteer(born, VolunteerStatus.INACTIVE, "2023-01-01", "2024-06-30", EngagementStatus.ENDED);
        }
        Report report = monitor.report(2025, null);
        assertEquals(5, report.activeVolunteers());
        assertEquals(596, report.population(), "the 10-year-olds left out");
        assertEquals(5, report.groups().stream().filter(group -> group.dimension().equals("gender")
                && group.key().equals("F")).findFirst().orElseThrow().volunteers());
        assertEquals(List.of(new TrendYear(2023, 5, 73.0, 0.0, false), new TrendYear(2024, 10, 66.5, 0.3, false),
                new TrendYear(2025, 5, 35.0, 0.4, false), new TrendYear(2026, 5, 36.0, 0.4, false)), report.trend());
        assertEquals("Hasselt", report.municipality());
    }
}
