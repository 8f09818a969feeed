package be.pillars.targetgroups.internal.projects;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

/**
 * What a coordinator sends to create or replace a project.
 *
 * @param name         required, at most 200 characters
 * @param description  optional, at most 2000 characters
 * @param coordinator  the login that coordinates it; the caller when not given (only an admin names another)
 * @param startDate    required
 * @param endDate      optional, not before the start
 * @param targetGroups one or more codes of the catalogue
 * @param partners     one or more organisations (municipal services or external organisations) of core
 */
public record ProjectInput(String name, String description, String coordinator, LocalDate startDate,
        LocalDate endDate, List<String> targetGroups, List<UUID> partners) {
}
