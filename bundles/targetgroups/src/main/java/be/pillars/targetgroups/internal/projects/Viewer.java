package be.pillars.targetgroups.internal.projects;

import be.pillars.api.http.Caller;
import be.pillars.api.http.Role;

/**
 * Who looks at a project's people: participants, persons helped and buddy pairs show only to the project's
 * coordinator and to admins.
 *
 * @param login the caller's login, or the console user
 * @param admin whether the caller is an admin
 */
public record Viewer(String login, boolean admin) {

    public static Viewer of(Caller caller) {
        return new Viewer(caller.name(), caller.roles().contains(Role.ADMIN.realmName()));
    }

    /** Whether this viewer may see the people of a project with this coordinator. */
    public boolean coordinates(Project project) {
        return admin || project.coordinator().equals(login);
    }
}
