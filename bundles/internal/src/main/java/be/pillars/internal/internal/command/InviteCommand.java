package be.pillars.internal.internal.command;

import java.util.List;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import be.pillars.internal.internal.events.EventStore;

/**
 * {@code pillars:internal-event-invite [--service <id>]... [--from <day>] [--to <day>] <event>}: invites everyone
 * who worked for the given services, or for all services, during the period (the event's calendar year unless
 * given).
 */
@Service
@Command(scope = "pillars", name = "internal-event-invite",
        description = "Invites the volunteers who worked for services to an event / Nodigt de vrijwilligers die voor "
                + "diensten werkten uit voor een activiteit")
public class InviteCommand implements Action {

    @Reference
    EventStore events;

    @Argument(name = "event", required = true, description = "The event's id")
    @Completion(EventIdCompleter.class)
    String event;

    @Option(name = "--service", multiValued = true, description = "Only this service's volunteers (repeat for more)")
    @Completion(ServiceIdCompleter.class)
    List<String> services;

    @Option(name = "--from", description = "First day whose work counts, such as 2026-01-01 (default: 1 January of "
            + "the event's year)")
    String from;

    @Option(name = "--to", description = "Last day whose work counts, such as 2026-12-31 (default: 31 December of "
            + "the event's year)")
    String to;

    @Override
    public Object execute() {
        ConsoleActor.refusalsPrinted(() -> {
            EventStore.Invited invited = events.invite(ConsoleActor.id("event", event), services == null ? List.of()
                    : services.stream().map(service -> ConsoleActor.id("--service", service)).toList(),
                    ConsoleActor.date("--from", from), ConsoleActor.date("--to", to));
            System.out.println(invited.invited() + " invited / uitgenodigd, " + invited.alreadyInvited()
                    + " already invited / al uitgenodigd (worked / gewerkt " + invited.from() + " .. " + invited.to()
                    + ")");
        });
        return null;
    }
}
