package be.pillars.targetgroups.internal.representation;

import java.time.Clock;
import java.time.LocalDate;
import java.time.Period;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.engagement.EngagementQuery;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.targetgroups.internal.MonitorSettings;
import be.pillars.targetgroups.internal.TargetGroupsPillar;

/**
 * The representation monitor: reads the active volunteers from core (birth date, self-described gender and
 * district, only to count them), the engagements for the trend, and the reference population, and computes the
 * report. Nothing of it is stored.
 */
@Component(service = RepresentationMonitor.class)
public class RepresentationMonitor {

    /** How many years back the trend goes. */
    static final int TREND_YEARS = 10;

    private final PopulationStore population;
    private final VolunteerService volunteers;
    private final EngagementService engagements;
    private final TargetGroupsPillar pillar;
    private final Clock clock;

    @Activate
    public RepresentationMonitor(@Reference PopulationStore population, @Reference VolunteerService volunteers,
            @Reference EngagementService engagements, @Reference TargetGroupsPillar pillar) {
        this(population, volunteers, engagements, pillar, Clock.systemDefaultZone());
    }

    RepresentationMonitor(PopulationStore population, VolunteerService volunteers, EngagementService engagements,
            TargetGroupsPillar pillar, Clock clock) {
        this.population = population;
        this.volunteers = volunteers;
        this.engagements = engagements;
        this.pillar = pillar;
        this.clock = clock;
    }

    /**
     * @param year   the population's reference year, or null for the newest imported
     * @param refnis the municipality, or null for the one imported last for that year
     * @throws DomainException {@code NOT_FOUND} when no population was imported for them
     */
    public Report report(Integer year, String refnis) {
        PopulationStore.Import chosen = population.chosen(year, refnis).orElseThrow(() -> new DomainException(
                DomainException.Kind.NOT_FOUND, "no_population", year == null ? null : "year", LocalizedText.of(
                        "Geen referentiebevolking ingelezen; lees eerst een Statbel-bestand in",
                        "No reference population imported; import a Statbel file first")));
        MonitorSettings settings = pillar.settings().inForce();
        LocalDate today = LocalDate.now(clock);
        List<Profile> active = new ArrayList<>();
        volunteers.forEachMatching(query(VolunteerStatus.ACTIVE), volunteer -> active.add(new Profile(
                volunteer.data().birthDate(), volunteer.data().gender(), volunteer.data().district())));
        return Representation.compute(chosen, population.cells(chosen), active,
                Representation.trend(agesByYear(today), settings.smallGroupThreshold()), settings);
    }

    /** Per year of the last {@value #TREND_YEARS}, the ages of the volunteers with an engagement running in it. */
    private Map<Integer, List<Integer>> agesByYear(LocalDate today) {
        Map<UUID, LocalDate> births = new HashMap<>();
        volunteers.forEachMatching(query(null), volunteer -> {
            if (volunteer.data().birthDate() != null) {
                births.put(volunteer.id(), volunteer.data().birthDate());
            }
        });
        int first = today.getYear() - TREND_YEARS + 1;
        Map<Integer, Set<UUID>> engaged = new TreeMap<>();
        for (EngagementStatus status : List.of(EngagementStatus.ACTIVE, EngagementStatus.ENDED)) {
            engagements.forEachMatching(new EngagementQuery(null, null, null, null, status, EngagementQuery.MAX_LIMIT,
                    0), engagement -> {
                        int from = Math.max(first, engagement.data().startDate().getYear());
                        int to = Math.min(today.getYear(), engagement.data().endDate() == null ? today.getYear()
                                : engagement.data().endDate().getYear());
                        for (int year = from; year <= to; year++) {
                            if (births.containsKey(engagement.data().volunteerId())) {
                                engaged.computeIfAbsent(year, key -> new HashSet<>())
                                        .add(engagement.data().volunteerId());
                            }
                        }
                    });
        }
        Map<Integer, List<Integer>> ages = new TreeMap<>();
        engaged.forEach((year, ids) -> {
            LocalDate end = year == today.getYear() ? today : LocalDate.of(year, 12, 31);
            ages.put(year, ids.stream().map(id -> Period.between(births.get(id), end).getYears()).toList());
        });
        return ages;
    }

    private static VolunteerQuery query(VolunteerStatus status) {
        return new VolunteerQuery(null, null, null, null, status, null, VolunteerQuery.MAX_LIMIT, 0);
    }
}
