package be.pillars.core.internal.volunteer;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Consumer;
import java.util.function.IntConsumer;
import java.util.function.IntSupplier;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.event.Event;
import org.osgi.service.event.EventAdmin;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.http.Caller;
import be.pillars.api.privacy.PersonalDataProvider;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerEvents;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.core.internal.security.CoreSettings;
import be.pillars.core.internal.storage.CoreSchemaMigration;
import be.pillars.core.internal.storage.SkillTaxonomy;

/**
 * Volunteers in core's tables. Each change runs in one transaction: the volunteer row and all its child rows
 * are written together or not at all. The version column makes concurrent edits fail instead of overwriting.
 */
@Component(service = {VolunteerService.class, PersonalDataProvider.class, JdbcVolunteerService.class})
public class JdbcVolunteerService implements VolunteerService, PersonalDataProvider {

    private final DataSource dataSource;
    private final SkillTaxonomy skills;
    private final EventAdmin events;
    private final VolunteerValidator validator;
    private final ImportCheck importCheck;
    private final Clock clock;
    private final RecentVolunteers recent;

    /** How long a volunteer read is answered from memory before its version is checked again. */
    static final Duration FRESHNESS = Duration.ofSeconds(1);

    @Activate
    public JdbcVolunteerService(@Reference(target = CoreSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource, @Reference SkillTaxonomy skills,
            @Reference EventAdmin events, @Reference CoreSettings settings) {
        this(dataSource, skills, events, Clock.systemUTC(), new RecentVolunteers(FRESHNESS, System::nanoTime),
                () -> settings.current().minimumAge());
    }

    JdbcVolunteerService(DataSource dataSource, SkillTaxonomy skills, EventAdmin events, Clock clock,
            RecentVolunteers recent, IntSupplier minimumAge) {
        this.dataSource = dataSource;
        this.skills = skills;
        this.events = events;
        this.validator = new VolunteerValidator(clock, minimumAge);
        this.importCheck = new ImportCheck(validator, skills, dataSource);
        this.clock = clock;
        this.recent = recent;
        SearchFold.fillMissing(dataSource, "volunteer", "first_name", "last_name");
    }

    /**
     * Tells listeners after the commit (of the caller's transaction, when this change joined one), so none ever
     * hears of a change that was rolled back.
     */
    private Volunteer announced(String topic, Volunteer volunteer) {
        announce(topic, volunteer.id(), volunteer.version());
        return volunteer;
    }

    private void announce(String topic, UUID id, long version) {
        Jdbc.afterCommit(() -> events.postEvent(new Event(topic, Map.of(VolunteerEvents.ID, id.toString(),
                VolunteerEvents.VERSION, version))));
    }

    private <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, () -> new DomainException(DomainException.Kind.CONFLICT,
                "duplicate_email", "email", LocalizedText.of("Er is al een vrijwilliger met dit e-mailadres",
                        "There is already a volunteer with this email address")), work);
    }

    private VolunteerData validated(VolunteerData data) {
        try {
            return validator.validate(data, skills.codes());
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the skill taxonomy failed: " + e.getMessage(), e);
        }
    }

    @Override
    public Volunteer create(VolunteerData data) {
        VolunteerData valid = validated(data);
        Instant now = clock.instant();
        Volunteer volunteer = new Volunteer(TimeOrderedIds.next(), 1, valid, now, now);
        return announced(VolunteerEvents.CREATED, inTransaction(connection -> {
            try (VolunteerRows.NewVolunteers batch = new VolunteerRows.NewVolunteers(connection)) {
                batch.add(volunteer);
                batch.flush();
            }
            return volunteer;
        }));
    }

    /** How many new volunteers an import sends to the database at once. */
    static final int IMPORT_BATCH = 500;

    @Override
    public List<DomainException.Problem> check(List<VolunteerData> volunteers) {
        return importCheck.checked(volunteers, new ArrayList<>());
    }

    @Override
    public int importAll(List<VolunteerData> volunteers, IntConsumer progress) {
        List<VolunteerData> valid = new ArrayList<>(volunteers.size());
        List<DomainException.Problem> problems = importCheck.checked(volunteers, valid);
        if (!problems.isEmpty()) {
            throw DomainException.rowsRefused(problems);
        }
        // in the order of the unique email index: each index page is filled while it is in memory, instead of
        // every page of the index being rewritten again and again (ids are time-ordered, so their indexes grow
        // at the end anyway)
        valid.sort(Comparator.comparing(VolunteerData::email));
        Instant now = clock.instant();
        List<UUID> stored = inTransaction(connection -> {
            List<UUID> created = new ArrayList<>(valid.size());
            try (VolunteerRows.NewVolunteers batch = new VolunteerRows.NewVolunteers(connection)) {
                for (int i = 0; i < valid.size(); i++) {
                    UUID id = TimeOrderedIds.next();
                    // let go of each volunteer once it is in the batch: the heap holds the import only once
                    batch.add(new Volunteer(id, 1, valid.set(i, null), now, now));
                    created.add(id);
                    if (created.size() % IMPORT_BATCH == 0) {
                        batch.flush();
                        progress.accept(created.size());
                    }
                }
                batch.flush();
            }
            return created;
        });
        progress.accept(stored.size());
        stored.forEach(id -> announce(VolunteerEvents.CREATED, id, 1));
        return stored.size();
    }

    @Override
    public Optional<Volunteer> find(UUID id) {
        Volunteer fresh = recent.fresh(id);
        if (fresh != null) {
            return Optional.of(fresh);
        }
        return Jdbc.read(dataSource, connection -> {
            long checkedAt = recent.now();
            RecentVolunteers.Known known = recent.get(id);
            Long stored;
            try (PreparedStatement version = prepared(connection, "SELECT version FROM volunteer WHERE id = ?",
                    List.of(id)); ResultSet row = version.executeQuery()) {
                stored = row.next() ? row.getLong(1) : null;
            }
            if (stored == null) {
                recent.forget(id);
                return Optional.empty();
            }
            if (known != null && known.volunteer() != null && known.version() == stored) {
                recent.remember(id, new RecentVolunteers.Known(known.volunteer(), stored, checkedAt));
                return Optional.of(known.volunteer());
            }
            Optional<Volunteer> loaded = VolunteerRows.load(connection, "WHERE id = ?", List.of(id), 1, 0).stream().findFirst();
            loaded.ifPresent(volunteer -> remembered(volunteer, checkedAt));
            return loaded;
        });
    }

    /** Remembers the volunteer once what was read or written is committed: a rolled-back change is never answered. */
    @Override
    public Optional<Volunteer> findByEmail(String email) {
        if (email == null) {
            return Optional.empty();
        }
        return Jdbc.read(dataSource, connection -> VolunteerRows.load(connection, "WHERE email = ?",
                List.of(email.strip().toLowerCase(Locale.ROOT)), 1, 0).stream().findFirst());
    }

    private Volunteer remembered(Volunteer volunteer, long checkedAt) {
        Jdbc.afterCommit(() -> recent.remember(volunteer.id(), new RecentVolunteers.Known(volunteer,
                volunteer.version(), checkedAt)));
        return volunteer;
    }

    @Override
    public Volunteer update(UUID id, long expectedVersion, VolunteerData data) {
        VolunteerData valid = validated(data);
        Instant now = clock.instant();
        return announced(VolunteerEvents.UPDATED, remembered(inTransaction(connection -> {
            Volunteer before = lockedCurrent(connection, id, expectedVersion);
            try (PreparedStatement update = connection.prepareStatement("UPDATE volunteer SET first_name = ?, "
                    + "last_name = ?, email = ?, phone = ?, birth_date = ?, postal_code = ?, district = ?, "
                    + "preference = ?, status = ?, gender = ?, name_fold = ?, version = version + 1, updated_at = ? "
                    + "WHERE id = ? AND version = ?")) {
                int next = VolunteerRows.bindColumns(update, valid);
                update.setObject(next++, utc(now));
                update.setObject(next++, id);
                update.setLong(next, expectedVersion);
                update.executeUpdate();
            }
            for (String table : VolunteerRows.CHILD_TABLES) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE volunteer_id = ?")) {
                    delete.setObject(1, id);
                    delete.executeUpdate();
                }
            }
            try (VolunteerRows.NewVolunteers batch = new VolunteerRows.NewVolunteers(connection)) {
                batch.insertChildren(id, valid);
                batch.flush();
            }
            return new Volunteer(id, expectedVersion + 1, valid, before.createdAt(), now);
        }), recent.now()));
    }

    @Override
    public Volunteer deactivate(UUID id, long expectedVersion) {
        Instant now = clock.instant();
        List<Departure.Changed> ended = new ArrayList<>();
        Volunteer inactive = announced(VolunteerEvents.DEACTIVATED, remembered(inTransaction(connection -> {
            Volunteer before = lockedCurrent(connection, id, expectedVersion);
            try (PreparedStatement update = connection.prepareStatement("UPDATE volunteer SET status = ?, "
                    + "version = version + 1, updated_at = ? WHERE id = ? AND version = ?")) {
                update.setString(1, VolunteerStatus.INACTIVE.name());
                update.setObject(2, utc(now));
                update.setObject(3, id);
                update.setLong(4, expectedVersion);
                update.executeUpdate();
            }
            ended.addAll(Departure.endEngagements(connection, id, LocalDate.now(clock), now));
            VolunteerData data = before.data();
            return new Volunteer(id, expectedVersion + 1, new VolunteerData(data.firstName(), data.lastName(),
                    data.email(), data.phone(), data.birthDate(), data.postalCode(), data.district(), data.languages(),
                    data.skills(), data.interests(), data.availability(), data.unavailableDates(), data.preference(),
                    VolunteerStatus.INACTIVE, data.consents(), data.gender()), before.createdAt(), now);
        }), recent.now()));
        Departure.announce(events, id, ended);
        return inactive;
    }

    /**
     * Makes a candidate who gets an engagement an active volunteer, in the caller's transaction (core's engagements
     * call this); once it is committed, the volunteer as read before is forgotten and the change announced.
     */
    public void activateCandidate(Connection connection, UUID id, Instant now) throws SQLException {
        try (PreparedStatement update = prepared(connection, "UPDATE volunteer SET status = ?, version = version + 1, "
                + "updated_at = ? WHERE id = ? AND status = ?", List.of(VolunteerStatus.ACTIVE.name(), utc(now), id,
                        VolunteerStatus.CANDIDATE.name()))) {
            if (update.executeUpdate() == 0) {
                return;
            }
        }
        long version;
        try (PreparedStatement read = prepared(connection, "SELECT version FROM volunteer WHERE id = ?", List.of(id));
                ResultSet row = read.executeQuery()) {
            row.next();
            version = row.getLong(1);
        }
        Jdbc.afterCommit(() -> recent.forget(id));
        announce(VolunteerEvents.UPDATED, id, version);
    }

    @Override
    public String name() {
        return "core.volunteers";
    }

    /**
     * The volunteer with everything core stores about them, including the gender no other answer shows: alike for
     * every requester, the export being for coordinators and admins.
     */
    @Override
    public Map<String, Object> export(UUID volunteerId, Caller requester) {
        Map<String, Object> export = new LinkedHashMap<>();
        find(volunteerId).ifPresent(volunteer -> {
            export.put("volunteer", volunteer);
            export.put("gender", volunteer.data().gender());
        });
        return export;
    }

    /**
     * Anonymises the volunteer in place: names, contact details, birth date, district, gender and every child
     * row go; the row stays, inactive and marked erased, so engagements and hours still count anonymously.
     */
    @Override
    public void erase(UUID volunteerId) {
        Instant now = clock.instant();
        List<Departure.Changed> ended = new ArrayList<>();
        Long version = inTransaction(connection -> {
            try (PreparedStatement erase = prepared(connection, "UPDATE volunteer SET first_name = '-', "
                    + "last_name = '-', name_fold = ?, email = ?, phone = NULL, birth_date = NULL, district = NULL, "
                    + "gender = NULL, status = ?, erased_at = ?, updated_at = ?, version = version + 1 WHERE id = ?",
                    List.of(VolunteerRows.nameFold("-", "-"), "erased-" + volunteerId + "@erased.invalid",
                            VolunteerStatus.INACTIVE.name(), utc(now),
                            utc(now), volunteerId))) {
                if (erase.executeUpdate() == 0) {
                    return null;
                }
            }
            for (String table : VolunteerRows.CHILD_TABLES) {
                try (PreparedStatement delete = prepared(connection, "DELETE FROM " + table + " WHERE volunteer_id = ?",
                        List.of(volunteerId))) {
                    delete.executeUpdate();
                }
            }
            ended.addAll(Departure.endEngagements(connection, volunteerId, LocalDate.now(clock), now));
            try (PreparedStatement read = prepared(connection, "SELECT version FROM volunteer WHERE id = ?",
                    List.of(volunteerId)); ResultSet row = read.executeQuery()) {
                row.next();
                return row.getLong(1);
            }
        });
        if (version != null) {
            // what was known of the erased person must neither stay in memory nor be answered again
            Jdbc.afterCommit(() -> recent.remember(volunteerId, RecentVolunteers.Known.gone(version)));
            announce(VolunteerEvents.ERASED, volunteerId, version);
            Departure.announce(events, volunteerId, ended);
        }
    }

    /** The stored volunteer, locked for this transaction, if it exists at the expected version. */
    private Volunteer lockedCurrent(Connection connection, UUID id, long expectedVersion) throws SQLException {
        try (PreparedStatement lock = connection.prepareStatement("SELECT version FROM volunteer WHERE id = ? FOR UPDATE")) {
            lock.setObject(1, id);
            try (ResultSet row = lock.executeQuery()) {
                if (!row.next()) {
                    throw notFound(id);
                }
                long stored = row.getLong(1);
                if (stored != expectedVersion) {
                    throw new DomainException(DomainException.Kind.STALE, "stale_version", null, LocalizedText.of(
                            "Iemand anders wijzigde deze vrijwilliger intussen (versie " + stored + ", niet "
                                    + expectedVersion + "): haal hem opnieuw op",
                            "Someone else changed this volunteer meanwhile (version " + stored + ", not "
                                    + expectedVersion + "): fetch it again"));
                }
            }
        }
        return VolunteerRows.load(connection, "WHERE id = ?", List.of(id), 1, 0).get(0);
    }

    static DomainException notFound(UUID id) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                "Geen vrijwilliger met id " + id, "No volunteer with id " + id));
    }

    @Override
    public Page<Volunteer> search(VolunteerQuery query) {
        VolunteerRows.Criteria criteria = VolunteerRows.Criteria.of(query);
        return Jdbc.read(dataSource, connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM volunteer " + criteria.where(),
                    criteria.parameters());
            List<Volunteer> items = VolunteerRows.load(connection, criteria.where(), criteria.parameters(), query.limit(),
                    query.offset());
            return new Page<>(items, total, query.limit(), query.offset());
        });
    }

    @Override
    public void forEachMatching(VolunteerQuery query, Consumer<Volunteer> each) {
        VolunteerRows.Criteria criteria = VolunteerRows.Criteria.of(query);
        Volunteer last = null;
        List<Volunteer> page;
        do {
            // keyset paging on the sort order (last name, first name, id): each page starts where the last ended,
            // so no page re-reads and skips what came before, as OFFSET would
            StringBuilder where = new StringBuilder(criteria.where());
            List<Object> parameters = new ArrayList<>(criteria.parameters());
            if (last != null) {
                where.append(" AND (last_name > ? OR (last_name = ? AND (first_name > ? OR (first_name = ? "
                        + "AND id > ?))))");
                parameters.addAll(List.of(last.data().lastName(), last.data().lastName(), last.data().firstName(),
                        last.data().firstName(), last.id()));
            }
            page = Jdbc.read(dataSource, connection -> VolunteerRows.load(connection, where.toString(), parameters,
                    VolunteerQuery.MAX_LIMIT, 0));
            page.forEach(each);
            last = page.isEmpty() ? null : page.get(page.size() - 1);
        } while (page.size() == VolunteerQuery.MAX_LIMIT);
    }

}
