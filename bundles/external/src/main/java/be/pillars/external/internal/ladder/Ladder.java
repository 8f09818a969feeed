package be.pillars.external.internal.ladder;

import java.time.Clock;
import java.time.LocalDate;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.Page;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.engagement.EngagementQuery;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.matching.Match;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.external.internal.matching.Matching;

/**
 * The engagement ladder: a one-time engagement is a first step toward a bigger one. It finds the volunteers whose
 * engagements (with any pillar) were all occasional and suggests them regular vacancies that fit, and it measures
 * how many take the step. It reads core's engagements and volunteers each time: the figures are never stale.
 */
@Component(service = Ladder.class)
public class Ladder {

    /** Registration days and "today" are the municipality's. */
    public static final ZoneId MUNICIPALITY = ZoneId.of("Europe/Brussels");
    private static final EngagementQuery ALL_ENGAGEMENTS = new EngagementQuery(null, null, null, null, null,
            EngagementQuery.MAX_LIMIT, 0);

    private final EngagementService engagements;
    private final VolunteerService volunteers;
    private final Matching matching;
    private final Clock clock;

    /**
     * A volunteer ready for the next step, with regular vacancies that fit.
     *
     * @param occasionalEngagements how many occasional engagements the volunteer had (none regular)
     * @param lastOccasional        the start of the latest one
     * @param regularVacancies      the best open regular vacancies for the volunteer, best first
     */
    public record Climber(UUID volunteerId, String firstName, String lastName, int occasionalEngagements,
            LocalDate lastOccasional, List<Match> regularVacancies) {
    }

    @Activate
    public Ladder(@Reference EngagementService engagements, @Reference VolunteerService volunteers,
            @Reference Matching matching) {
        this(engagements, volunteers, matching, Clock.system(MUNICIPALITY));
    }

    Ladder(EngagementService engagements, VolunteerService volunteers, Matching matching, Clock clock) {
        this.engagements = engagements;
        this.volunteers = volunteers;
        this.matching = matching;
        this.clock = clock;
    }

    /** The conversion of one-off volunteers and the time from registration to first engagement. */
    public LadderReport report() {
        Map<UUID, VolunteerPath> paths = paths();
        List<LadderReport.Registration> registrations = new ArrayList<>();
        volunteers.forEachMatching(volunteersWith(null), volunteer -> registrations.add(new LadderReport.Registration(
                LocalDate.ofInstant(volunteer.createdAt(), MUNICIPALITY),
                volunteer.data().status() == VolunteerStatus.INACTIVE, paths.get(volunteer.id()))));
        return LadderReport.of(LocalDate.now(clock), paths, registrations);
    }

    /**
     * The volunteers (not inactive) whose engagements were all occasional, most recently engaged first, each with
     * up to {@code suggestions} regular vacancies; a volunteer for whom none fits is listed with none, so that a
     * coach sees the gap.
     */
    public Page<Climber> climbers(int limit, int offset, int suggestions) {
        Set<UUID> inactive = new HashSet<>();
        volunteers.forEachMatching(volunteersWith(VolunteerStatus.INACTIVE), volunteer -> inactive.add(volunteer.id()));
        List<Map.Entry<UUID, VolunteerPath>> ready = paths().entrySet().stream()
                .filter(entry -> entry.getValue().onlyOccasional() && !inactive.contains(entry.getKey()))
                .sorted(Comparator.<Map.Entry<UUID, VolunteerPath>, LocalDate>comparing(
                        entry -> entry.getValue().lastOccasional(), Comparator.reverseOrder())
                        .thenComparing(Map.Entry::getKey))
                .toList();
        List<Climber> page = new ArrayList<>();
        for (Map.Entry<UUID, VolunteerPath> entry : ready.subList(Math.min(offset, ready.size()),
                Math.min(offset + limit, ready.size()))) {
            volunteers.find(entry.getKey()).ifPresent(volunteer -> page.add(climber(volunteer, entry.getValue(),
                    suggestions)));
        }
        return new Page<>(page, ready.size(), limit, offset);
    }

    private Climber climber(Volunteer volunteer, VolunteerPath path, int suggestions) {
        List<Match> regular = suggestions == 0 ? List.of()
                : matching.vacanciesFor(volunteer.id(), EngagementKind.REGULAR, suggestions);
        return new Climber(volunteer.id(), volunteer.data().firstName(), volunteer.data().lastName(),
                path.occasionalCount(), path.lastOccasional(), regular);
    }

    private Map<UUID, VolunteerPath> paths() {
        VolunteerPath.Builder paths = new VolunteerPath.Builder();
        engagements.forEachMatching(ALL_ENGAGEMENTS, paths::add);
        return paths.paths();
    }

    private static VolunteerQuery volunteersWith(VolunteerStatus status) {
        return new VolunteerQuery(null, null, null, null, status, null, VolunteerQuery.MAX_LIMIT, 0);
    }
}
