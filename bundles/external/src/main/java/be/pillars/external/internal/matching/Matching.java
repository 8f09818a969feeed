package be.pillars.external.internal.matching;

import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Deactivate;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventConstants;
import org.osgi.service.event.EventHandler;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.Page;
import be.pillars.api.http.ApiException;
import be.pillars.api.matching.Match;
import be.pillars.api.matching.MatchScorer;
import be.pillars.api.matching.VacancyProfile;
import be.pillars.api.matching.VolunteerProfile;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerEvents;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.external.internal.ExternalPillar;

/**
 * Matching in both directions over the {@link MatchEngine} index. Volunteers are loaded from core when the
 * component starts (on its own thread), kept fresh by core's volunteer events, and reloaded every {@value
 * #RELOAD_MINUTES} minutes, since events from other nodes do not reach this one; open vacancies are reloaded
 * from the {@link VacancySource} whenever its revision changes. Inactive volunteers are not suggested.
 */
@Component(service = {Matching.class, EventHandler.class},
        property = EventConstants.EVENT_TOPIC + "=be/pillars/volunteer/*")
public class Matching implements EventHandler {

    private static final Logger LOG = LoggerFactory.getLogger(Matching.class);
    private static final int LOAD_PAGE = VolunteerQuery.MAX_LIMIT;
    static final int RELOAD_MINUTES = 15;

    private final VolunteerService volunteers;
    private final ExternalPillar pillar;
    private final MatchEngine engine;
    private final List<MatchScorer> scorers = new CopyOnWriteArrayList<>();
    private volatile boolean loaded;
    private volatile boolean stopped;
    private volatile VacancySource vacancySource;
    private String indexedRevision;
    private final ScheduledExecutorService loader = Executors.newSingleThreadScheduledExecutor(task -> {
        Thread thread = new Thread(task, "pillars-external-matching-index");
        thread.setDaemon(true);
        return thread;
    });

    @Activate
    public Matching(@Reference VolunteerService volunteers, @Reference ExternalPillar pillar) {
        this(volunteers, pillar, PostalCodes.shipped());
        loader.scheduleWithFixedDelay(this::load, 0, RELOAD_MINUTES, TimeUnit.MINUTES);
    }

    Matching(VolunteerService volunteers, ExternalPillar pillar, PostalCodes postalCodes) {
        this.volunteers = volunteers;
        this.pillar = pillar;
        this.engine = new MatchEngine(postalCodes);
    }

    /** Stops loading at the next page, without an interrupt: that would make embedded H2 close the database. */
    @Deactivate
    void deactivate() {
        stopped = true;
        loader.shutdown();
    }

    @Reference(cardinality = ReferenceCardinality.MULTIPLE, policy = ReferencePolicy.DYNAMIC)
    void addScorer(MatchScorer scorer) {
        scorers.add(scorer);
    }

    void removeScorer(MatchScorer scorer) {
        scorers.remove(scorer);
    }

    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    void setVacancySource(VacancySource source) {
        synchronized (this) {
            indexedRevision = null;
        }
        vacancySource = source;
    }

    void unsetVacancySource(VacancySource source) {
        if (vacancySource == source) {
            vacancySource = null;
        }
    }

    /**
     * Reads every volunteer from core, a page at a time, and forgets those core no longer has. A failed first load
     * leaves the candidates route answering 503 until a later reload succeeds.
     */
    void load() {
        try {
            long since = engine.volunteerChanges();
            Set<UUID> seen = new HashSet<>();
            int offset = 0;
            Page<Volunteer> page;
            do {
                page = volunteers.search(new VolunteerQuery(null, null, null, null, null, null, LOAD_PAGE, offset));
                page.items().forEach(volunteer -> {
                    seen.add(volunteer.id());
                    index(volunteer);
                });
                offset += page.items().size();
            } while (!stopped && !page.items().isEmpty() && offset < page.total());
            engine.forgetUnseen(seen, since);
            LOG.debug("Matching index holds {} volunteers", engine.volunteerCount());
            loaded = true;
        } catch (RuntimeException e) {
            LOG.error("Loading volunteers into the matching index failed; trying again in {} minutes",
                    RELOAD_MINUTES, e);
        }
    }

    private void index(Volunteer volunteer) {
        if (volunteer.data().status() == VolunteerStatus.INACTIVE) {
            engine.removeVolunteer(volunteer.id());
        } else {
            engine.putVolunteer(VolunteerProfile.of(volunteer), volunteer.version());
        }
    }

    @Override
    public void handleEvent(Event event) {
        UUID id = UUID.fromString((String) event.getProperty(VolunteerEvents.ID));
        switch (event.getTopic()) {
            case VolunteerEvents.CREATED, VolunteerEvents.UPDATED, VolunteerEvents.DEACTIVATED ->
                    volunteers.find(id).ifPresentOrElse(this::index, () -> engine.removeVolunteer(id));
            case VolunteerEvents.ERASED -> engine.removeVolunteer(id);
            default -> { }
        }
    }

    /** The best volunteers for a vacancy. */
    public List<Match> candidatesFor(UUID vacancyId, int limit) {
        VacancyProfile vacancy = source().find(vacancyId).orElseThrow(() -> new DomainException(
                DomainException.Kind.NOT_FOUND, "vacancy_not_found", "vacancyId",
                LocalizedText.of("Geen vacature met id " + vacancyId, "No vacancy with id " + vacancyId)));
        awaitLoaded();
        return engine.candidatesFor(vacancy, limit, scoring());
    }

    /** The best open vacancies for a volunteer; only those of kind {@code only} unless it is null. */
    public List<Match> vacanciesFor(UUID volunteerId, EngagementKind only, int limit) {
        VacancySource source = source();
        Volunteer volunteer = volunteers.find(volunteerId).orElseThrow(() -> new DomainException(
                DomainException.Kind.NOT_FOUND, "volunteer_not_found", "volunteerId",
                LocalizedText.of("Geen vrijwilliger met id " + volunteerId, "No volunteer with id " + volunteerId)));
        refreshVacancies(source);
        return engine.vacanciesFor(VolunteerProfile.of(volunteer), only, limit, scoring());
    }

    private synchronized void refreshVacancies(VacancySource source) {
        String revision = source.revision();
        if (!revision.equals(indexedRevision)) {
            engine.replaceVacancies(source.openVacancies());
            indexedRevision = revision;
        }
    }

    private MatchEngine.Scoring scoring() {
        return new MatchEngine.Scoring(pillar.matching().inForce(), scorers);
    }

    private VacancySource source() {
        return Optional.ofNullable(vacancySource).orElseThrow(() -> new ApiException(503, "vacancies_unavailable",
                LocalizedText.of("Vacatures zijn nog niet beschikbaar: er is geen vacaturebron geïnstalleerd",
                        "Vacancies are not available: no vacancy source is installed"), null));
    }

    private void awaitLoaded() {
        if (!loaded) {
            throw new ApiException(503, "matching_index_loading", LocalizedText.of(
                    "De vrijwilligers worden nog ingeladen voor matching; probeer zo opnieuw",
                    "Volunteers are still being loaded for matching; try again shortly"), null);
        }
    }
}
