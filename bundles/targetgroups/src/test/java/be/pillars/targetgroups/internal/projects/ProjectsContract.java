package be.pillars.targetgroups.internal.projects;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.never;
import static org.mockito.Mockito.verify;
import static org.mockito.Mockito.when;

import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.Comparator;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.mockito.ArgumentCaptor;

import be.pillars.api.DomainException;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationService;

/** What every database must do for projects and their volunteers; run by one subclass per database. */
abstract class ProjectsContract {

    private static final Clock CLOCK = Clock.fixed(Instant.parse("2026-11-23T10:00:00Z"), ZoneOffset.UTC);

    private final OrganisationService organisations = mock(OrganisationService.class);
    private final EngagementService engagements = mock(EngagementService.class);
    private final UUID ocmw = UUID.randomUUID();
    private final UUID foodBank = UUID.randomUUID();
    private final UUID library = UUID.randomUUID();
    private ProjectStore projects;

    abstract DataSource database() throws Exception;

    @BeforeEach
    void freshDatabase() throws Exception {
        projects = new ProjectStore(database(), organisations, engagements, CLOCK);
        when(organisations.find(any())).thenAnswer(call -> List.of(ocmw, foodBank, library).contains(
                call.<UUID>getArgument(0)) ? Optional.of(new Organisation(call.getArgument(0), 1, new OrganisationData(
                        OrganisationKind.EXTERNAL, "x", null, null, null, null, null, null, null), true, CLOCK.instant(),
                        CLOCK.instant())) : Optional.empty());
    }

    private ProjectInput soup(List<String> groups, List<UUID> partners) {
        return new ProjectInput(" Soepbar ", "Warme soep en een babbel", null, LocalDate.of(2026, 1, 1), null, groups,
                partners);
    }

    @Test
    void aProjectHasTargetGroupsPartnersACoordinatorAndAPeriod() {
        Project created = projects.create(soup(List.of("poverty", "loneliness", "poverty"), List.of(ocmw, foodBank)),
                "lies", "karaf");
        assertEquals("Soepbar", created.name());
        assertEquals("lies", created.coordinator());
        assertEquals(List.of("loneliness", "poverty"), created.targetGroups());
        assertEquals(List.of(ocmw, foodBank).stream().sorted(Comparator.comparing(UUID::toString)).toList(),
                created.partners());
        assertEquals("karaf", created.createdBy());
        assertEquals(CLOCK.instant(), created.createdAt());
        assertEquals(0, created.volunteers() + created.participants() + created.activePairs());

        Project changed = projects.update(created.id(), new ProjectInput("Soepbar Kiewit", null, null,
                LocalDate.of(2026, 2, 1), LocalDate.of(2026, 12, 31), List.of("poverty"), List.of(library)), "jan");
        assertEquals(List.of("poverty"), changed.targetGroups());
        assertEquals(List.of(library), changed.partners());
        assertEquals("jan", changed.coordinator());
        assertEquals(LocalDate.of(2026, 12, 31), changed.endDate());
    }

    @Test
    void aProjectWithAnUnknownGroupOrPartnerOrAnEndBeforeItsStartIsRefusedAndNothingIsStored() {
        assertEquals("targetGroups", assertThrows(DomainException.class,
                () -> projects.create(soup(List.of("poverty", "hunger"), List.of(ocmw)), "lies", "lies")).field());
        assertEquals("targetGroups", assertThrows(DomainException.class,
                () -> projects.create(soup(List.of(), List.of(ocmw)), "lies", "lies")).field());
        assertEquals("partners[1]", assertThrows(DomainException.class, () -> projects.create(
                soup(List.of("poverty"), List.of(ocmw, UUID.randomUUID())), "lies", "lies")).field());
        assertEquals("partners", assertThrows(DomainException.class, () -> projects.create(
                soup(List.of("poverty"), null), "lies", "lies")).field());
        assertEquals("endDate", assertThrows(DomainException.class, () -> projects.create(new ProjectInput("Soep",
                null, null, LocalDate.of(2026, 5, 1), LocalDate.of(2026, 4, 30), List.of("poverty"), List.of(ocmw)),
                "lies", "lies")).field());
        assertEquals("name", assertThrows(DomainException.class, () -> projects.create(new ProjectInput(" ", null,
                null, LocalDate.of(2026, 5, 1), null, List.of("poverty"), List.of(ocmw)), "lies", "lies")).field());
        assertEquals(0, projects.list(null, 50, 0).total());
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> projects.require(UUID.randomUUID())).kind());
    }

    @Test
    void projectsAreListedNewestFirstForEveryoneOrForOneCoordinator() {
        projects.create(soup(List.of("poverty"), List.of(ocmw)), "lies", "lies");
        Project later = projects.create(new ProjectInput("Buddywerking", null, null, LocalDate.of(2026, 6, 1), null,
                List.of("loneliness"), List.of(ocmw)), "jan", "karaf");
        assertEquals(2, projects.list(null, 50, 0).total());
        assertEquals(later.id(), projects.list(null, 1, 0).items().get(0).id());
        assertEquals(List.of(later.id()), projects.list("jan", 50, 0).items().stream().map(Project::id).toList());
    }

    @Test
    void aVolunteerIsEngagedAsACoreEngagementOwnedByThisPillarWithOneOfThePartners() {
        Project project = projects.create(soup(List.of("poverty"), List.of(ocmw, foodBank)), "lies", "lies");
        UUID volunteer = UUID.randomUUID();
        ArgumentCaptor<EngagementData> sent = ArgumentCaptor.forClass(EngagementData.class);
        when(engagements.create(sent.capture())).thenAnswer(call -> new Engagement(UUID.randomUUID(), 1,
                call.getArgument(0), CLOCK.instant(), CLOCK.instant()));
        Engagement engagement = projects.engage(project.id(), new EngagementInput(volunteer, foodBank, "soep scheppen",
                EngagementKind.REGULAR, LocalDate.of(2026, 3, 1), null));
        assertEquals(new EngagementData(volunteer, foodBank, "soep scheppen", EngagementKind.REGULAR,
                LocalDate.of(2026, 3, 1), null, EngagementStatus.ACTIVE, "targetgroups"), sent.getValue());
        when(engagements.find(engagement.id())).thenReturn(Optional.of(engagement));
        assertEquals(List.of(engagement), projects.engagements(project.id()));
        assertEquals(1, projects.require(project.id()).volunteers());
        assertEquals(List.of(new ProjectStore.VolunteerProject(project.id(), "Soepbar", engagement.id())),
                projects.projectsOf(volunteer));

        projects.engage(project.id(), new EngagementInput(volunteer, foodBank, "soep", EngagementKind.OCCASIONAL,
                LocalDate.of(2027, 1, 1), null));
        assertEquals(EngagementStatus.PLANNED, sent.getValue().status());
    }

    @Test
    void onlyThePartnersOfTheProjectTakeItsVolunteers() {
        Project project = projects.create(soup(List.of("poverty"), List.of(ocmw)), "lies", "lies");
        DomainException refused = assertThrows(DomainException.class, () -> projects.engage(project.id(),
                new EngagementInput(UUID.randomUUID(), library, "soep", EngagementKind.REGULAR,
                        LocalDate.of(2026, 3, 1), null)));
        assertEquals("organisationId", refused.field());
        verify(engagements, never()).create(any());
        assertEquals(0, projects.require(project.id()).volunteers());
    }
}
