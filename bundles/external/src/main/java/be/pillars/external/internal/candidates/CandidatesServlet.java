package be.pillars.external.internal.candidates;

import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.validation.Fields;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.external.internal.applications.Application;
import be.pillars.external.internal.applications.ApplicationStatus;
import be.pillars.external.internal.applications.ApplicationStore;
import be.pillars.external.internal.vacancies.VacancyStore;

/**
 * {@code POST /api/external/candidates}: anyone registers as a candidate volunteer, without logging in, with
 * explicit consent, a limited number of times per client address, and may apply for a public vacancy at once
 * ({@code vacancyId}). The answer names nobody: a coach takes it from there. An e-mail address a volunteer
 * already has is answered exactly as a new registration (same status, same body) and changes nothing, not even an
 * application: otherwise this public form would tell anyone who is a volunteer.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("external.candidates")
@HttpWhiteboardServletPattern({"/external/candidates", "/external/candidates/*"})
@HttpWhiteboardServletAsyncSupported
public class CandidatesServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public CandidatesServlet(@Reference RegistrationLimits limits, @Reference VacancyStore vacancies,
            @Reference ApplicationStore applications) {
        post("/", Access.PUBLIC, request -> {
            CandidateRegistration current = limits.registration();
            current.admit(request.servletRequest().getRemoteAddr());
            CandidateInput input = request.body(CandidateInput.class);
            if (input.vacancyId() != null) {
                publicVacancy(vacancies, input.vacancyId());
            }
            Optional<Volunteer> registered = current.register(input);
            LocalizedText thanks = LocalizedText.of("Bedankt! Een vrijwilligerscoach neemt contact met je op.",
                    "Thank you! A volunteer coach will contact you.");
            if (input.vacancyId() != null && registered.isPresent()) {
                try {
                    applications.create(new Application.Input(input.vacancyId(), registered.get().id(),
                            ApplicationStatus.APPLIED, null), Application.SELF);
                } catch (DomainException closedMeanwhile) {
                    // the registration stands: the answer says so rather than refusing what was stored
                    thanks = LocalizedText.of("Bedankt voor je registratie! De vacature werd net afgesloten; een "
                            + "vrijwilligerscoach zoekt samen met je verder.", "Thank you for registering! The vacancy "
                            + "closed just now; a volunteer coach will look further with you.");
                }
            }
            return new ApiResponse(201, Map.of("message", thanks.in(request.locale())));
        });
    }

    /** Checked before anything is stored: a person applies only for a vacancy the public site shows. */
    private static void publicVacancy(VacancyStore vacancies, UUID id) {
        try {
            vacancies.openVacancy(id);
        } catch (DomainException notPublic) {
            throw Fields.invalid("unknown_vacancy", "vacancyId", "Geen open vacature met dit id",
                    "No open vacancy with this id");
        }
    }
}
