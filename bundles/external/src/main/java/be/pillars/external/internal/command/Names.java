package be.pillars.external.internal.command;

import java.util.HashMap;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;

import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.external.internal.vacancies.VacancyStore;

/**
 * The names the console shows next to ids: a volunteer's name, an organisation's name, a vacancy's (Dutch) title.
 * Each id is looked up once per listing; one that is gone (erased, deleted) or a service that is missing shows
 * {@code ?} rather than failing the list. The commands still pass what this gives through
 * {@link be.pillars.api.validation.Text#printable}, as every other value they print.
 */
final class Names {

    static final String UNKNOWN = "?";

    private final VolunteerService volunteers;
    private final OrganisationService organisations;
    private final VacancyStore vacancies;
    private final Map<UUID, String> seen = new HashMap<>();

    Names(VolunteerService volunteers, OrganisationService organisations, VacancyStore vacancies) {
        this.volunteers = volunteers;
        this.organisations = organisations;
        this.vacancies = vacancies;
    }

    String volunteer(UUID id) {
        return named(id, volunteers == null ? null : key -> volunteers.find(key)
                .map(v -> join(v.data().firstName(), v.data().lastName())));
    }

    String organisation(UUID id) {
        return named(id, organisations == null ? null : key -> organisations.find(key)
                .map(o -> o.data().name()));
    }

    String vacancy(UUID id) {
        return named(id, vacancies == null ? null : key -> vacancies.find(key)
                .map(v -> v.title() == null ? null : v.title().nl()));
    }

    private String named(UUID id, Function<UUID, Optional<String>> lookup) {
        if (id == null || lookup == null) {
            return UNKNOWN;
        }
        return seen.computeIfAbsent(id, key -> {
            try {
                return lookup.apply(key).filter(name -> !name.isBlank()).orElse(UNKNOWN);
            } catch (RuntimeException e) {
                return UNKNOWN;
            }
        });
    }

    private static String join(String first, String last) {
        return ((first == null ? "" : first) + " " + (last == null ? "" : last)).trim();
    }
}
