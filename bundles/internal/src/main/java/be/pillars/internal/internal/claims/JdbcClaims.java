package be.pillars.internal.internal.claims;

import static be.pillars.api.validation.Fields.euros;
import static be.pillars.api.validation.Fields.optional;
import static be.pillars.api.validation.Fields.present;
import static be.pillars.api.validation.Fields.required;

import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
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
import be.pillars.internal.internal.claims.ClaimRows.YearRow;
import be.pillars.internal.internal.figures.Figures;
import be.pillars.internal.internal.figures.LegalFigures;
import be.pillars.internal.internal.services.AllowancesPaid;
import be.pillars.internal.internal.storage.InternalSchemaMigration;

/**
 * Expense claims, the compensation system per volunteer and year, and the declarations from other organisations,
 * in the internal pillar's tables. Every change to a volunteer's year runs in one transaction that first locks
 * that volunteer-year's row ({@code SELECT ... FOR UPDATE}), so that concurrent claims are checked one after the
 * other against the ceilings, also from several Karaf nodes on one PostgreSQL; an answer is given only after
 * the commit. The rows in SQL are {@link ClaimRows}' and the rules {@link AllowanceRules}'; this component decides
 * what is written, in which transaction.
 */
@Component(service = {JdbcClaims.class, PersonalDataProvider.class, AllowancesPaid.class})
public class JdbcClaims implements PersonalDataProvider, AllowancesPaid {

    public static final int DEFAULT_LIMIT = 50;
    public static final int MAX_LIMIT = 200;

    private static final BigDecimal NOTHING = BigDecimal.ZERO.setScale(2);

    private final DataSource dataSource;
    private final VolunteerService volunteers;
    private final OrganisationService organisations;
    private final Supplier<Figures> figures;
    /** The default system for work at a service (its own policy, else the central one), or centrally for null. */
    private final Function<UUID, CompensationSystem> defaultSystem;
    private final Clock clock;

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
            YearRow row = ClaimRows.lockYear(connection, valid.volunteerId(), valid.year());
            CompensationSystem system = system(row, valid.serviceId());
            Priced priced = AllowanceRules.check(valid, inForce,
                    ClaimRows.ledger(connection, valid.volunteerId(), valid.year(), null), system,
                    row.receivesBenefit());
            if (row.system() == null) {
                // the first claim fixes the year's system: a later change of the policy's default cannot mix them
                ClaimRows.updateYear(connection, valid.volunteerId(), valid.year(), system, row.receivesBenefit(),
                        actor, now);
            }
            Claim claim = new Claim(TimeOrderedIds.next(), priced.data(), priced.ratePerKm(), ClaimStatus.PENDING, actor,
                    now, null, null, null, false);
            ClaimRows.insert(connection, claim);
            return new ClaimOutcome(claim, priced.warnings());
        });
    }

    /** Approves a pending claim after checking every rule again, against the figures and claims of now. */
    public ClaimOutcome approve(UUID id, String actor) {
        Claim submitted = claim(id);
        Figures inForce = figures.get();
        Instant now = now();
        return Jdbc.inTransaction(dataSource, connection -> {
            YearRow row = ClaimRows.lockYear(connection, submitted.data().volunteerId(), submitted.data().year());
            Claim claim = ClaimRows.pending(connection, id);
            ClaimData asked = claim.data().kind() == ClaimKind.KILOMETRES ? claim.data().withAmount(null)
                    : claim.data();
            Priced priced = AllowanceRules.check(asked, inForce,
                    ClaimRows.ledger(connection, asked.volunteerId(), asked.year(), id), system(row, asked.serviceId()),
                    row.receivesBenefit());
            ClaimRows.approve(connection, id, priced.data().amount(), priced.ratePerKm(), actor, now);
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
            ClaimRows.lockYear(connection, submitted.data().volunteerId(), submitted.data().year());
            Claim claim = ClaimRows.pending(connection, id);
            ClaimRows.reject(connection, id, why, actor, now);
            return new Claim(id, claim.data(), claim.ratePerKm(), ClaimStatus.REJECTED, claim.submittedBy(),
                    claim.submittedAt(), actor, now, why, false);
        });
    }

    public Optional<Claim> find(UUID id) {
        return Jdbc.read(dataSource, connection -> ClaimRows.select(connection, "WHERE id = ?", List.of(id)).stream()
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
            return new Page<>(ClaimRows.select(connection, where + " ORDER BY submitted_at, id LIMIT ? OFFSET ?",
                    paged), total, limit, offset);
        });
    }

    /** Chooses the year's system; refused once a claim of the year counts, since the law allows no switch. */
    public YearSummary choose(UUID volunteerId, int year, CompensationChoice choice, String actor) {
        CompensationSystem system = present("system", choice.system());
        boolean benefit = Boolean.TRUE.equals(choice.receivesBenefit());
        volunteer(volunteerId, null);
        Instant now = now();
        Jdbc.inTransaction(dataSource, connection -> {
            YearRow row = ClaimRows.lockYear(connection, volunteerId, year);
            List<ClaimData> counted = ClaimRows.ledger(connection, volunteerId, year, null).claims();
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
            ClaimRows.updateYear(connection, volunteerId, year, system, benefit, actor, now);
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
            ClaimRows.lockYear(connection, volunteerId, year);
            ClaimRows.insertDeclaration(connection, volunteerId, year, valid, actor, now);
            return null;
        });
        return summary(volunteerId, year);
    }

    /** Removes a declaration recorded by mistake; it no longer counts towards the ceilings. */
    public YearSummary withdraw(UUID volunteerId, int year, UUID declarationId) {
        Jdbc.inTransaction(dataSource, connection -> {
            ClaimRows.lockYear(connection, volunteerId, year);
            if (!ClaimRows.deleteDeclaration(connection, volunteerId, year, declarationId)) {
                throw new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                        "Geen verklaring met id " + declarationId + " in " + year,
                        "No declaration with id " + declarationId + " in " + year));
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
            YearRow row = ClaimRows.year(connection, volunteerId, year);
            CompensationSystem system = system(row);
            Ledger ledger = ClaimRows.ledger(connection, volunteerId, year, null);
            List<YearSummary.CeilingUse> ceilings = AllowanceRules.ceilings(inForce, year, ledger, system);
            long pending = ClaimRows.pendingCount(connection, volunteerId, year);
            BigDecimal approved = ClaimRows.paid(connection, volunteerId, year).stream()
                    .map(claim -> claim.data().amount()).reduce(NOTHING, BigDecimal::add);
            return new YearSummary(volunteerId, year, system, row.system() != null, row.receivesBenefit(),
                    ledger.claimedLumpSum(WorkCategory.ORDINARY), ledger.claimedLumpSum(WorkCategory.HIGHER),
                    ledger.declared(WorkCategory.ORDINARY), ledger.declared(WorkCategory.HIGHER),
                    ledger.cappedKilometres(), pending, approved, ceilings,
                    AllowanceRules.warnings(inForce, year, ledger, system),
                    ClaimRows.declarations(connection, volunteerId, year),
                    ceilings.stream().anyMatch(YearSummary.CeilingUse::exceeded), YearSummary.exceededBy(ceilings));
        });
    }

    /** Everything paid to the volunteer in the year. */
    public Statement statement(UUID volunteerId, int year) {
        Volunteer volunteer = volunteer(volunteerId, null);
        Figures inForce = figures.get();
        return Jdbc.read(dataSource, connection -> {
            List<Claim> paid = ClaimRows.paid(connection, volunteerId, year);
            Map<ClaimKind, BigDecimal> totals = new EnumMap<>(ClaimKind.class);
            paid.forEach(claim -> totals.merge(claim.data().kind(), claim.data().amount(), BigDecimal::add));
            CompensationSystem system = system(ClaimRows.year(connection, volunteerId, year));
            return new Statement(volunteerId, volunteer.data().firstName() + " " + volunteer.data().lastName(), year,
                    system, paid, totals, totals.values().stream().reduce(NOTHING, BigDecimal::add),
                    ClaimRows.declarations(connection, volunteerId, year), AllowanceRules.ceilings(inForce, year,
                            ClaimRows.ledger(connection, volunteerId, year, null), system).stream()
                            .filter(YearSummary.CeilingUse::exceeded).toList());
        });
    }

    /** The year's named list: every approved allowance with its volunteer, day and amount. */
    public NamedList namedList(int year) {
        List<Claim> paid = Jdbc.read(dataSource, connection -> ClaimRows.select(connection,
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
        return Jdbc.read(dataSource, connection -> ClaimRows.claimants(connection, MAX_LIMIT));
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
            List<Claim> claims = ClaimRows.select(connection, "WHERE volunteer_id = ? ORDER BY work_date, id",
                    List.of(volunteerId));
            List<Map<String, Object>> years = ClaimRows.years(connection, volunteerId);
            List<Declaration> declarations = ClaimRows.declarations(connection, "WHERE volunteer_id = ?",
                    List.of(volunteerId));
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
            ClaimRows.erase(connection, volunteerId, anonymousKey);
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
        return Jdbc.read(dataSource, connection -> ClaimRows.paidAtService(connection, serviceId, year));
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
}
