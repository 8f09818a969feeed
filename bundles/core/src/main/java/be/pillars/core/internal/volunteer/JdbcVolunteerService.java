package be.pillars.core.internal.volunteer;

import static be.pillars.api.storage.Jdbc.likeEscaped;
import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.Connection;
import java.sql.Date;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Time;
import java.time.Clock;
import java.time.DayOfWeek;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Collections;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
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
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerEvents;
import be.pillars.api.volunteer.VolunteerQuery;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.api.volunteer.WeeklySlot;
import be.pillars.api.storage.Schema;
import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.core.internal.storage.CoreSchemaMigration;
import be.pillars.api.storage.Jdbc;
import be.pillars.core.internal.security.CoreSettings;
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
            try (NewVolunteers batch = new NewVolunteers(connection)) {
                batch.add(volunteer);
                batch.flush();
            }
            return volunteer;
        }));
    }

    /** How many new volunteers an import sends to the database at once. */
    private static final int IMPORT_BATCH = 500;

    @Override
    public List<DomainException.Problem> check(List<VolunteerData> volunteers) {
        return checked(volunteers, new ArrayList<>());
    }

    /** Validates every volunteer, adding the valid ones to {@code valid}; returns the problems, by row. */
    private List<DomainException.Problem> checked(List<VolunteerData> volunteers, List<VolunteerData> valid) {
        Set<String> knownSkills;
        try {
            knownSkills = skills.codes();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the skill taxonomy failed: " + e.getMessage(), e);
        }
        List<DomainException.Problem> problems = new ArrayList<>();
        Map<String, Integer> rowOfEmail = new HashMap<>();
        for (int i = 0; i < volunteers.size(); i++) {
            int row = i + 1;
            try {
                VolunteerData checked = validator.validate(volunteers.get(i), knownSkills);
                Integer earlier = rowOfEmail.putIfAbsent(checked.email(), row);
                if (earlier != null) {
                    problems.add(new DomainException.Problem(row, "email", "duplicate_email", LocalizedText.of(
                            "Zelfde e-mailadres als rij " + earlier, "Same email address as row " + earlier)));
                }
                valid.add(checked);
            } catch (DomainException e) {
                problems.add(new DomainException.Problem(row, e.field(), e.code(), e.text()));
            }
        }
        Jdbc.read(dataSource, connection -> {
            for (String taken : storedEmails(connection, rowOfEmail.keySet())) {
                problems.add(new DomainException.Problem(rowOfEmail.get(taken), "email", "duplicate_email",
                        LocalizedText.of("Er is al een vrijwilliger met dit e-mailadres",
                                "There is already a volunteer with this email address")));
            }
            return null;
        });
        problems.sort(Comparator.comparingInt(DomainException.Problem::row));
        return problems;
    }

    @Override
    public int importAll(List<VolunteerData> volunteers, IntConsumer progress) {
        List<VolunteerData> valid = new ArrayList<>(volunteers.size());
        List<DomainException.Problem> problems = checked(volunteers, valid);
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
            try (NewVolunteers batch = new NewVolunteers(connection)) {
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

    /** Which of these emails a stored volunteer already has. */
    private static List<String> storedEmails(Connection connection, Collection<String> emails) throws SQLException {
        List<String> taken = new ArrayList<>();
        List<String> all = List.copyOf(emails);
        for (int from = 0; from < all.size(); from += IMPORT_BATCH) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + IMPORT_BATCH));
            String marks = String.join(", ", chunk.stream().map(email -> "?").toList());
            try (PreparedStatement query = prepared(connection, "SELECT email FROM volunteer WHERE email IN (" + marks
                    + ")", chunk); ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    taken.add(row.getString(1));
                }
            }
        }
        return taken;
    }

    /**
     * New volunteers written in JDBC batches: the volunteer rows and their child rows, with each statement
     * prepared once. {@link #flush()} sends what was added.
     */
    private static final class NewVolunteers implements AutoCloseable {

        private final PreparedStatement volunteer;
        private final List<PreparedStatement> children = new ArrayList<>();
        private final PreparedStatement language;
        private final PreparedStatement skill;
        private final PreparedStatement interest;
        private final PreparedStatement availability;
        private final PreparedStatement unavailable;
        private final PreparedStatement consent;

        NewVolunteers(Connection connection) throws SQLException {
            volunteer = connection.prepareStatement("INSERT INTO volunteer (first_name, last_name, email, phone, "
                    + "birth_date, postal_code, district, preference, status, gender, name_fold, id, version, "
                    + "created_at, updated_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)");
            language = child(connection, "INSERT INTO volunteer_language (volunteer_id, language) VALUES (?, ?)");
            skill = child(connection, "INSERT INTO volunteer_skill (volunteer_id, skill_code) VALUES (?, ?)");
            interest = child(connection, "INSERT INTO volunteer_interest (volunteer_id, interest) VALUES (?, ?)");
            availability = child(connection, "INSERT INTO volunteer_availability (volunteer_id, day_of_week, "
                    + "start_time, end_time) VALUES (?, ?, ?, ?)");
            unavailable = child(connection, "INSERT INTO volunteer_unavailable_date (volunteer_id, unavailable_on) "
                    + "VALUES (?, ?)");
            consent = child(connection, "INSERT INTO volunteer_consent (volunteer_id, purpose, given_at) "
                    + "VALUES (?, ?, ?)");
        }

        private PreparedStatement child(Connection connection, String sql) throws SQLException {
            PreparedStatement statement = connection.prepareStatement(sql);
            children.add(statement);
            return statement;
        }

        void add(Volunteer added) throws SQLException {
            VolunteerData data = added.data();
            UUID id = added.id();
            int next = bindColumns(volunteer, data);
            volunteer.setObject(next++, id);
            volunteer.setLong(next++, added.version());
            volunteer.setObject(next++, utc(added.createdAt()));
            volunteer.setObject(next, utc(added.updatedAt()));
            volunteer.addBatch();
            insertChildren(id, data);
        }

        /** The child rows of one volunteer; also used when an update replaces them. */
        void insertChildren(UUID id, VolunteerData data) throws SQLException {
            for (String value : data.languages()) {
                batch(language, id, value);
            }
            for (String value : data.skills()) {
                batch(skill, id, value);
            }
            for (String value : data.interests()) {
                batch(interest, id, value);
            }
            for (WeeklySlot slot : data.availability()) {
                batch(availability, id, slot.day().getValue(), Time.valueOf(slot.from()), Time.valueOf(slot.to()));
            }
            for (LocalDate day : data.unavailableDates()) {
                batch(unavailable, id, Date.valueOf(day));
            }
            for (Consent given : data.consents()) {
                batch(consent, id, given.purpose(), utc(given.givenAt()));
            }
        }

        private static void batch(PreparedStatement statement, UUID id, Object... values) throws SQLException {
            statement.setObject(1, id);
            for (int i = 0; i < values.length; i++) {
                statement.setObject(i + 2, values[i]);
            }
            statement.addBatch();
        }

        /** Sends the volunteer rows before their children, which refer to them. */
        void flush() throws SQLException {
            volunteer.executeBatch();
            for (PreparedStatement statement : children) {
                statement.executeBatch();
            }
        }

        @Override
        public void close() throws SQLException {
            volunteer.close();
            for (PreparedStatement statement : children) {
                statement.close();
            }
        }
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
            Optional<Volunteer> loaded = load(connection, "WHERE id = ?", List.of(id), 1, 0).stream().findFirst();
            loaded.ifPresent(volunteer -> remembered(volunteer, checkedAt));
            return loaded;
        });
    }

    /** Remembers the volunteer once what was read or written is committed: a rolled-back change is never answered. */
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
                int next = bindColumns(update, valid);
                update.setObject(next++, utc(now));
                update.setObject(next++, id);
                update.setLong(next, expectedVersion);
                update.executeUpdate();
            }
            for (String table : CHILD_TABLES) {
                try (PreparedStatement delete = connection.prepareStatement(
                        "DELETE FROM " + table + " WHERE volunteer_id = ?")) {
                    delete.setObject(1, id);
                    delete.executeUpdate();
                }
            }
            try (NewVolunteers batch = new NewVolunteers(connection)) {
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
                    List.of(nameFold("-", "-"), "erased-" + volunteerId + "@erased.invalid",
                            VolunteerStatus.INACTIVE.name(), utc(now),
                            utc(now), volunteerId))) {
                if (erase.executeUpdate() == 0) {
                    return null;
                }
            }
            for (String table : CHILD_TABLES) {
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
        return load(connection, "WHERE id = ?", List.of(id), 1, 0).get(0);
    }

    static DomainException notFound(UUID id) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                "Geen vrijwilliger met id " + id, "No volunteer with id " + id));
    }

    @Override
    public Page<Volunteer> search(VolunteerQuery query) {
        Criteria criteria = Criteria.of(query);
        return Jdbc.read(dataSource, connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM volunteer " + criteria.where(),
                    criteria.parameters());
            List<Volunteer> items = load(connection, criteria.where(), criteria.parameters(), query.limit(),
                    query.offset());
            return new Page<>(items, total, query.limit(), query.offset());
        });
    }

    @Override
    public void forEachMatching(VolunteerQuery query, Consumer<Volunteer> each) {
        Criteria criteria = Criteria.of(query);
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
            page = Jdbc.read(dataSource, connection -> load(connection, where.toString(), parameters,
                    VolunteerQuery.MAX_LIMIT, 0));
            page.forEach(each);
            last = page.isEmpty() ? null : page.get(page.size() - 1);
        } while (page.size() == VolunteerQuery.MAX_LIMIT);
    }

    /** The WHERE clause of a query's criteria and its parameters, in order. */
    private record Criteria(String where, List<Object> parameters) {

        static Criteria of(VolunteerQuery query) {
            StringBuilder where = new StringBuilder("WHERE 1 = 1");
            List<Object> parameters = new ArrayList<>();
            if (query.name() != null) {
                // one folded column holds "first last": a part of either name, or of both, is found in it
                where.append(" AND name_fold LIKE ? ESCAPE '\\'");
                parameters.add("%" + likeEscaped(SearchFold.fold(query.name())) + "%");
            }
            if (query.skill() != null) {
                where.append(" AND EXISTS (SELECT 1 FROM volunteer_skill s WHERE s.volunteer_id = volunteer.id "
                        + "AND s.skill_code = ?)");
                parameters.add(query.skill());
            }
            if (query.postalCode() != null) {
                where.append(" AND postal_code = ?");
                parameters.add(query.postalCode());
            }
            if (query.district() != null) {
                where.append(" AND LOWER(district) = ?");
                parameters.add(query.district().strip().toLowerCase(Locale.ROOT));
            }
            if (query.status() != null) {
                where.append(" AND status = ?");
                parameters.add(query.status().name());
            }
            if (query.preference() != null) {
                where.append(" AND preference = ?");
                parameters.add(query.preference().name());
            }
            return new Criteria(where.toString(), parameters);
        }
    }

    /**
     * Binds the ten data columns of the volunteer row and its folded name, in insert order; returns the next
     * parameter index.
     */
    private static int bindColumns(PreparedStatement statement, VolunteerData data) throws SQLException {
        statement.setString(1, data.firstName());
        statement.setString(2, data.lastName());
        statement.setString(3, data.email());
        statement.setString(4, data.phone());
        statement.setObject(5, data.birthDate());
        statement.setString(6, data.postalCode());
        statement.setString(7, data.district());
        statement.setString(8, data.preference().name());
        statement.setString(9, data.status().name());
        statement.setString(10, data.gender());
        statement.setString(11, nameFold(data.firstName(), data.lastName()));
        return 12;
    }

    /** What the name search looks in: first and last name, folded (SearchFold). */
    static String nameFold(String firstName, String lastName) {
        return SearchFold.fold(firstName + " " + lastName);
    }

    private static final List<String> CHILD_TABLES = List.of("volunteer_language", "volunteer_skill",
            "volunteer_interest", "volunteer_availability", "volunteer_unavailable_date", "volunteer_consent");

    /** Mutable child collections of the volunteers being loaded, by id. */
    private static final class Children {
        final Set<String> languages = new TreeSet<>();
        final Set<String> skills = new TreeSet<>();
        final Set<String> interests = new LinkedHashSet<>();
        final List<WeeklySlot> availability = new ArrayList<>();
        final Set<LocalDate> unavailable = new TreeSet<>();
        final List<Consent> consents = new ArrayList<>();
    }

    /** The columns of one volunteer row. */
    private record VolunteerRow(UUID id, long version, String firstName, String lastName, String email, String phone,
            LocalDate birthDate, String postalCode, String district, Preference preference, VolunteerStatus status,
            String gender, Instant createdAt, Instant updatedAt) {
    }

    /** The volunteers matching the where clause, a page of them, with all their child rows. */
    private static List<Volunteer> load(Connection connection, String where, List<?> parameters, int limit,
            int offset) throws SQLException {
        Map<UUID, VolunteerRow> rows = new LinkedHashMap<>();
        List<Object> page = new ArrayList<>(parameters);
        page.add(limit);
        page.add(offset);
        try (PreparedStatement select = prepared(connection, "SELECT id, version, first_name, last_name, email, "
                + "phone, birth_date, postal_code, district, preference, status, gender, created_at, updated_at "
                + "FROM volunteer " + where + " ORDER BY last_name, first_name, id LIMIT ? OFFSET ?", page);
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                VolunteerRow read = new VolunteerRow(row.getObject("id", UUID.class), row.getLong("version"),
                        row.getString("first_name"), row.getString("last_name"), row.getString("email"),
                        row.getString("phone"), row.getObject("birth_date", LocalDate.class),
                        row.getString("postal_code"), row.getString("district"),
                        Preference.valueOf(row.getString("preference")), VolunteerStatus.valueOf(row.getString("status")),
                        row.getString("gender"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
                        row.getObject("updated_at", OffsetDateTime.class).toInstant());
                rows.put(read.id(), read);
            }
        }
        if (rows.isEmpty()) {
            return List.of();
        }
        Map<UUID, Children> children = new HashMap<>();
        rows.keySet().forEach(id -> children.put(id, new Children()));
        String ids = String.join(", ", rows.keySet().stream().map(id -> "?").toList());
        List<UUID> idList = List.copyOf(rows.keySet());
        readChildren(connection, "SELECT volunteer_id, language FROM volunteer_language WHERE volunteer_id IN ("
                + ids + ")", idList, children, (row, into) -> into.languages.add(row.getString(2)));
        readChildren(connection, "SELECT volunteer_id, skill_code FROM volunteer_skill WHERE volunteer_id IN ("
                + ids + ")", idList, children, (row, into) -> into.skills.add(row.getString(2)));
        readChildren(connection, "SELECT volunteer_id, interest FROM volunteer_interest WHERE volunteer_id IN ("
                + ids + ")", idList, children, (row, into) -> into.interests.add(row.getString(2)));
        readChildren(connection, "SELECT volunteer_id, day_of_week, start_time, end_time FROM volunteer_availability "
                + "WHERE volunteer_id IN (" + ids + ") ORDER BY day_of_week, start_time", idList, children,
                (row, into) -> into.availability.add(new WeeklySlot(DayOfWeek.of(row.getInt(2)),
                        row.getTime(3).toLocalTime(), row.getTime(4).toLocalTime())));
        readChildren(connection, "SELECT volunteer_id, unavailable_on FROM volunteer_unavailable_date "
                + "WHERE volunteer_id IN (" + ids + ")", idList, children,
                (row, into) -> into.unavailable.add(row.getDate(2).toLocalDate()));
        readChildren(connection, "SELECT volunteer_id, purpose, given_at FROM volunteer_consent WHERE volunteer_id IN ("
                + ids + ") ORDER BY purpose", idList, children, (row, into) -> into.consents.add(
                        new Consent(row.getString(2), row.getObject(3, OffsetDateTime.class).toInstant())));
        List<Volunteer> volunteers = new ArrayList<>();
        rows.forEach((id, row) -> {
            Children child = children.get(id);
            // unmodifiable: a volunteer read may be handed to many callers (see RecentVolunteers)
            VolunteerData data = new VolunteerData(row.firstName(), row.lastName(), row.email(), row.phone(),
                    row.birthDate(), row.postalCode(), row.district(), Collections.unmodifiableSet(child.languages),
                    Collections.unmodifiableSet(child.skills), Collections.unmodifiableSet(child.interests),
                    Collections.unmodifiableList(child.availability), Collections.unmodifiableSet(child.unavailable),
                    row.preference(), row.status(), Collections.unmodifiableList(child.consents), row.gender());
            volunteers.add(new Volunteer(id, row.version(), data, row.createdAt(), row.updatedAt()));
        });
        return volunteers;
    }

    @FunctionalInterface
    private interface ChildReader {
        void read(ResultSet row, Children into) throws SQLException;
    }

    private static void readChildren(Connection connection, String sql, List<UUID> ids, Map<UUID, Children> children,
            ChildReader reader) throws SQLException {
        try (PreparedStatement select = prepared(connection, sql, ids); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                reader.read(row, children.get(row.getObject(1, UUID.class)));
            }
        }
    }
}
