package be.pillars.internal.internal.services;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
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
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationQuery;
import be.pillars.api.organisation.OrganisationService;

/**
 * The municipality's services and their internal volunteers, as core knows them: a service is an organisation
 * of kind {@code MUNICIPAL_SERVICE}; its volunteers on a day are those with an engagement there that was
 * {@code ACTIVE} (or has since {@code ENDED}) and whose period includes that day. Planned and cancelled
 * engagements do not count. Who worked for a service during a period is core's answer
 * ({@link EngagementService#hoursWorked}), which also counts occasional volunteers whose engagement has ended.
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
        return firstServiceOf(serviceIds, serviceId -> volunteersOn(serviceId, day));
    }

    /** Who worked for the service from {@code from} to {@code to} (both included), each once, with their hours. */
    public Map<UUID, BigDecimal> worked(UUID serviceId, LocalDate from, LocalDate to) {
        return engagements.hoursWorked(serviceId, from, to);
    }

    /**
     * The volunteers who worked for these services in the period, each once with the first service (in the given
     * order) they worked for.
     */
    public Map<UUID, UUID> workedFor(Collection<UUID> serviceIds, LocalDate from, LocalDate to) {
        return firstServiceOf(serviceIds, serviceId -> worked(serviceId, from, to).keySet());
    }

    private static Map<UUID, UUID> firstServiceOf(Collection<UUID> serviceIds,
            Function<UUID, Collection<UUID>> volunteersOf) {
        Map<UUID, UUID> serviceOf = new LinkedHashMap<>();
        for (UUID serviceId : serviceIds) {
            volunteersOf.apply(serviceId).forEach(volunteer -> serviceOf.putIfAbsent(volunteer, serviceId));
        }
        return serviceOf;
    }

    /** What the service's volunteers did in a calendar year: how many worked there, and their hours. */
    public record Effort(int volunteers, BigDecimal hours) {
    }

    /** Who worked for the service in the year, and the hours registered within it. */
    public Effort effort(UUID serviceId, int year) {
        Map<UUID, BigDecimal> worked = worked(serviceId, LocalDate.of(year, 1, 1), LocalDate.of(year, 12, 31));
        return new Effort(worked.size(), worked.values().stream().reduce(BigDecimal.ZERO.setScale(2),
                BigDecimal::add));
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
