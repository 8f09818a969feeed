package be.pillars.external.internal.channels;

import be.pillars.api.channel.PublishedVacancy;
import be.pillars.external.internal.vacancies.OpenVacancy;
import be.pillars.external.internal.vacancies.Place;
import be.pillars.external.internal.vacancies.Schedule;
import be.pillars.external.internal.vacancies.Text;

/** The public view of a vacancy in the api's terms, the same for the feed and for every channel. */
final class Publications {

    private Publications() {
    }

    static PublishedVacancy of(OpenVacancy vacancy) {
        Place place = vacancy.place();
        Schedule time = vacancy.time();
        return new PublishedVacancy(vacancy.id(), vacancy.version(), vacancy.updatedAt(), vacancy.organisationName(),
                text(vacancy.title()), text(vacancy.description()), vacancy.mustHaveSkills(),
                vacancy.niceToHaveSkills(), new PublishedVacancy.Place(place.postalCode(), place.latitude(),
                        place.longitude()), new PublishedVacancy.Time(time.date(), time.from(), time.to(),
                                time.weekly(), time.startDate(), time.endDate()), vacancy.kind(), vacancy.placesLeft(),
                vacancy.publishUntil());
    }

    private static PublishedVacancy.Text text(Text text) {
        return new PublishedVacancy.Text(text.nl(), text.en());
    }
}
