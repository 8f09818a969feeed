package be.pillars.internal.internal.claims;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;
import static be.pillars.api.validation.Fields.euros;
import static be.pillars.api.validation.Fields.optional;
import static be.pillars.api.validation.Fields.present;
import static be.pillars.api.validation.Fields.required;

import java.math.BigDecimal;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Savepoint;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.EnumMap;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import java.util.function.Supplier;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.http.Caller;
import be.pillars.api.privacy.PersonalDataProvider;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.internal.internal.InternalPillar;
import be.pillars.internal.internal.Policy.CompensationSystem;
import be.pillars.internal.internal.claims.AllowanceRules.Priced;
import be.pillars.internal.internal.figures.Figures;
import be.pillars.internal.internal.figures.LegalFigures;
import be.pillars.internal.internal.figures.Vehicle;
import be.pillars.internal.internal.services.AllowancesPaid;
import be.pillars.internal.internal.storage.InternalSchemaMigration;

/**
 * Expense claims, the compensation system per volunteer and year, and the declarations from other organisations,
 * in the internal pillar's tables. Every change to a volunteer's year runs in one transaction that first locks
 * that volunteer-year's row ({@code SELECT ... FOR UPDATE}), so that concurrent claims are checked one after the
 * other against the ceilings, also from several Karaf nodes on one PostgreSQL; an answer is given only after
 * the commit.
 */
@Component(service = {JdbcClaims.class, PersonalDataProvider.class, AllowancesPaid.class})
public class JdbcClaims implements PersonalDataProvider, AllowancesPaid {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private static final String COLUMNS = "id, volunteer_id, service_id, kind, work_date, category, amount, description, "
            + "proof_reference, distance_km, vehicle, passenger_transport, rate_per_km, status, submitted_by, "
            + "submitted_at, decided_by, decided_at, reason, anonymised";
    private static final String COUNTED = "status IN ('PENDING', 'APPROVED')";
    private static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2);

    private final DataSource dataSource;
    private final VolunteerService volunteers;
    private final OrganisationService organisations;
    private final Supplier<Figures> figures;
    /** The default system for work at a service (its own policy, else the central one), or centrally for null. */
    private final Function<UUID, CompensationSystem> defaultSystem;
    private final Clock clock;

    /** The volunteer-year row: its system (null until chosen or fixed by a first claim) and benefit status. */
    private record YearRow(CompensationSystem system, boolean receivesBenefit) {
    }

    @Activate
    public JdbcClaims(@Reference(target = InternalSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource, @Reference VolunteerService volunteers,
            @Reference OrganisationService organisations, @Reference LegalFigures figures,
            @Reference InternalPillar pillar) {
        this(dataSource, volunteers, organisations, figures::inForce,
                pillar.servicePolicies()::compensationSystem, Clock.systemUTC());
    }

    JdbcClaims(DataSource dataSource, VolunteerService volunteers, OrganisationService organisations,
            Supplier<Figures> figures, Function<UUID, CompensationSystem> defaultSystem, Clock clock) {
        this.dataSource = dataSource;
        this.volunteers = volunteers;
        this.organisations = organisations;
        this.figures = figures;
        this.defaultSystem = defaultSystem;
        this.clock = clock;
    }


    private Instant now() {
        return clock.instant().truncatedTo(ChronoUnit.MICROS);
    }

    /** Submits a claim for a volunteer, checked against every rule; pending until a coordinator decides. */
    public ClaimOutcome submit(ClaimData input, String actor) {
        ClaimData valid = ClaimValidation.validated(input, LocalDate.now(clock));
        volunteer(valid.volunteerId(), "volunteerId");
        requireService(valid.serviceId());
        Figures inForce = figures.get();
        Instant now = now();
        return Jdbc.inTransaction(dataSource, connection -> {
            YearRow row = lockYear(connection, valid.volunteerId(), valid.year());
            CompensationSystem system = system(row, valid.serviceId());
            Priced priced = AllowanceRules.check(valid, inForce,
                    ledger(connection, valid.volunteerId(), valid.year(), null), system, row.receivesBenefit());
            if (row.system() == null) {
                // the first claim fixes the year's system: a later change of the policy's default cannot mix them
                updateYear(connection, valid.volunteerId(), valid.year(), system, row.receivesBenefit(), actor, now);
            }
            Claim claim = new Claim(TimeOrderedIds.next(), priced.data(), priced.ratePerKm(), ClaimStatus.PENDING, actor,
                    now, null, null, null, false);
            insert(connection, claim);
            return new ClaimOutcome(claim, priced.warnings());
        });
    }

    /** Approves a pending claim after checking every rule again, against the figures and claims of now. */
    public ClaimOutcome approve(UUID id, String actor) {
        Claim submitted = claim(id);
        Figures inForce = figures.get();
        Instant now = now();
        return Jdbc.inTransaction(dataSource, connection -> {
            YearRow row = lockYear(connection, submitted.data().volunteerId(), submitted.data().year());
            Claim claim = pending(connection, id);
            ClaimData asked = claim.data().kind() == ClaimKind.KILOMETRES ? claim.data().withAmount(null)
                    : claim.data();
            Priced priced = AllowanceRules.check(asked, inForce,
                    ledger(connection, asked.volunteerId(), asked.year(), id), system(row, asked.serviceId()),
                    row.receivesBenefit());
            try (PreparedStatement update = prepared(connection, "UPDATE internal_claim SET status = ?, amount = ?, "
                    + "rate_per_km = ?, decided_by = ?, decided_at = ? WHERE id = ?", Arrays.asList(
                            ClaimStatus.APPROVED.name(), priced.data().amount(), priced.ratePerKm(), actor, utc(now),
                            id))) {
                update.executeUpdate();
            }
            return new ClaimOutcome(new Claim(id, priced.data(), priced.ratePerKm(), ClaimStatus.APPROVED,
                    claim.submittedBy(), claim.submittedAt(), actor, now, null, false), priced.warnings());
        });
    }

    /** Rejects a pending claim; it no longer counts towards any ceiling. */
    public Claim reject(UUID id, String reason, String actor) {
        String why = optional("reason", reason, 500);
        Claim submitted = claim(id);
        Instant now = now();
        return Jdbc.inTransaction(dataSource, connection -> {
            lockYear(connection, submitted.data().volunteerId(), submitted.data().year());
            Claim claim = pending(connection, id);
            try (PreparedStatement update = prepared(connection, "UPDATE internal_claim SET status = ?, reason = ?, "
                    + "decided_by = ?, decided_at = ? WHERE id = ?", Arrays.asList(ClaimStatus.REJECTED.name(), why,
                            actor, utc(now), id))) {
                update.executeUpdate();
            }
            return new Claim(id, claim.data(), claim.ratePerKm(), ClaimStatus.REJECTED, claim.submittedBy(),
                    claim.submittedAt(), actor, now, why, false);
        });
    }

    public Optional<Claim> find(UUID id) {
        return Jdbc.read(dataSource, connection -> select(connection, "WHERE id = ?", List.of(id)).stream()
                .findFirst());
    }

    /** The claim, or a 404 refusal. */
    public Claim claim(UUID id) {
        return find(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null,
                LocalizedText.of("Geen aanvraag met id " + id, "No claim with id " + id)));
    }

    /** Claims by submission, oldest first; each criterion only when given. */
    public Page<Claim> search(ClaimStatus status, UUID volunteerId, Integer year, int limit, int offset) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (status != null) {
            where.append(" AND status = ?");
            parameters.add(status.name());
        }
        if (volunteerId != null) {
            where.append(" AND volunteer_id = ?");
            parameters.add(volunteerId);
        }
        if (year != null) {
            where.append(" AND claim_year = ?");
            parameters.add(year);
        }
        return Jdbc.read(dataSource, connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM internal_claim " + where, parameters);
            List<Object> paged = new ArrayList<>(parameters);
            paged.add(limit);
            paged.add(offset);
            return new Page<>(select(connection, where + " ORDER BY submitted_at, id LIMIT ? OFFSET ?", paged), total,
                    limit, offset);
        });
    }

    /** Chooses the year's system; refused once a claim of the year counts, since the law allows no switch. */
    public YearSummary choose(UUID volunteerId, int year, CompensationChoice choice, String actor) {
        CompensationSystem system = present("system", choice.system());
        boolean benefit = Boolean.TRUE.equals(choice.receivesBenefit());
        volunteer(volunteerId, null);
        Instant now = now();
        Jdbc.inTransaction(dataSource, connection -> {
            YearRow row = lockYear(connection, volunteerId, year);
            List<ClaimData> counted = ledger(connection, volunteerId, year, null).claims();
            CompensationSystem current = system(row);
            if (!counted.isEmpty() && system != current) {
                throw new DomainException(DomainException.Kind.CONFLICT, "system_locked", "system", LocalizedText.of(
                        "In " + year + " telt al " + counted.size() + " aanvraag/aanvragen met " + current.label().nl()
                                + "; de wet laat geen wissel tussen forfaitaire vergoeding en reële kosten toe "
                                + "binnen een kalenderjaar",
                        "In " + year + ", " + counted.size() + " claim(s) under " + current.label().en()
                                + " already count; the law allows no switch between a lump-sum allowance and real "
                                + "costs within a calendar year"));
            }
            if (benefit && counted.stream().anyMatch(claim -> claim.category() == WorkCategory.HIGHER)) {
                throw new DomainException(DomainException.Kind.CONFLICT, "higher_ceiling_in_use", "receivesBenefit",
                        LocalizedText.of("In " + year + " tellen al aanvragen met het verhoogde plafond, dat niet "
                                + "geldt voor wie een sociale uitkering krijgt; wijs die eerst af",
                                "In " + year + ", claims under the higher ceiling already count, which does not "
                                        + "apply to someone on a social benefit; reject those first"));
            }
            updateYear(connection, volunteerId, year, system, benefit, actor, now);
            return null;
        });
        return summary(volunteerId, year);
    }

    /** Records what the volunteer declares having received from another organisation in the year. */
    public YearSummary declare(UUID volunteerId, int year, DeclarationData input, String actor) {
        DeclarationData valid = new DeclarationData(required("organisation", input.organisation(), 200),
                input.category() == null ? WorkCategory.ORDINARY : input.category(),
                euros("amount", input.amount(), ClaimValidation.MAX_AMOUNT, true));
        volunteer(volunteerId, null);
        Instant now = now();
        Jdbc.inTransaction(dataSource, connection -> {
            lockYear(connection, volunteerId, year);
            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_declaration (id, volunteer_id, "
                    + "claim_year, organisation, category, amount, declared_by, declared_at) VALUES (?, ?, ?, ?, ?, ?, "
                    + "?, ?)", List.of(TimeOrderedIds.next(), volunteerId, year, valid.organisation(),
                            valid.category().name(), valid.amount(), actor, utc(now)))) {
                insert.executeUpdate();
            }
            return null;
        });
        return summary(volunteerId, year);
    }

    /** Removes a declaration recorded by mistake; it no longer counts towards the ceilings. */
    public YearSummary withdraw(UUID volunteerId, int year, UUID declarationId) {
        Jdbc.inTransaction(dataSource, connection -> {
            lockYear(connection, volunteerId, year);
            try (PreparedStatement delete = prepared(connection, "DELETE FROM internal_declaration WHERE id = ? AND "
                    + "volunteer_id = ? AND claim_year = ?", List.of(declarationId, volunteerId, year))) {
                if (delete.executeUpdate() == 0) {
                    throw new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                            "Geen verklaring met id " + declarationId + " in " + year,
                            "No declaration with id " + declarationId + " in " + year));
                }
            }
            return null;
        });
        return summary(volunteerId, year);
    }

    /** The volunteer's year as it stands, with the ceilings that apply and the warnings from 80% on. */
    public YearSummary summary(UUID volunteerId, int year) {
        volunteer(volunteerId, null);
        Figures inForce = figures.get();
        return Jdbc.read(dataSource, connection -> {
            Optional<YearRow> stored = selectYear(connection, volunteerId, year, false);
            YearRow row = stored.orElse(new YearRow(null, false));
            CompensationSystem system = system(row);
            Ledger ledger = ledger(connection, volunteerId, year, null);
            List<YearSummary.CeilingUse> ceilings = ceilings(inForce, year, ledger, system);
            long pending = Jdbc.count(connection, "SELECT COUNT(*) FROM internal_claim WHERE volunteer_id = ? AND "
                    + "claim_year = ? AND status = 'PENDING'", List.of(volunteerId, year));
            BigDecimal approved = paid(connection, volunteerId, year).stream().map(claim -> claim.data().amount())
                    .reduce(NOTHING, BigDecimal::add);
            return new YearSummary(volunteerId, year, system, row.system() != null, row.receivesBenefit(),
                    ledger.claimedLumpSum(WorkCategory.ORDINARY), ledger.claimedLumpSum(WorkCategory.HIGHER),
                    ledger.declared(WorkCategory.ORDINARY), ledger.declared(WorkCategory.HIGHER),
                    ledger.cappedKilometres(), pending, approved, ceilings,
                    AllowanceRules.warnings(inForce, year, ledger, system),
                    declarations(connection, volunteerId, year),
                    ceilings.stream().anyMatch(YearSummary.CeilingUse::exceeded), YearSummary.exceededBy(ceilings));
        });
    }

    /** Each yearly ceiling that applies (and whose figure is known), with what counts towards it. */
    private static List<YearSummary.CeilingUse> ceilings(Figures inForce, int year, Ledger ledger,
            CompensationSystem system) {
        List<YearSummary.CeilingUse> ceilings = new ArrayList<>();
        use(ceilings, Ceiling.ORDINARY_YEARLY, inForce.lumpSumPerYear().get(year), ledger.ordinary());
        if (ledger.higherWork()) {
            use(ceilings, Ceiling.HIGHER_YEARLY, inForce.higherLumpSumPerYear().get(year), ledger.total());
        }
        if (system == CompensationSystem.LUMP_SUM) {
            use(ceilings, Ceiling.KILOMETRES, inForce.kilometreCapPerYear().get(year), ledger.cappedKilometres());
        }
        return ceilings;
    }

    private static void use(List<YearSummary.CeilingUse> ceilings, Ceiling ceiling, BigDecimal limit, BigDecimal used) {
        if (limit != null) {
            ceilings.add(new YearSummary.CeilingUse(ceiling, limit, used));
        }
    }

    /** Everything paid to the volunteer in the year. */
    public Statement statement(UUID volunteerId, int year) {
        Volunteer volunteer = volunteer(volunteerId, null);
        Figures inForce = figures.get();
        return Jdbc.read(dataSource, connection -> {
            List<Claim> paid = paid(connection, volunteerId, year);
            Map<ClaimKind, BigDecimal> totals = new EnumMap<>(ClaimKind.class);
            paid.forEach(claim -> totals.merge(claim.data().kind(), claim.data().amount(), BigDecimal::add));
            CompensationSystem system = system(selectYear(connection, volunteerId, year, false)
                    .orElse(new YearRow(null, false)));
            return new Statement(volunteerId, volunteer.data().firstName() + " " + volunteer.data().lastName(), year,
                    system, paid, totals, totals.values().stream().reduce(NOTHING, BigDecimal::add),
                    declarations(connection, volunteerId, year), ceilings(inForce, year, ledger(connection,
                            volunteerId, year, null), system).stream().filter(YearSummary.CeilingUse::exceeded)
                            .toList());
        });
    }

    /** The year's named list: every approved allowance with its volunteer, day and amount. */
    public NamedList namedList(int year) {
        List<Claim> paid = Jdbc.read(dataSource, connection -> select(connection,
                "WHERE claim_year = ? AND status = 'APPROVED' ORDER BY work_date, id", List.of(year)));
        Map<UUID, String> names = new HashMap<>();
        List<NamedList.Entry> entries = new ArrayList<>();
        for (Claim claim : paid) {
            UUID key = claim.data().volunteerId();
            String name = claim.anonymised() ? null : names.computeIfAbsent(key, id -> volunteers.find(id)
                    .map(found -> found.data().lastName() + " " + found.data().firstName()).orElse(null));
            entries.add(new NamedList.Entry(key, name, claim.data().date(), claim.data().kind(),
                    claim.data().amount()));
        }
        entries.sort(Comparator.comparing(NamedList.Entry::name, Comparator.nullsLast(Comparator.naturalOrder()))
                .thenComparing(entry -> entry.volunteerKey().toString()).thenComparing(NamedList.Entry::day));
        return new NamedList(year, entries, entries.stream().map(NamedList.Entry::amount)
                .reduce(NOTHING, BigDecimal::add));
    }

    /** Volunteers with claims that still name them, for completing ids at the console. */
    public List<UUID> claimants() {
        return Jdbc.read(dataSource, connection -> {
            List<UUID> ids = new ArrayList<>();
            try (PreparedStatement query = prepared(connection, "SELECT DISTINCT volunteer_id FROM internal_claim "
                    + "WHERE anonymised = FALSE ORDER BY volunteer_id LIMIT ?", List.of(MAX_LIMIT));
                    ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    ids.add(row.getObject(1, UUID.class));
                }
            }
            return ids;
        });
    }

    @Override
    public String name() {
        return "internal.claims";
    }

    /** The volunteer's claims, compensation systems and declarations, of every year: alike for every requester. */
    @Override
    public Map<String, Object> export(UUID volunteerId, Caller requester) {
        return Jdbc.read(dataSource, connection -> {
            Map<String, Object> export = new LinkedHashMap<>();
            List<Claim> claims = select(connection, "WHERE volunteer_id = ? ORDER BY work_date, id",
                    List.of(volunteerId));
            List<Map<String, Object>> years = new ArrayList<>();
            try (PreparedStatement query = prepared(connection, "SELECT claim_year, compensation_system, "
                    + "receives_benefit, chosen_by, chosen_at FROM internal_volunteer_year WHERE volunteer_id = ? "
                    + "ORDER BY claim_year", List.of(volunteerId)); ResultSet row = query.executeQuery()) {
                while (row.next()) {
                    Map<String, Object> year = new LinkedHashMap<>();
                    year.put("year", row.getInt(1));
                    year.put("compensationSystem", row.getString(2));
                    year.put("receivesBenefit", row.getBoolean(3));
                    year.put("chosenBy", row.getString(4));
                    OffsetDateTime chosenAt = row.getObject(5, OffsetDateTime.class);
                    year.put("chosenAt", chosenAt == null ? null : chosenAt.toInstant());
                    years.add(year);
                }
            }
            List<Declaration> declarations = declarations(connection, "WHERE volunteer_id = ?", List.of(volunteerId));
            if (!claims.isEmpty()) {
                export.put("claims", claims);
            }
            if (!years.isEmpty()) {
                export.put("compensationYears", years);
            }
            if (!declarations.isEmpty()) {
                export.put("declarations", declarations);
            }
            return export;
        });
    }

    /**
     * The law requires the allowances paid to stay on the named list for 7 years: approved claims keep their day,
     * kind and amount under one anonymous key that replaces the volunteer's id, without description, proof or
     * reason. Pending and rejected claims, declarations and the yearly choices are removed.
     */
    @Override
    public void erase(UUID volunteerId) {
        UUID anonymousKey = UUID.randomUUID();
        Jdbc.inTransaction(dataSource, connection -> {
            for (String sql : List.of("DELETE FROM internal_claim WHERE volunteer_id = ? AND status <> 'APPROVED'",
                    "DELETE FROM internal_declaration WHERE volunteer_id = ?",
                    "DELETE FROM internal_volunteer_year WHERE volunteer_id = ?")) {
                try (PreparedStatement delete = prepared(connection, sql, List.of(volunteerId))) {
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement anonymise = prepared(connection, "UPDATE internal_claim SET volunteer_id = ?, "
                    + "description = NULL, proof_reference = NULL, reason = NULL, anonymised = TRUE "
                    + "WHERE volunteer_id = ?", List.of(anonymousKey, volunteerId))) {
                anonymise.executeUpdate();
            }
            return null;
        });
    }

    /** The volunteer as core knows them: unknown is a 400 naming {@code field}, or a 404 when field is null. */
    private Volunteer volunteer(UUID id, String field) {
        return volunteers.find(id).orElseThrow(() -> field == null
                ? new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                        "Geen vrijwilliger met id " + id, "No volunteer with id " + id))
                : DomainException.invalid("unknown_id", field, LocalizedText.of("Geen vrijwilliger met dit id",
                        "No volunteer with this id")));
    }

    /** A claim may name only one of the city's own services (a core organisation of kind MUNICIPAL_SERVICE). */
    private void requireService(UUID serviceId) {
        if (serviceId != null && organisations.find(serviceId).filter(
                service -> service.data().kind() == OrganisationKind.MUNICIPAL_SERVICE).isEmpty()) {
            throw DomainException.invalid("unknown_service", "serviceId", LocalizedText.of(
                    "Geen dienst van de stad met dit id", "No service of the city with this id"));
        }
    }

    /** The approved allowances of a year for work at one service (the service reports' figure). */
    @Override
    public BigDecimal paid(UUID serviceId, int year) {
        return Jdbc.read(dataSource, connection -> {
            try (PreparedStatement sum = prepared(connection, "SELECT COALESCE(SUM(amount), 0) FROM internal_claim "
                    + "WHERE service_id = ? AND claim_year = ? AND status = 'APPROVED'", List.of(serviceId, year));
                    ResultSet row = sum.executeQuery()) {
                row.next();
                return row.getBigDecimal(1).setScale(2);
            }
        });
    }

    /** The year's system; until it is fixed, the central policy's default. */
    private CompensationSystem system(YearRow row) {
        return system(row, null);
    }

    /**
     * The year's system; until it is fixed, the default of the service the work is for (its own policy where it
     * has one, else the central one), or the central default without a service.
     */
    private CompensationSystem system(YearRow row, UUID serviceId) {
        return row.system() == null ? defaultSystem.apply(serviceId) : row.system();
    }

    /**
     * Locks the volunteer-year row for the rest of the transaction, creating it first if need be. Of two
     * transactions creating it at once, the second waits for the first and then finds it.
     */
    private static YearRow lockYear(Connection connection, UUID volunteerId, int year) throws SQLException {
        for (int attempt = 1;; attempt++) {
            Optional<YearRow> row = selectYear(connection, volunteerId, year, true);
            if (row.isPresent()) {
                return row.get();
            }
            Savepoint beforeInsert = connection.setSavepoint();
            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_volunteer_year (volunteer_id, "
                    + "claim_year, receives_benefit) VALUES (?, ?, FALSE)", List.of(volunteerId, year))) {
                insert.executeUpdate();
            } catch (SQLException e) {
                if (!Jdbc.UNIQUE_VIOLATION.equals(e.getSQLState()) || attempt >= 3) {
                    throw e;
                }
                connection.rollback(beforeInsert);
            }
        }
    }

    private static Optional<YearRow> selectYear(Connection connection, UUID volunteerId, int year, boolean lock)
            throws SQLException {
        try (PreparedStatement query = prepared(connection, "SELECT compensation_system, receives_benefit FROM "
                + "internal_volunteer_year WHERE volunteer_id = ? AND claim_year = ?" + (lock ? " FOR UPDATE" : ""),
                List.of(volunteerId, year)); ResultSet row = query.executeQuery()) {
            if (!row.next()) {
                return Optional.empty();
            }
            String system = row.getString(1);
            return Optional.of(new YearRow(system == null ? null : CompensationSystem.valueOf(system),
                    row.getBoolean(2)));
        }
    }

    private static void updateYear(Connection connection, UUID volunteerId, int year, CompensationSystem system,
            boolean receivesBenefit, String actor, Instant now) throws SQLException {
        try (PreparedStatement update = prepared(connection, "UPDATE internal_volunteer_year SET "
                + "compensation_system = ?, receives_benefit = ?, chosen_by = ?, chosen_at = ? WHERE volunteer_id = ? AND claim_year = ?",
                List.of(system.name(), receivesBenefit, actor, utc(now), volunteerId, year))) {
            update.executeUpdate();
        }
    }

    /** What counts in the year: pending and approved claims (but {@code except}) and the declarations. */
    private static Ledger ledger(Connection connection, UUID volunteerId, int year, UUID except) throws SQLException {
        List<Object> parameters = new ArrayList<>(List.of(volunteerId, year));
        String where = "WHERE volunteer_id = ? AND claim_year = ? AND " + COUNTED;
        if (except != null) {
            where += " AND id <> ?";
            parameters.add(except);
        }
        List<ClaimData> claims = select(connection, where, parameters).stream().map(Claim::data).toList();
        Map<WorkCategory, BigDecimal> declared = new EnumMap<>(WorkCategory.class);
        declarations(connection, volunteerId, year).forEach(declaration -> declared.merge(
                declaration.data().category(), declaration.data().amount(), BigDecimal::add));
        return new Ledger(claims, declared);
    }

    private static List<Claim> paid(Connection connection, UUID volunteerId, int year) throws SQLException {
        return select(connection, "WHERE volunteer_id = ? AND claim_year = ? AND status = 'APPROVED' "
                + "ORDER BY work_date, id", List.of(volunteerId, year));
    }

    /** The claim, locked by its volunteer-year; refused unless it still waits for a decision. */
    private static Claim pending(Connection connection, UUID id) throws SQLException {
        Claim claim = select(connection, "WHERE id = ?", List.of(id)).stream().findFirst().orElseThrow(
                () -> new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                        "Geen aanvraag met id " + id, "No claim with id " + id)));
        if (claim.status() != ClaimStatus.PENDING) {
            throw new DomainException(DomainException.Kind.CONFLICT, "already_decided", null, LocalizedText.of(
                    "Deze aanvraag is al " + claim.status().label().nl() + " door " + claim.decidedBy(),
                    "This claim was already " + claim.status().label().en() + " by " + claim.decidedBy()));
        }
        return claim;
    }

    private static void insert(Connection connection, Claim claim) throws SQLException {
        ClaimData data = claim.data();
        try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_claim (id, volunteer_id, service_id, "
                + "claim_year, kind, work_date, category, amount, description, proof_reference, distance_km, vehicle, "
                + "passenger_transport, rate_per_km, status, submitted_by, submitted_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                + "?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(claim.id(), data.volunteerId(), data.serviceId(),
                        data.year(),
                        data.kind().name(), data.date(), data.category() == null ? null : data.category().name(),
                        data.amount(), data.description(), data.proofReference(), data.distanceKm(),
                        data.vehicle() == null ? null : data.vehicle().name(), data.passengerTransport(),
                        claim.ratePerKm(), claim.status().name(), claim.submittedBy(), utc(claim.submittedAt())))) {
            insert.executeUpdate();
        }
    }

    private static List<Claim> select(Connection connection, String where, List<?> parameters) throws SQLException {
        List<Claim> claims = new ArrayList<>();
        try (PreparedStatement query = prepared(connection, "SELECT " + COLUMNS + " FROM internal_claim " + where,
                parameters); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                String category = row.getString("category");
                String vehicle = row.getString("vehicle");
                boolean passengers = row.getBoolean("passenger_transport");
                Boolean passengerTransport = row.wasNull() ? null : passengers;
                OffsetDateTime decidedAt = row.getObject("decided_at", OffsetDateTime.class);
                claims.add(new Claim(row.getObject("id", UUID.class), new ClaimData(
                        row.getObject("volunteer_id", UUID.class), row.getObject("service_id", UUID.class),
                        ClaimKind.valueOf(row.getString("kind")),
                        row.getObject("work_date", LocalDate.class),
                        category == null ? null : WorkCategory.valueOf(category), row.getBigDecimal("amount"),
                        row.getString("description"), row.getString("proof_reference"),
                        row.getBigDecimal("distance_km"), vehicle == null ? null : Vehicle.valueOf(vehicle),
                        passengerTransport), row.getBigDecimal("rate_per_km"),
                        ClaimStatus.valueOf(row.getString("status")), row.getString("submitted_by"),
                        row.getObject("submitted_at", OffsetDateTime.class).toInstant(), row.getString("decided_by"),
                        decidedAt == null ? null : decidedAt.toInstant(), row.getString("reason"),
                        row.getBoolean("anonymised")));
            }
        }
        return claims;
    }

    private static List<Declaration> declarations(Connection connection, UUID volunteerId, int year)
            throws SQLException {
        return declarations(connection, "WHERE volunteer_id = ? AND claim_year = ?", List.of(volunteerId, year));
    }

    private static List<Declaration> declarations(Connection connection, String where, List<?> parameters)
            throws SQLException {
        List<Declaration> declarations = new ArrayList<>();
        try (PreparedStatement query = prepared(connection, "SELECT id, claim_year, organisation, category, amount, "
                + "declared_by, declared_at FROM internal_declaration " + where + " ORDER BY claim_year, declared_at, id",
                parameters); ResultSet row = query.executeQuery()) {
            while (row.next()) {
                declarations.add(new Declaration(row.getObject(1, UUID.class), row.getInt(2), new DeclarationData(
                        row.getString(3), WorkCategory.valueOf(row.getString(4)), row.getBigDecimal(5)),
                        row.getString(6), row.getObject(7, OffsetDateTime.class).toInstant()));
            }
        }
        return declarations;
    }
}
