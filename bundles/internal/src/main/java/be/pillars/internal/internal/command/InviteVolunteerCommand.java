package be.pillars.internal.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import be.pillars.internal.internal.events.EventStore;

/** {@code pillars:internal-event-invite-volunteer <event> <volunteer>}: invites one person to an event. */
@Service
@Command(scope = "pillars", name = "internal-event-invite-volunteer",
        description = "Invites one volunteer to an event / Nodigt een vrijwilliger uit voor een activiteit")
public class InviteVolunteerCommand implements Action {

    @Reference
    EventStore events;

    @Argument(index = 0, name = "event", required = true, description = "The event's id")
    @Completion(EventIdCompleter.class)
    String event;

    @Argument(index = 1, name = "volunteer", required = true, description = "The volunteer's id")
    String volunteer;

    @Override
    public Object execute() {
        ConsoleActor.refusalsPrinted(() -> {
            EventStore.PersonInvited invited = events.inviteOne(ConsoleActor.id("event", event),
                    ConsoleActor.id("volunteer", volunteer));
            System.out.println((invited.added() ? "Invited / Uitgenodigd: " : "Already invited / Al uitgenodigd: ")
                    + invited.invitation().volunteerId());
        });
        return null;
    }
}
