package be.pillars.internal.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import be.pillars.api.Page;
import be.pillars.api.validation.Text;
import be.pillars.internal.internal.events.EventStore;
import be.pillars.internal.internal.events.VolunteerEvent;

/** {@code pillars:internal-events}: the volunteer events, newest first, with their replies and attendance. */
@Service
@Command(scope = "pillars", name = "internal-events",
        description = "Lists the volunteer events / Toont de vrijwilligersactiviteiten")
public class EventsCommand implements Action {

    private static final int MAX_LIMIT = 200;

    @Reference
    EventStore events;

    @Option(name = "--limit", description = "At most this many (default 50)")
    int limit = 50;

    @Option(name = "--offset", description = "Skip this many")
    int offset;

    @Override
    public Object execute() {
        Page<VolunteerEvent> page = events.list(Math.max(1, Math.min(limit, MAX_LIMIT)),
                Math.max(0, offset));
        String format = "%-36s  %-10s  %-10s  %-30s  %7s  %4s  %4s  %5s  %8s%n";
        System.out.printf(format, "id", "date", "kind", "name", "invited", "yes", "no", "maybe", "attended");
        for (VolunteerEvent event : page.items()) {
            EventStore.Counts counts = events.counts(event.id());
            System.out.printf(format, event.id(), event.date(), event.kind(), Text.printable(event.name()),
                    counts.invited(),
                    counts.yes(), counts.no(), counts.maybe(), counts.attended());
        }
        System.out.println(page.items().size() + " of / van " + page.total());
        return null;
    }
}
