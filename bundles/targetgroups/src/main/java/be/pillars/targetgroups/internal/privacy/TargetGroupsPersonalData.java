package be.pillars.targetgroups.internal.privacy;

import java.time.LocalDate;
import java.util.ArrayList;
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
import be.pillars.targetgroups.internal.participants.Participant;
import be.pillars.targetgroups.internal.participants.ParticipantStore;
import be.pillars.targetgroups.internal.participants.Proposal;
import be.pillars.targetgroups.internal.participants.VolunteerProposals;
import be.pillars.targetgroups.internal.projects.Project;
import be.pillars.targetgroups.internal.projects.ProjectStore;
import be.pillars.targetgroups.internal.projects.Viewer;

/**
 * A core volunteer's part of this pillar in their GDPR export and erasure: the projects they are engaged in, the
 * buddy pairs in which they visit someone, with the day and length of each visit (never the person helped: that is
 * someone else's data), and the participant record they became a volunteer from, with its proposals and consent.
 * Participants who did not become volunteers and persons helped are no core volunteers: their own export and erasure
 * are routes of the project ({@code .../participants/{id}/export}, {@code .../persons/{id}/export}).
 */
@Component(service = PersonalDataProvider.class)
public class TargetGroupsPersonalData implements PersonalDataProvider {

    /** A pair as its buddy's export shows it. */
    public record BuddyPair(UUID pairId, UUID projectId, LocalDate startedOn, LocalDate endedOn, List<VisitDay> visits) {
    }

    /** A visit as its buddy's export shows it: the note is about the person helped, so it stays out. */
    public record VisitDay(LocalDate date, int minutes) {
    }

    /** The participant record the volunteer came from, with the proposals made to them and their consent. */
    public record ParticipantRecord(Participant participant, String projectName, List<Proposal> proposals) {
    }

    private final ProjectStore projects;
    private final BuddyStore buddies;
    private final ParticipantStore participants;
    private final VolunteerProposals proposals;
    private final TargetGroupsPillar pillar;

    @Activate
    public TargetGroupsPersonalData(@Reference ProjectStore projects, @Reference BuddyStore buddies,
            @Reference ParticipantStore participants, @Reference VolunteerProposals proposals,
            @Reference TargetGroupsPillar pillar) {
        this.projects = projects;
        this.buddies = buddies;
        this.participants = participants;
        this.proposals = proposals;
        this.pillar = pillar;
    }

    @Override
    public String name() {
        return TargetGroupsPillar.ID;
    }

    /**
     * Projects and pairs alike for every requester: they hold nothing about anyone else (see above). A participant
     * record only for its project's coordinator and admins, as everywhere else (it tells the project's target group
     * the person belongs to); for other requesters it stays out and {@code participantsWithheld} counts it.
     */
    @Override
    public Map<String, Object> export(UUID volunteerId, Caller requester) {
        List<ProjectStore.VolunteerProject> engaged = projects.projectsOf(volunteerId);
        List<BuddyPair> pairs = buddies.historyOfVolunteer(volunteerId, pillar.settings().inForce().buddyVisitGapWeeks())
                .stream().map(history -> new BuddyPair(history.pair().id(), history.pair().projectId(),
                        history.pair().startedOn(), history.pair().endedOn(), history.visits().stream()
                                .map(visit -> new VisitDay(visit.date(), visit.minutes())).toList()))
                .toList();
        List<Participant> linked = participants.linkedTo(volunteerId);
        if (engaged.isEmpty() && pairs.isEmpty() && linked.isEmpty()) {
            return Map.of();
        }
        Viewer viewer = Viewer.of(requester);
        List<ParticipantRecord> records = new ArrayList<>();
        for (Participant participant : linked) {
            Project project = projects.require(participant.projectId());
            if (viewer.coordinates(project)) {
                records.add(new ParticipantRecord(participant, project.name(), proposals.history(participant.id())));
            }
        }
        Map<String, Object> export = new LinkedHashMap<>();
        export.put("projects", engaged);
        export.put("buddyPairs", pairs);
        export.put("participants", records);
        if (records.size() < linked.size()) {
            export.put("participantsWithheld", linked.size() - records.size());
        }
        return export;
    }

    /**
     * Takes the volunteer out of every buddy pair (running ones end today; the pairs stay as anonymous history) and
     * deletes the participant record they came from, with its proposals. Which project an engagement belongs to
     * stays: it names the engagement, which core keeps anonymised.
     */
    @Override
    public void erase(UUID volunteerId) {
        buddies.forgetVolunteer(volunteerId);
        participants.forgetVolunteer(volunteerId);
    }
}
