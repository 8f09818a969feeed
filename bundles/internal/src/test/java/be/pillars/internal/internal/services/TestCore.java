package be.pillars.internal.internal.services;

import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.engagement.EngagementQuery;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.engagement.Hours;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationQuery;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;

/**
 * Core's services as this pillar's tests need them, answered from lists in memory: organisations, volunteers,
 * engagements and hours. Pages are small (2) so that paging through them is exercised too. Who worked in a period
 * is answered as core's query does: an engagement under way in it (active or ended) or hours registered in it.
 */
public final class TestCore {

    private static final int PAGE = 2;
    private static final Instant CREATED = Instant.parse("2026-01-01T00:00:00Z");

    public final OrganisationService organisations = mock(OrganisationService.class);
    public final EngagementService engagements = mock(EngagementService.class);
    public final VolunteerService volunteers = mock(VolunteerService.class);

    private final List<Organisation> organisationList = new ArrayList<>();
    private final List<Engagement> engagementList = new ArrayList<>();
    private final Map<UUID, Volunteer> volunteerMap = new HashMap<>();
    private final Map<UUID, List<Hours>> hoursMap = new HashMap<>();
    private final Map<String, UUID> members = new HashMap<>();

    public TestCore() {
        when(organisations.find(any())).thenAnswer(call -> organisationList.stream()
                .filter(organisation -> organisation.id().equals(call.getArgument(0))).findFirst());
        when(organisations.search(any())).thenAnswer(call -> {
            OrganisationQuery query = call.getArgument(0);
            return page(organisationList.stream().filter(organisation -> query.kind() == null
                    || organisation.data().kind() == query.kind()).filter(organisation -> query.active() == null
                            || organisation.active() == query.active())
                    .sorted(Comparator.comparing((Organisation organisation) -> organisation.data().name())).toList(),
                    query.offset());
        });
        when(organisations.organisationOf(any())).thenAnswer(call -> Optional.ofNullable(members.get(
                call.getArgument(0))));
        when(engagements.search(any())).thenAnswer(call -> {
            EngagementQuery query = call.getArgument(0);
            return page(engagementList.stream().filter(engagement -> query.organisationId() == null
                    || engagement.data().organisationId().equals(query.organisationId())).toList(), query.offset());
        });
        when(engagements.hours(any())).thenAnswer(call -> hoursMap.getOrDefault(call.getArgument(0), List.of()));
        when(engagements.hoursWorked(any(), any(), any())).thenAnswer(call -> hoursWorked(call.getArgument(0),
                call.getArgument(1), call.getArgument(2)));
        when(volunteers.find(any())).thenAnswer(call -> Optional.ofNullable(volunteerMap.get(call.getArgument(0))));
    }

    private Map<UUID, BigDecimal> hoursWorked(UUID organisation, LocalDate from, LocalDate to) {
        if (to.isBefore(from)) {
            throw DomainException.invalid("invalid_period", "to", LocalizedText.of("Einde voor begin",
                    "End before start"));
        }
        Map<UUID, BigDecimal> worked = new HashMap<>();
        for (Engagement engagement : engagementList) {
            EngagementData data = engagement.data();
            if (!data.organisationId().equals(organisation)) {
                continue;
            }
            List<Hours> inPeriod = hoursMap.getOrDefault(engagement.id(), List.of()).stream()
                    .filter(day -> !day.date().isBefore(from) && !day.date().isAfter(to)).toList();
            boolean underWay = (data.status() == EngagementStatus.ACTIVE || data.status() == EngagementStatus.ENDED)
                    && !data.startDate().isAfter(to) && (data.endDate() == null || !data.endDate().isBefore(from));
            if (underWay || !inPeriod.isEmpty()) {
                worked.merge(data.volunteerId(), inPeriod.stream().map(Hours::hours)
                        .reduce(BigDecimal.ZERO.setScale(2), BigDecimal::add), BigDecimal::add);
            }
        }
        return worked;
    }

    private static <T> Page<T> page(List<T> all, int offset) {
        return new Page<>(all.subList(Math.min(offset, all.size()), Math.min(offset + PAGE, all.size())), all.size(),
                PAGE, offset);
    }

    public UUID service(String name) {
        return organisation(OrganisationKind.MUNICIPAL_SERVICE, name, true);
    }

    public UUID organisation(OrganisationKind kind, String name, boolean active) {
        Organisation organisation = new Organisation(UUID.randomUUID(), 1, new OrganisationData(kind, name, null, null,
                null, null, null, null, null), active, CREATED, CREATED);
        organisationList.add(organisation);
        return organisation.id();
    }

    public void member(String login, UUID organisationId) {
        members.put(login, organisationId);
    }

    public UUID volunteer(String firstName, String lastName, VolunteerStatus status) {
        Volunteer volunteer = new Volunteer(UUID.randomUUID(), 1, new VolunteerData(firstName, lastName,
                (firstName + "." + lastName + "@example.be").toLowerCase(), "011 23 45 67", null, "3500", null,
                Set.of(), Set.of(), Set.of(), List.of(), Set.of(), Preference.REGULAR, status, List.of(), null),
                CREATED, CREATED);
        volunteerMap.put(volunteer.id(), volunteer);
        return volunteer.id();
    }

    public UUID engage(UUID volunteer, UUID organisation, LocalDate start, LocalDate end, EngagementStatus status) {
        Engagement engagement = new Engagement(UUID.randomUUID(), 1, new EngagementData(volunteer, organisation,
                "onthaal", EngagementKind.REGULAR, start, end, status, "internal"), CREATED, CREATED);
        engagementList.add(engagement);
        return engagement.id();
    }

    public void hours(UUID engagement, LocalDate day, String hours) {
        hoursMap.computeIfAbsent(engagement, id -> new ArrayList<>()).add(new Hours(day, new BigDecimal(hours)));
    }

    public ServiceDirectory directory() {
        return new ServiceDirectory(organisations, engagements);
    }
}
