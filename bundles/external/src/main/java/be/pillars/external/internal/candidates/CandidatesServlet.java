package be.pillars.external.internal.candidates;

import java.util.Map;
import java.util.UUID;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.DomainException;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.validation.Fields;
import be.pillars.external.internal.vacancies.VacancyStore;

/**
 * {@code POST /api/external/candidates}: anyone registers as a candidate volunteer, without logging in, with
 * explicit consent, a limited number of times per client address (staff at a desk without limit), and may apply for
 * a public vacancy at once ({@code vacancyId}). The answer names nobody: a coach takes it from there. An e-mail
 * address a volunteer already has is answered exactly as a new registration (same status, same body) and changes
 * nothing about that volunteer: otherwise this public form would tell anyone who is a volunteer; the application
 * is made for them all the same. {@code GET /api/external/candidates/form} describes the form, with its age rule.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("external.candidates")
@HttpWhiteboardServletPattern({"/external/candidates", "/external/candidates/*"})
@HttpWhiteboardServletAsyncSupported
public class CandidatesServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public CandidatesServlet(@Reference RegistrationLimits limits, @Reference VacancyStore vacancies) {
        post("/", Access.PUBLIC, request -> {
            CandidateRegistration current = limits.registration();
            current.admit(request.caller(), request.servletRequest().getRemoteAddr());
            CandidateInput input = request.body(CandidateInput.class);
            if (input.vacancyId() != null) {
                publicVacancy(vacancies, input.vacancyId());
            }
            return new ApiResponse(201, Map.of("message", current.register(input).in(request.locale())));
        }).summary("Zich kandidaat-vrijwilliger melden, zonder aan te melden; een coach neemt het over",
                "Register as a candidate volunteer, without logging in; a coach takes it from there")
                .body(CandidateInput.class).answers(201, new TypeReference<Map<String, String>>() { }.getType());
        get("/form", Access.PUBLIC, request -> RegistrationForm.in(request.locale()))
                .summary("Wat het inschrijvingsformulier vraagt, met de toestemming en de leeftijdsregel",
                        "What the registration form asks, with the consent and the age rule")
                .answers(RegistrationForm.class);
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
