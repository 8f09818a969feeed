package be.pillars.targetgroups.internal.projects;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;

/** The check before anything about a project's people is shown or changed: only its coordinator and admins. */
public final class ProjectAccess {

    private ProjectAccess() {
    }

    /**
     * The project of the path's {@code projectId}, when the caller coordinates it (or is an admin).
     *
     * @throws ApiException 403 for anyone else
     */
    public static Project coordinated(ProjectStore projects, ApiRequest request) {
        Project project = projects.require(request.pathId("projectId"));
        if (!Viewer.of(request.caller()).coordinates(project)) {
            throw new ApiException(403, "not_project_coordinator", LocalizedText.of(
                    "Alleen de coördinator van dit project en beheerders zien de mensen ervan",
                    "Only this project's coordinator and admins see its people"), "projectId");
        }
        return project;
    }
}
