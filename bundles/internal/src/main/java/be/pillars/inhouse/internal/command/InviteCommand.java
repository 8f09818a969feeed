package be.pillars.inhouse.internal.command;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.UUID;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import be.pillars.api.DomainException;
import be.pillars.api.validation.Text;
import be.pillars.inhouse.internal.events.EventStore;

/**
 * {@code pillars:internal-event-invite [--service <id>]... <event>}: invites the active volunteers of the given
 * services, or of all services.
 */
@Service
@Command(scope = "pillars", name = "internal-event-invite",
        description = "Invites volunteers to an event / Nodigt vrijwilligers uit voor een activiteit")
public class InviteCommand implements Action {

    @Reference
    EventStore events;

    @Argument(name = "event", required = true, description = "The event's id")
    @Completion(EventIdCompleter.class)
    String event;

    @Option(name = "--service", multiValued = true, description = "Only this service's volunteers (repeat for more)")
    @Completion(ServiceIdCompleter.class)
    List<String> services;

    @Override
    public Object execute() {
        try {
            List<UUID> ids = new ArrayList<>();
            if (services != null) {
                services.forEach(service -> ids.add(UUID.fromString(service)));
            }
            EventStore.Invited invited = events.invite(UUID.fromString(event), ids);
            System.out.println(invited.invited() + " invited / uitgenodigd, " + invited.alreadyInvited()
                    + " already invited / al uitgenodigd");
        } catch (IllegalArgumentException e) {
            System.err.println("Not an id / Geen id: " + Text.printable(e.getMessage()));
        } catch (DomainException e) {
            System.err.println(Text.printable((e.field() == null ? "" : e.field() + ": ")
                    + e.text().in(Locale.getDefault())));
        }
        return null;
    }
}
