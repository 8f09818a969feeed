package be.pillars.external.internal.ladder;

import java.time.LocalDate;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;

import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.engagement.EngagementStatus;

/**
 * A volunteer's way through engagements of every pillar, as far as the ladder needs it. Cancelled engagements do
 * not count: the volunteer never did that work.
 *
 * @param firstStart        the start of the earliest engagement
 * @param startedOccasional whether an engagement starting that day was occasional
 * @param firstRegular      the start of the earliest regular engagement, or null
 * @param lastOccasional    the start of the latest occasional engagement, or null
 * @param occasionalCount   how many occasional engagements
 * @param regularCount      how many regular engagements
 */
public record VolunteerPath(LocalDate firstStart, boolean startedOccasional, LocalDate firstRegular,
        LocalDate lastOccasional, int occasionalCount, int regularCount) {

    /** Whether the volunteer came in through a one-off engagement: the first one was occasional, none regular then. */
    public boolean oneOffStart() {
        return startedOccasional && (firstRegular == null || firstRegular.isAfter(firstStart));
    }

    /** Whether every engagement so far was occasional: the volunteer is a candidate for the next step. */
    public boolean onlyOccasional() {
        return regularCount == 0;
    }

    /** Whether a one-off starter took a regular engagement within {@code months} after the first one. */
    public boolean tookRegularWithin(int months) {
        return oneOffStart() && firstRegular != null && !firstRegular.isAfter(firstStart.plusMonths(months));
    }

    /** Folds engagements, in any order, into one path per volunteer. */
    public static final class Builder {

        private final Map<UUID, VolunteerPath> paths = new HashMap<>();

        public void add(Engagement engagement) {
            EngagementData data = engagement.data();
            if (data.status() != EngagementStatus.CANCELLED) {
                paths.merge(data.volunteerId(), of(data.kind(), data.startDate()), VolunteerPath::merge);
            }
        }

        public Map<UUID, VolunteerPath> paths() {
            return paths;
        }
    }

    static VolunteerPath of(EngagementKind kind, LocalDate start) {
        boolean occasional = kind == EngagementKind.OCCASIONAL;
        return new VolunteerPath(start, occasional, occasional ? null : start, occasional ? start : null,
                occasional ? 1 : 0, occasional ? 0 : 1);
    }

    private VolunteerPath merge(VolunteerPath other) {
        boolean startedOccasional = firstStart.equals(other.firstStart)
                ? this.startedOccasional || other.startedOccasional
                : firstStart.isBefore(other.firstStart) ? this.startedOccasional : other.startedOccasional;
        return new VolunteerPath(earliest(firstStart, other.firstStart), startedOccasional,
                earliest(firstRegular, other.firstRegular), latest(lastOccasional, other.lastOccasional),
                occasionalCount + other.occasionalCount, regularCount + other.regularCount);
    }

    private static LocalDate earliest(LocalDate one, LocalDate other) {
        return one == null ? other : other == null || one.isBefore(other) ? one : other;
    }

    private static LocalDate latest(LocalDate one, LocalDate other) {
        return one == null ? other : other == null || one.isAfter(other) ? one : other;
    }
}
