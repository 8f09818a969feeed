package be.pillars.external.internal.vacancies;

import java.util.List;
import java.util.Optional;
import java.util.UUID;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.matching.Coordinates;
import be.pillars.api.matching.VacancyProfile;
import be.pillars.external.internal.matching.VacancySource;

/** The stored vacancies as matching sees them: the open ones to suggest, any one to find candidates for. */
@Component(service = VacancySource.class)
public class OpenVacancies implements VacancySource {

    private final VacancyStore vacancies;

    @Activate
    public OpenVacancies(@Reference VacancyStore vacancies) {
        this.vacancies = vacancies;
    }

    @Override
    public String revision() {
        return vacancies.revision();
    }

    @Override
    public List<VacancyProfile> openVacancies() {
        return vacancies.allOpen().stream().map(OpenVacancies::profile).toList();
    }

    @Override
    public Optional<VacancyProfile> find(UUID id) {
        return vacancies.find(id).map(OpenVacancies::profile);
    }

    /**
     * The languages a vacancy asks weigh in the score ({@code languages}) rather than filter: a volunteer's languages
     * are optional, and one who named none is not left out of every vacancy that asks one. Vacancies name no district:
     * the postal code places them.
     */
    static VacancyProfile profile(Vacancy vacancy) {
        Place place = vacancy.place();
        Schedule time = vacancy.time();
        Coordinates exact = place.latitude() == null ? null : new Coordinates(place.latitude(), place.longitude());
        return new VacancyProfile(vacancy.id(), vacancy.mustHaveSkills(), vacancy.niceToHaveSkills(),
                vacancy.languages(), place.postalCode(), null, exact,
                time.date() == null ? null : new VacancyProfile.OneOff(time.date(), time.from(), time.to()),
                time.date() == null ? new VacancyProfile.Recurring(time.weekly(), time.startDate(), time.endDate())
                        : null, vacancy.kind());
    }
}
