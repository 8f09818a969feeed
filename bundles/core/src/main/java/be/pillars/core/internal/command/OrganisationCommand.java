package be.pillars.core.internal.command;

import static be.pillars.core.internal.command.ConsoleOutput.field;

import org.apache.karaf.shell.api.action.Action;
import org.apache.karaf.shell.api.action.Argument;
import org.apache.karaf.shell.api.action.Command;
import org.apache.karaf.shell.api.action.Completion;
import org.apache.karaf.shell.api.action.lifecycle.Reference;
import org.apache.karaf.shell.api.action.lifecycle.Service;

import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationService;

/** {@code pillars:organisation <id>}: everything core holds about one organisation. */
@Service
@Command(scope = "pillars", name = "organisation", description = "Shows one organisation / Toont een organisatie")
public class OrganisationCommand implements Action {

    @Reference
    OrganisationService organisations;

    @Argument(name = "id", required = true, description = "The organisation's id")
    @Completion(OrganisationIdCompleter.class)
    String id;

    @Override
    public Object execute() {
        Organisation organisation = ConsoleOutput.found(id, "organisation", "organisatie", organisations::find).orElse(null);
        if (organisation == null) {
            return null;
        }
        OrganisationData data = organisation.data();
        field("id", organisation.id());
        field("version", organisation.version());
        field("name", data.name());
        field("kind", data.kind());
        field("contactPerson", data.contactPerson());
        field("email", data.email());
        field("phone", data.phone());
        field("street", data.street());
        field("postalCode", data.postalCode());
        field("municipality", data.municipality());
        field("website", data.website());
        field("active", organisation.active());
        field("createdAt", organisation.createdAt());
        field("updatedAt", organisation.updatedAt());
        return null;
    }
}
