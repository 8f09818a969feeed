package be.pillars.inhouse.internal.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.IntFunction;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementQuery;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.engagement.Hours;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationQuery;
import be.pillars.api.organisation.OrganisationService;

/**
 * The municipality's services and their internal volunteers, as core knows them: a service is an organisation
 * of kind {@code MUNICIPAL_SERVICE}; its volunteers on a day are those with an engagement there that was
 * {@code ACTIVE} (or has since {@code ENDED}) and whose period includes that day. Planned and cancelled
 * engagements do not count.
 */
@Component(service = ServiceDirectory.class)
public class ServiceDirectory {

    private final OrganisationService organisations;
    private final EngagementService engagements;

    @Activate
    public ServiceDirectory(@Reference OrganisationService organisations, @Reference EngagementService engagements) {
        this.organisations = organisations;
        this.engagements = engagements;
    }

    /** The active municipal services, by name. */
    public List<Organisation> services() {
        return all(offset -> organisations.search(new OrganisationQuery(null, OrganisationKind.MUNICIPAL_SERVICE,
                null, true, OrganisationQuery.MAX_LIMIT, offset)));
    }

    /**
     * @throws DomainException {@code NOT_FOUND} naming {@code field} when no municipal service has this id
     */
    public Organisation service(String field, UUID id) {
        return organisations.find(id).filter(found -> found.data().kind() == OrganisationKind.MUNICIPAL_SERVICE)
                .orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "unknown_service", field,
                        LocalizedText.of("Geen gemeentelijke dienst met id " + id,
                                "No municipal service with id " + id)));
    }

    /** Every engagement at the service, whatever its status. */
    private List<Engagement> engagements(UUID serviceId) {
        return all(offset -> engagements.search(new EngagementQuery(null, serviceId, null, null, null,
                EngagementQuery.MAX_LIMIT, offset)));
    }

    /** Whether an engagement makes its volunteer one of the service's volunteers on that day. */
    static boolean counts(Engagement engagement, LocalDate day) {
        EngagementStatus status = engagement.data().status();
        return (status == EngagementStatus.ACTIVE || status == EngagementStatus.ENDED)
                && !engagement.data().startDate().isAfter(day)
                && (engagement.data().endDate() == null || !engagement.data().endDate().isBefore(day));
    }

    /** The service's volunteers on that day, each once. */
    public List<UUID> volunteersOn(UUID serviceId, LocalDate day) {
        return engagements(serviceId).stream().filter(engagement -> counts(engagement, day))
                .map(engagement -> engagement.data().volunteerId()).distinct().toList();
    }

    /**
     * The volunteers of these services on that day, each once with the first service (in the given order)
     * that counts them.
     */
    public Map<UUID, UUID> volunteersOn(Collection<UUID> serviceIds, LocalDate day) {
        Map<UUID, UUID> serviceOf = new LinkedHashMap<>();
        for (UUID serviceId : serviceIds) {
            volunteersOn(serviceId, day).forEach(volunteer -> serviceOf.putIfAbsent(volunteer, serviceId));
        }
        return serviceOf;
    }

    /** What the service's volunteers did in a calendar year: how many worked there, and their hours. */
    public record Effort(int volunteers, BigDecimal hours) {
    }

    /** Volunteers whose counted engagement overlaps the year, and the hours registered within it. */
    public Effort effort(UUID serviceId, int year) {
        LocalDate first = LocalDate.of(year, 1, 1);
        LocalDate last = LocalDate.of(year, 12, 31);
        BigDecimal hours = BigDecimal.ZERO.setScale(2);
        List<UUID> volunteers = new ArrayList<>();
        for (Engagement engagement : engagements(serviceId)) {
            EngagementStatus status = engagement.data().status();
            boolean overlaps = !engagement.data().startDate().isAfter(last)
                    && (engagement.data().endDate() == null || !engagement.data().endDate().isBefore(first));
            if (overlaps && (status == EngagementStatus.ACTIVE || status == EngagementStatus.ENDED)
                    && !volunteers.contains(engagement.data().volunteerId())) {
                volunteers.add(engagement.data().volunteerId());
            }
            for (Hours day : engagements.hours(engagement.id())) {
                if (day.date().getYear() == year) {
                    hours = hours.add(day.hours());
                }
            }
        }
        return new Effort(volunteers.size(), hours);
    }

    /** Every item of a paged search, page after page. */
    private static <T> List<T> all(IntFunction<Page<T>> pageAt) {
        List<T> all = new ArrayList<>();
        Page<T> page;
        do {
            page = pageAt.apply(all.size());
            all.addAll(page.items());
        } while (all.size() < page.total() && !page.items().isEmpty());
        return all;
    }
}
