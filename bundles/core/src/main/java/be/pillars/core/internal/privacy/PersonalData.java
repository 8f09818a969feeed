package be.pillars.core.internal.privacy;

import java.time.Clock;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import org.osgi.framework.ServiceReference;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.Caller;
import be.pillars.api.privacy.PersonalDataExport;
import be.pillars.api.privacy.PersonalDataProvider;
import be.pillars.api.volunteer.VolunteerService;

/**
 * A volunteer's GDPR export and erasure across every installed bundle: asks each
 * {@link PersonalDataProvider} registered now. Core's volunteer record is erased last, so that an erasure
 * a pillar failed can be asked again and still finds the volunteer.
 */
@Component(service = PersonalData.class)
public class PersonalData {

    private static final Logger LOG = LoggerFactory.getLogger(PersonalData.class);
    static final String CORE_VOLUNTEERS = "core.volunteers";

    private final VolunteerService volunteers;
    private final Clock clock = Clock.systemUTC();
    private final Map<ServiceReference<PersonalDataProvider>, PersonalDataProvider> providers =
            new ConcurrentHashMap<>();

    @Activate
    public PersonalData(@Reference VolunteerService volunteers) {
        this.volunteers = volunteers;
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addProvider(PersonalDataProvider provider, ServiceReference<PersonalDataProvider> reference) {
        providers.put(reference, provider);
    }

    void removeProvider(PersonalDataProvider provider, ServiceReference<PersonalDataProvider> reference) {
        providers.remove(reference);
    }

    private void requireVolunteer(UUID volunteerId) {
        if (volunteers.find(volunteerId).isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                    "Geen vrijwilliger met id " + volunteerId, "No volunteer with id " + volunteerId));
        }
    }

    /** What every provider holds about the volunteer that the requester may read. */
    public PersonalDataExport export(UUID volunteerId, Caller requester) {
        requireVolunteer(volunteerId);
        Map<String, Map<String, Object>> holders = new TreeMap<>();
        for (PersonalDataProvider provider : List.copyOf(providers.values())) {
            Map<String, Object> part = provider.export(volunteerId, requester);
            if (!part.isEmpty()) {
                holders.put(provider.name(), part);
            }
        }
        return new PersonalDataExport(volunteerId, clock.instant(), holders);
    }

    /** Erases everywhere; returns the providers asked, in the order asked. */
    public List<String> erase(UUID volunteerId) {
        requireVolunteer(volunteerId);
        List<PersonalDataProvider> ordered = new ArrayList<>(providers.values());
        ordered.sort(Comparator.comparing((PersonalDataProvider provider) -> provider.name().equals(CORE_VOLUNTEERS))
                .thenComparing(PersonalDataProvider::name));
        List<String> asked = new ArrayList<>();
        for (PersonalDataProvider provider : ordered) {
            provider.erase(volunteerId);
            asked.add(provider.name());
        }
        LOG.info("Volunteer {} erased by {}", volunteerId, asked);
        return asked;
    }
}
