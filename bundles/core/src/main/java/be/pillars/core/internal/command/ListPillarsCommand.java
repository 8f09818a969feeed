package be.pillars.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.InstalledPillar;
import be.pillars.api.PillarRegistry;
import be.pillars.api.validation.Text;

/** {@code pillars:list}: the same pillars, in the same order, as {@code GET /api/pillars}. */
@Service
@Command(scope = "pillars", name = "list",
        description = "Lists the installed pillars / Toont de geïnstalleerde pijlers")
public class ListPillarsCommand implements Action {

    @Reference
    PillarRegistry registry;

    @Override
    public Object execute() {
        ShellTable table = new ShellTable();
        table.column("ID");
        table.column("Naam");
        table.column("Name");
        table.column("Version");
        table.column("State");
        for (InstalledPillar pillar : registry.installed()) {
            table.addRow().addContent(Text.printableAll(pillar.id(), pillar.name().nl(), pillar.name().en(),
                    pillar.version(), pillar.state()));
        }
        table.print(System.out);
        return null;
    }
}
