package org.example.neighbourhood;

import org.osgi.service.component.annotations.Component;

import be.pillars.api.LocalizedText;
import be.pillars.api.matching.MatchScorer;
import be.pillars.api.matching.VacancyProfile;
import be.pillars.api.matching.VolunteerProfile;

/**
 * Neighbourhood work wants neighbours: a volunteer who lives in the district where the work is scores 1, others 0.
 * Registered as a {@link MatchScorer} service, the external pillar weighs it with the weight configured for
 * {@value #ID} in {@code etc/be.pillars.external.cfg} ({@code scorerWeights = same-district=0.2}), or with
 * {@code weightOtherScorers} when none is.
 */
@Component(service = MatchScorer.class)
public class SameDistrictScorer implements MatchScorer {

    static final String ID = "same-district";

    @Override
    public String id() {
        return ID;
    }

    @Override
    public double score(VolunteerProfile volunteer, VacancyProfile vacancy) {
        return sameDistrict(volunteer, vacancy) ? 1 : 0;
    }

    @Override
    public LocalizedText reason(VolunteerProfile volunteer, VacancyProfile vacancy, double score) {
        if (vacancy.district() == null) {
            return LocalizedText.of("De vacature noemt geen wijk", "The vacancy names no district");
        }
        return sameDistrict(volunteer, vacancy)
                ? LocalizedText.of("Woont in de wijk " + vacancy.district(),
                        "Lives in the district " + vacancy.district())
                : LocalizedText.of("Woont niet in de wijk " + vacancy.district(),
                        "Does not live in the district " + vacancy.district());
    }

    private static boolean sameDistrict(VolunteerProfile volunteer, VacancyProfile vacancy) {
        return vacancy.district() != null && vacancy.district().equalsIgnoreCase(volunteer.district());
    }
}
