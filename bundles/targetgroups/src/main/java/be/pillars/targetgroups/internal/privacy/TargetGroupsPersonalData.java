package be.pillars.targetgroups.internal.privacy;

import java.time.LocalDate;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.http.Caller;
import be.pillars.api.privacy.PersonalDataProvider;
import be.pillars.targetgroups.internal.TargetGroupsPillar;
import be.pillars.targetgroups.internal.buddies.BuddyStore;
import be.pillars.targetgroups.internal.projects.ProjectStore;

/**
 * A core volunteer's part of this pillar in their GDPR export and erasure: the projects they are engaged in, and
 * the buddy pairs in which they visit someone, with the day and length of each visit (never the person helped:
 * that is someone else's data). Participants and persons helped are not core volunteers: their own export and
 * erasure are routes of the project ({@code .../participants/{id}/export}, {@code .../persons/{id}/export}).
 */
@Component(service = PersonalDataProvider.class)
public class TargetGroupsPersonalData implements PersonalDataProvider {

    /** A pair as its buddy's export shows it. */
    public record BuddyPair(UUID pairId, UUID projectId, LocalDate startedOn, LocalDate endedOn, List<VisitDay> visits) {
    }

    /** A visit as its buddy's export shows it: the note is about the person helped, so it stays out. */
    public record VisitDay(LocalDate date, int minutes) {
    }

    private final ProjectStore projects;
    private final BuddyStore buddies;
    private final TargetGroupsPillar pillar;

    @Activate
    public TargetGroupsPersonalData(@Reference ProjectStore projects, @Reference BuddyStore buddies,
            @Reference TargetGroupsPillar pillar) {
        this.projects = projects;
        this.buddies = buddies;
        this.pillar = pillar;
    }

    @Override
    public String name() {
        return TargetGroupsPillar.ID;
    }

    /** Alike for every requester: it holds nothing about anyone else (see above). */
    @Override
    public Map<String, Object> export(UUID volunteerId, Caller requester) {
        List<ProjectStore.VolunteerProject> engaged = projects.projectsOf(volunteerId);
        List<BuddyPair> pairs = buddies.historyOfVolunteer(volunteerId, pillar.settings().inForce().buddyVisitGapWeeks())
                .stream().map(history -> new BuddyPair(history.pair().id(), history.pair().projectId(),
                        history.pair().startedOn(), history.pair().endedOn(), history.visits().stream()
                                .map(visit -> new VisitDay(visit.date(), visit.minutes())).toList()))
                .toList();
        if (engaged.isEmpty() && pairs.isEmpty()) {
            return Map.of();
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("projects", engaged);
        export.put("buddyPairs", pairs);
        return export;
    }

    /**
     * Takes the volunteer out of every buddy pair (running ones end today; the pairs stay as anonymous history).
     * Which project an engagement belongs to stays: it names the engagement, which core keeps anonymised.
     */
    @Override
    public void erase(UUID volunteerId) {
        buddies.forgetVolunteer(volunteerId);
    }
}
