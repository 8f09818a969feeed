package be.pillars.external.internal.matching;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.mockito.ArgumentMatchers.any;
import static org.mockito.Mockito.mock;
import static org.mockito.Mockito.when;

import java.time.Instant;
import java.time.LocalTime;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.osgi.service.event.Event;

import be.pillars.api.DomainException;
import be.pillars.api.Page;
import be.pillars.api.config.CheckedConfiguration;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.http.ApiException;
import be.pillars.api.matching.Match;
import be.pillars.api.matching.VacancyProfile;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerEvents;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.external.internal.ExternalPillar;

/** The component around the index: loading from core, volunteer events, the vacancy source and its absence. */
class MatchingTest {

    private final Map<UUID, Volunteer> stored = new HashMap<>();
    private final VolunteerService volunteers = mock(VolunteerService.class);
    private Matching matching;

    /** A vacancy source whose revision the test moves, as a change on any node would. */
    private static final class Source implements VacancySource {

        final List<VacancyProfile> open = new ArrayList<>();
        int revision;
        int reads;

        @Override
        public String revision() {
            return Integer.toString(revision);
        }

        @Override
        public List<VacancyProfile> openVacancies() {
            reads++;
            return List.copyOf(open);
        }

        @Override
        public Optional<VacancyProfile> find(UUID id) {
            return open.stream().filter(vacancy -> vacancy.id().equals(id)).findFirst();
        }
    }

    private Volunteer store(String skill, VolunteerStatus status, long version) {
        UUID id = UUID.randomUUID();
        return store(id, skill, status, version);
    }

    private Volunteer store(UUID id, String skill, VolunteerStatus status, long version) {
        Volunteer volunteer = new Volunteer(id, version, new VolunteerData("Vera", "Peeters", id + "@example.be", null,
                null, "9000", null, Set.of("nl"), Set.of(skill), Set.of(), MatchEngineTest.SATURDAY_MORNING, Set.of(),
                Preference.BOTH, status, List.of(), null), Instant.now(), Instant.now());
        stored.put(id, volunteer);
        return volunteer;
    }

    private static VacancyProfile vacancy(String mustHave) {
        return new VacancyProfile(UUID.randomUUID(), Set.of(mustHave), Set.of(), Set.of(), "9000", null, null,
                new VacancyProfile.OneOff(MatchEngineTest.SATURDAY, LocalTime.of(9, 0), LocalTime.of(12, 0)), null,
                EngagementKind.OCCASIONAL);
    }

    private static Set<UUID> volunteerIds(List<Match> matches) {
        return Set.copyOf(matches.stream().map(Match::volunteerId).toList());
    }

    @BeforeEach
    void setUp() {
        ExternalPillar pillar = mock(ExternalPillar.class);
        when(pillar.matching()).thenReturn(new CheckedConfiguration<>("be.pillars.external", MatchEngineTest.WEIGHTS));
        when(volunteers.find(any())).thenAnswer(call -> Optional.ofNullable(stored.get(call.getArgument(0))));
        // two pages of core's search, as a large city would need hundreds
        when(volunteers.search(any())).thenAnswer(call -> {
            VolunteerQuery query = call.getArgument(0);
            List<Volunteer> all = new ArrayList<>(stored.values());
            List<Volunteer> page = all.subList(Math.min(query.offset(), all.size()),
                    Math.min(query.offset() + 2, all.size()));
            return new Page<>(page, all.size(), 2, query.offset());
        });
        matching = new Matching(volunteers, pillar, MatchEngineTest.CODES);
    }

    @Test
    void withoutAVacancySourceMatchingIsUnavailableNotInvented() {
        matching.load();
        ApiException refused = assertThrows(ApiException.class, () -> matching.candidatesFor(UUID.randomUUID(), 20));
        assertEquals(503, refused.status());
        assertEquals("vacancies_unavailable", refused.code());
        Volunteer volunteer = store("cooking", VolunteerStatus.ACTIVE, 1);
        assertEquals(503, assertThrows(ApiException.class,
                () -> matching.vacanciesFor(volunteer.id(), null, 20)).status());
    }

    @Test
    void answersOnlyOnceTheVolunteersAreLoaded() {
        Source source = new Source();
        VacancyProfile kitchen = vacancy("cooking");
        source.open.add(kitchen);
        matching.setVacancySource(source);
        assertEquals("matching_index_loading", assertThrows(ApiException.class,
                () -> matching.candidatesFor(kitchen.id(), 20)).code());
    }

    @Test
    void loadsEveryPageOfActiveAndCandidateVolunteersAndFollowsTheEvents() {
        Volunteer active = store("cooking", VolunteerStatus.ACTIVE, 1);
        Volunteer candidate = store("cooking", VolunteerStatus.CANDIDATE, 1);
        store("cooking", VolunteerStatus.INACTIVE, 1);
        Volunteer other = store("cooking", VolunteerStatus.ACTIVE, 1);
        Volunteer driver = store("driving", VolunteerStatus.ACTIVE, 1);
        Source source = new Source();
        VacancyProfile kitchen = vacancy("cooking");
        source.open.add(kitchen);
        matching.setVacancySource(source);
        matching.load();

        assertEquals(Set.of(active.id(), candidate.id(), other.id()),
                volunteerIds(matching.candidatesFor(kitchen.id(), 20)));

        store(driver.id(), "cooking", VolunteerStatus.ACTIVE, 2);
        matching.handleEvent(new Event(VolunteerEvents.UPDATED, Map.of(VolunteerEvents.ID, driver.id().toString())));
        store(active.id(), "cooking", VolunteerStatus.INACTIVE, 2);
        matching.handleEvent(new Event(VolunteerEvents.DEACTIVATED,
                Map.of(VolunteerEvents.ID, active.id().toString())));
        stored.remove(other.id());
        matching.handleEvent(new Event(VolunteerEvents.ERASED, Map.of(VolunteerEvents.ID, other.id().toString())));
        Volunteer newcomer = store("cooking", VolunteerStatus.CANDIDATE, 1);
        matching.handleEvent(new Event(VolunteerEvents.CREATED,
                Map.of(VolunteerEvents.ID, newcomer.id().toString())));

        assertEquals(Set.of(candidate.id(), driver.id(), newcomer.id()),
                volunteerIds(matching.candidatesFor(kitchen.id(), 20)));
    }

    @Test
    void aReloadSeesWhatOtherNodesChangedWithoutEvents() {
        Volunteer erasedElsewhere = store("cooking", VolunteerStatus.ACTIVE, 1);
        Volunteer staying = store("cooking", VolunteerStatus.ACTIVE, 1);
        Source source = new Source();
        VacancyProfile kitchen = vacancy("cooking");
        source.open.add(kitchen);
        matching.setVacancySource(source);
        matching.load();
        stored.remove(erasedElsewhere.id());
        Volunteer createdElsewhere = store("cooking", VolunteerStatus.CANDIDATE, 1);

        matching.load();

        assertEquals(Set.of(staying.id(), createdElsewhere.id()),
                volunteerIds(matching.candidatesFor(kitchen.id(), 20)));
    }

    @Test
    void rereadsTheOpenVacanciesOnlyWhenTheirRevisionMoves() {
        Volunteer cook = store("cooking", VolunteerStatus.ACTIVE, 1);
        Source source = new Source();
        VacancyProfile kitchen = vacancy("cooking");
        source.open.add(kitchen);
        matching.setVacancySource(source);
        matching.load();

        assertEquals(List.of(kitchen.id()),
                matching.vacanciesFor(cook.id(), null, 5).stream().map(Match::vacancyId).toList());
        matching.vacanciesFor(cook.id(), null, 5);
        assertEquals(1, source.reads);

        VacancyProfile bar = vacancy("cooking");
        source.open.add(bar);
        source.revision++;
        assertEquals(2, matching.vacanciesFor(cook.id(), null, 5).size());
        assertEquals(2, source.reads);
    }

    @Test
    void anUnknownVacancyOrVolunteerIsNotFound() {
        matching.setVacancySource(new Source());
        matching.load();
        assertEquals(DomainException.Kind.NOT_FOUND, assertThrows(DomainException.class,
                () -> matching.candidatesFor(UUID.randomUUID(), 20)).kind());
        assertEquals("volunteer_not_found", assertThrows(DomainException.class,
                () -> matching.vacanciesFor(UUID.randomUUID(), null, 20)).code());
    }
}
