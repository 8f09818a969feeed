package be.pillars.core.internal.command;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Option;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;
import org.apache.karaf.shell.support.table.ShellTable;

import be.pillars.api.Page;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationQuery;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.validation.Text;

/** {@code pillars:organisations}: searches organisations with the criteria of {@code GET /api/organisations}. */
@Service
@Command(scope = "pillars", name = "organisations",
        description = "Lists or searches organisations / Toont of zoekt organisaties")
public class OrganisationsCommand implements Action {

    @Reference
    OrganisationService organisations;

    @Option(name = "--name", description = "Part of the name")
    String name;

    @Option(name = "--kind", description = "MUNICIPAL_SERVICE or EXTERNAL")
    OrganisationKind kind;

    @Option(name = "--postal-code", description = "A postal code, such as 3500")
    String postalCode;

    @Option(name = "--all", description = "Also deactivated organisations")
    boolean all;

    @Option(name = "--limit", description = "At most this many (1-200)")
    int limit = OrganisationQuery.DEFAULT_LIMIT;

    @Option(name = "--offset", description = "Skip this many")
    int offset;

    @Override
    public Object execute() {
        if (!ConsoleOutput.validPaging(limit, OrganisationQuery.MAX_LIMIT, offset)
                || ConsoleOutput.refusedText("--name", name)
                || ConsoleOutput.refusedText("--postal-code", postalCode)) {
            return null;
        }
        Page<Organisation> page = organisations.search(new OrganisationQuery(name, kind, postalCode,
                all ? null : Boolean.TRUE, limit, offset));
        ShellTable table = new ShellTable();
        for (String column : new String[] {"ID", "Name", "Kind", "Postal code", "Municipality", "Active"}) {
            table.column(column);
        }
        for (Organisation organisation : page.items()) {
            table.addRow().addContent(Text.printableAll(organisation.id(), organisation.data().name(),
                    organisation.data().kind(), organisation.data().postalCode(), organisation.data().municipality(),
                    organisation.active()));
        }
        table.print(System.out);
        ConsoleOutput.pageFooter(page);
        return null;
    }
}
