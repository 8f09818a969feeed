package be.pillars.external.internal.vacancies;

import java.sql.Connection;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.skill.Skills;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.validation.Fields;
import be.pillars.external.internal.storage.ExternalSchemaMigration;

/**
 * The vacancies of organisations. A vacancy is public (see {@link #open}) while it is {@code OPEN}, inside its
 * publication window and not yet past its last day of work. The rows in SQL are {@link VacancyRows}' and the
 * checks of a vacancy {@link VacancyRules}'; this component decides what is written, in which transaction.
 */
@Component(service = VacancyStore.class)
public class VacancyStore {

    /**
     * True when vacancy {@code v} is public: open, inside the publication window and not past, with four times
     * today as parameters (the SQL of {@link #isPublic}).
     */
    public static final String PUBLIC_ON = "v.status = 'OPEN' AND (v.publish_from IS NULL OR "
            + "v.publish_from <= ?) AND (v.publish_until IS NULL OR v.publish_until >= ?) AND (v.one_off_date IS "
            + "NULL OR v.one_off_date >= ?) AND (v.period_end IS NULL OR v.period_end >= ?)";

    private final DataSource dataSource;
    private final OrganisationService organisations;
    private final VacancyRules rules;
    private final Clock clock;

    @Activate
    public VacancyStore(@Reference(target = ExternalSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource,
            @Reference OrganisationService organisations, @Reference Skills skills) {
        this(dataSource, organisations, skills, Clock.systemDefaultZone());
    }

    VacancyStore(DataSource dataSource, OrganisationService organisations, Skills skills, Clock clock) {
        this.dataSource = dataSource;
        this.organisations = organisations;
        this.rules = new VacancyRules(organisations, skills);
        this.clock = clock;
    }

    public Vacancy create(VacancyInput input, String createdBy) {
        VacancyInput valid = rules.validated(input, 0, LocalDate.now(clock));
        Instant now = clock.instant();
        UUID id = TimeOrderedIds.next();
        return Jdbc.inTransaction(dataSource, connection -> {
            VacancyRows.insert(connection, id, valid, createdBy, now);
            return load(connection, id).orElseThrow();
        });
    }

    /**
     * Whether the change keeps an open one-off vacancy open on the same day: such a vacancy may still be edited after
     * its day (a typo), only opening one for a day that has passed, or moving it to one, is refused.
     */
    private static boolean alreadyOpenOn(Vacancy stored, VacancyInput input) {
        return stored.status() == VacancyStatus.OPEN && stored.time() != null && stored.time().date() != null
                && input.time() != null && stored.time().date().equals(input.time().date());
    }

    /**
     * Replaces a vacancy; its organisation stays.
     *
     * @throws DomainException {@code STALE} when it changed since {@code expectedVersion}
     */
    public Vacancy update(UUID id, long expectedVersion, VacancyInput input) {
        Vacancy stored = vacancy(id);
        if (input.organisationId() != null && !input.organisationId().equals(stored.organisationId())) {
            throw Fields.invalid("organisation_fixed", "organisationId",
                    "Een vacature blijft bij haar organisatie", "A vacancy stays with its organisation");
        }
        VacancyInput valid = rules.validated(new VacancyInput(stored.organisationId(), input.title(),
                input.description(), input.mustHaveSkills(), input.niceToHaveSkills(), input.languages(),
                input.place(), input.time(), input.kind(), input.wanted(), input.status(), input.publishFrom(),
                input.publishUntil()),
                stored.filled(), alreadyOpenOn(stored, input) ? LocalDate.MIN : LocalDate.now(clock));
        return Jdbc.inTransaction(dataSource, connection -> {
            // filled is checked again here: an acceptance may have taken a place since it was read
            if (!VacancyRows.update(connection, id, expectedVersion, valid, clock.instant())) {
                throw stale(id, expectedVersion);
            }
            return load(connection, id).orElseThrow();
        });
    }

    /**
     * Takes one place of an open vacancy inside the caller's transaction; the last place makes it {@code FILLED}.
     * The row stays locked until that transaction ends, so of two acceptances of the last place the second
     * finds it full.
     *
     * @throws DomainException {@code CONFLICT} when the vacancy is not open or every place is taken
     */
    public static Vacancy takePlace(Connection connection, UUID id, Instant now) throws SQLException {
        if (!VacancyRows.takePlace(connection, id, now)) {
            throw new DomainException(DomainException.Kind.CONFLICT, "vacancy_full", "status", LocalizedText.of(
                    "De vacature is niet open of alle plaatsen zijn ingevuld",
                    "The vacancy is not open or every place is taken"));
        }
        return load(connection, id).orElseThrow();
    }

    private static DomainException stale(UUID id, long expectedVersion) {
        return new DomainException(DomainException.Kind.STALE, "stale", null, LocalizedText.of(
                "De vacature " + id + " werd gewijzigd na versie " + expectedVersion + "; lees ze opnieuw",
                "Vacancy " + id + " changed after version " + expectedVersion + "; read it again"));
    }

    public Optional<Vacancy> find(UUID id) {
        return Jdbc.read(dataSource, connection -> load(connection, id));
    }

    /** @throws DomainException {@code NOT_FOUND} when there is no such vacancy */
    public Vacancy vacancy(UUID id) {
        return find(id).orElseThrow(() -> VacancyRules.notFound(id));
    }

    public static Optional<Vacancy> load(Connection connection, UUID id) throws SQLException {
        return VacancyRows.load(connection, id);
    }

    /** The vacancies of one organisation (or all when null), in any status (or one), newest first. */
    public Page<Vacancy> list(UUID organisationId, VacancyStatus status, int limit, int offset) {
        return Jdbc.read(dataSource, connection -> VacancyRows.list(connection, organisationId, status, limit,
                offset));
    }

    /** Every vacancy open now, as the public sees them, for matching. */
    public List<Vacancy> allOpen() {
        LocalDate today = LocalDate.now(clock);
        return Jdbc.read(dataSource, connection -> VacancyRows.allOpen(connection, today));
    }

    /**
     * A text that changes whenever a vacancy is created or changed, on any node, and when the day changes (which
     * opens and closes publication windows): matching re-reads the open vacancies when it does.
     */
    public String revision() {
        return Jdbc.read(dataSource, VacancyRows::revision) + "/" + LocalDate.now(clock);
    }

    /** The public vacancies matching the query: nearest first when the searcher gave a place, else soonest. */
    public Page<OpenVacancy> open(OpenQuery query) {
        LocalDate today = LocalDate.now(clock);
        Map<UUID, Double> found = new HashMap<>();
        Page<Vacancy> vacancies = Jdbc.read(dataSource, connection -> VacancyRows.open(connection, query, today,
                found));
        Map<UUID, String> names = new HashMap<>();
        return new Page<>(vacancies.items().stream().map(vacancy -> OpenVacancy.of(vacancy, names.computeIfAbsent(
                vacancy.organisationId(), id -> organisations.find(id).map(Organisation::data)
                        .map(data -> data.name()).orElse("")), rounded(found.get(vacancy.id())))).toList(),
                vacancies.total(), query.limit(), query.offset());
    }

    /**
     * One public vacancy.
     *
     * @throws DomainException {@code NOT_FOUND} also when it exists but is not public
     */
    public OpenVacancy openVacancy(UUID id) {
        LocalDate today = LocalDate.now(clock);
        Vacancy vacancy = find(id).filter(found -> isPublic(found, today))
                .orElseThrow(() -> VacancyRules.notFound(id));
        return OpenVacancy.of(vacancy, organisations.find(vacancy.organisationId()).map(found -> found.data().name())
                .orElse(""), null);
    }

    public static boolean isPublic(Vacancy vacancy, LocalDate today) {
        LocalDate last = vacancy.time().lastDay();
        return vacancy.status() == VacancyStatus.OPEN
                && (vacancy.publishFrom() == null || !vacancy.publishFrom().isAfter(today))
                && (vacancy.publishUntil() == null || !vacancy.publishUntil().isBefore(today))
                && (last == null || !last.isBefore(today));
    }

    /** Kilometres to one decimal: enough for a volunteer, and no more precise than the coordinates given. */
    private static Double rounded(Double km) {
        return km == null ? null : Math.round(km * 10) / 10.0;
    }
}
