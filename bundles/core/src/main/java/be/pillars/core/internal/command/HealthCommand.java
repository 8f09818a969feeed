package be.pillars.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.validation.Text;
import be.pillars.core.internal.PlatformHealth;

/** {@code pillars:health}: the same report as {@code GET /api/health}. */
@Service
@Command(scope = "pillars", name = "health",
        description = "Shows the health of core, its services and each pillar / Toont de gezondheid van het platform")
public class HealthCommand implements Action {

    @Reference
    PlatformHealth health;

    @Override
    public Object execute() {
        PlatformHealth.Report report = health.report();
        System.out.println("Pillars: " + report.status());
        ShellTable table = new ShellTable();
        table.column("Check");
        table.column("Essential");
        table.column("State");
        table.column("Detail");
        for (PlatformHealth.Check check : report.checks()) {
            table.addRow().addContent(Text.printableAll(check.name(), check.essential(), check.status(),
                    check.detail().en()));
        }
        table.print(System.out);
        return null;
    }
}
