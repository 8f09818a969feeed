package be.pillars.external.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.validation.Text;
import be.pillars.external.internal.channels.ChannelDispatcher;
import be.pillars.external.internal.channels.ChannelStore;

/** {@code pillars:external-channels}: the channels vacancies are published to, with their deliveries counted. */
@Service
@Command(scope = "pillars", name = "external-channels",
        description = "Lists the vacancy channels and their deliveries / Toont de vacaturekanalen en hun bezorgingen")
public class ChannelsCommand implements Action {

    @Reference
    ChannelDispatcher dispatcher;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        for (String column : new String[] {"ID", "Name", "Registered", "Pending", "Failed", "Delivered",
            "Last delivered", "Last error"}) {
            table.column(column);
        }
        for (ChannelStore.ChannelStatus channel : dispatcher.store().channels(dispatcher.registered())) {
            // the last error is what the other platform answered
            table.addRow().addContent(Text.printableAll(channel.id(), channel.name().en(),
                    channel.registered() ? "yes" : "NO", channel.pending(), channel.failed(), channel.delivered(),
                    channel.lastDeliveredAt(), channel.lastError()));
        }
        table.print(System.out);
        return null;
    }
}
