package be.pillars.internal.internal.information;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
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
import be.pillars.api.http.Caller;
import be.pillars.api.privacy.PersonalDataProvider;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.validation.Fields;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.internal.internal.services.ServiceDirectory;
import be.pillars.internal.internal.storage.InternalSchemaMigration;

/**
 * The information duty: insurance policies, versions of the organisation note (each must contain every part
 * the law requires), and the proof of which version each volunteer received when.
 */
@Component(service = {InformationStore.class, PersonalDataProvider.class})
public class InformationStore implements PersonalDataProvider {

    private static final String NOTE_COLUMNS = "version_no, purpose_nl, purpose_en, legal_form_nl, legal_form_en, "
            + "insurance_nl, insurance_en, expenses_nl, expenses_en, discretion_nl, discretion_en, published_by, "
            + "published_at";
    private static final String INSURANCE_COLUMNS = "id, insurer, policy_number, cover, valid_from, valid_to, "
            + "recorded_by, recorded_at";
    private static final int PART_LENGTH = 4000;

    private final DataSource dataSource;
    private final ServiceDirectory directory;
    private final VolunteerService volunteers;
    private final Clock clock;

    @Activate
    public InformationStore(@Reference(target = InternalSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource, @Reference ServiceDirectory directory,
            @Reference VolunteerService volunteers) {
        this(dataSource, directory, volunteers, Clock.systemDefaultZone());
    }

    InformationStore(DataSource dataSource, ServiceDirectory directory, VolunteerService volunteers, Clock clock) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    public InsurancePolicy recordInsurance(InsurancePolicy.Input input, String recordedBy) {
        LocalDate from = Fields.present("validFrom", input.validFrom());
        if (input.validTo() != null && input.validTo().isBefore(from)) {
            throw Fields.invalid("invalid_date", "validTo", "Het einde ligt voor het begin",
                    "The end lies before the start");
        }
        InsurancePolicy policy = new InsurancePolicy(TimeOrderedIds.next(), Fields.required("insurer", input.insurer(), 200),
                Fields.required("policyNumber", input.policyNumber(), 100), Fields.required("cover", input.cover(), 2000),
                from, input.validTo(), recordedBy, clock.instant());
        return Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_insurance (" + INSURANCE_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(policy.id(), policy.insurer(),
                            policy.policyNumber(), policy.cover(), from, policy.validTo(), recordedBy,
                            utc(policy.recordedAt())))) {
                insert.executeUpdate();
            }
            return policy;
        });
    }

    /** Every policy recorded, the latest start first. */
    public List<InsurancePolicy> insurancePolicies() {
        return Jdbc.read(dataSource, connection -> {
            List<InsurancePolicy> policies = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT " + INSURANCE_COLUMNS
                    + " FROM internal_insurance ORDER BY valid_from DESC, recorded_at DESC");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    policies.add(new InsurancePolicy(row.getObject(1, UUID.class), row.getString(2), row.getString(3),
                            row.getString(4), row.getObject(5, LocalDate.class), row.getObject(6, LocalDate.class),
                            row.getString(7), row.getObject(8, OffsetDateTime.class).toInstant()));
                }
            }
            return policies;
        });
    }

    /** The policy in force on that day; of several, the one that started last. */
    public Optional<InsurancePolicy> insuranceInForce(LocalDate day) {
        return insurancePolicies().stream().filter(policy -> policy.inForceOn(day)).findFirst();
    }

    /**
     * Publishes the next version of the note.
     *
     * @throws DomainException {@code INVALID} naming the missing part (such as {@code purpose.en}), or
     *                         {@code CONFLICT} ({@code no_insurance}) while no insurance policy is in force
     */
    public NoteVersion publish(NoteVersion.Input input, String publishedBy) {
        LocalizedText purpose = part("purpose", input.purpose());
        LocalizedText legalForm = part("legalForm", input.legalForm());
        LocalizedText insurance = part("insurance", input.insurance());
        LocalizedText expenses = part("expenses", input.expenses());
        LocalizedText discretion = part("discretion", input.discretion());
        if (insuranceInForce(LocalDate.now(clock)).isEmpty()) {
            throw new DomainException(DomainException.Kind.CONFLICT, "no_insurance", "insurance", LocalizedText.of(
                    "Er is vandaag geen verzekeringspolis van kracht; registreer eerst de polis die de nota toont",
                    "No insurance policy is in force today; record the policy the note shows first"));
        }
        return Jdbc.inTransaction(dataSource, () -> new DomainException(DomainException.Kind.CONFLICT,
                "concurrent_publication", null, LocalizedText.of(
                        "Er werd tegelijk een andere versie gepubliceerd; probeer opnieuw",
                        "Another version was published at the same time; try again")), connection -> {
                            int next = (int) Jdbc.count(connection, "SELECT COALESCE(MAX(version_no), 0) + 1 FROM "
                                    + "internal_note_version", List.of());
                            NoteVersion version = new NoteVersion(next, purpose, legalForm, insurance, expenses,
                                    discretion, publishedBy, clock.instant());
                            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_note_version ("
                                    + NOTE_COLUMNS + ") VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)", List.of(next,
                                            purpose.nl(), purpose.en(), legalForm.nl(), legalForm.en(),
                                            insurance.nl(), insurance.en(), expenses.nl(), expenses.en(),
                                            discretion.nl(), discretion.en(), publishedBy,
                                            utc(version.publishedAt())))) {
                                insert.executeUpdate();
                            }
                            return version;
                        });
    }

    private static LocalizedText part(String field, NoteVersion.Part part) {
        if (part == null) {
            throw Fields.invalid("required_part", field, "De wet vereist dit deel van de nota",
                    "The law requires this part of the note");
        }
        return LocalizedText.of(Fields.required(field + ".nl", part.nl(), PART_LENGTH),
                Fields.required(field + ".en", part.en(), PART_LENGTH));
    }

    /** Every version, the newest first. */
    public List<NoteVersion> versions() {
        return Jdbc.read(dataSource, connection -> versions(connection, "ORDER BY version_no DESC", List.of()));
    }

    public Optional<NoteVersion> version(int version) {
        return Jdbc.read(dataSource, connection -> versions(connection, "WHERE version_no = ?", List.of(version)))
                .stream().findFirst();
    }

    /** The current version with the insurance policy in force today, or empty before the first version. */
    public Optional<OrganisationNote> currentNote() {
        return versions().stream().findFirst().map(current -> new OrganisationNote(current,
                insuranceInForce(LocalDate.now(clock)).orElse(null)));
    }

    private static List<NoteVersion> versions(Connection connection, String rest, List<?> parameters)
            throws SQLException {
        List<NoteVersion> versions = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT " + NOTE_COLUMNS + " FROM internal_note_version "
                + rest, parameters); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                versions.add(new NoteVersion(row.getInt(1), LocalizedText.of(row.getString(2), row.getString(3)),
                        LocalizedText.of(row.getString(4), row.getString(5)),
                        LocalizedText.of(row.getString(6), row.getString(7)),
                        LocalizedText.of(row.getString(8), row.getString(9)),
                        LocalizedText.of(row.getString(10), row.getString(11)), row.getString(12),
                        row.getObject(13, OffsetDateTime.class).toInstant()));
            }
        }
        return versions;
    }

    /**
     * Records that a volunteer received a version on a day (not ahead, not before it was published); recording
     * the same version again corrects the day.
     */
    public Receipt recordReceipt(UUID volunteerId, Receipt.Input input, String recordedBy) {
        int number = Fields.present("version", input.version());
        LocalDate receivedOn = Fields.present("receivedOn", input.receivedOn());
        NoteVersion version = version(number).orElseThrow(() -> Fields.invalid("unknown_version", "version",
                "Geen versie " + number + " van de nota", "No version " + number + " of the note"));
        if (receivedOn.isAfter(LocalDate.now(clock))) {
            throw Fields.invalid("invalid_date", "receivedOn", "Deze dag moet nog komen", "This day has yet to come");
        }
        if (receivedOn.isBefore(version.publishedAt().atZone(clock.getZone()).toLocalDate())) {
            throw Fields.invalid("invalid_date", "receivedOn", "Versie " + number + " bestond toen nog niet",
                    "Version " + number + " did not exist yet then");
        }
        volunteers.find(volunteerId).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND,
                "not_found", "volunteerId", LocalizedText.of("Geen vrijwilliger met id " + volunteerId,
                        "No volunteer with id " + volunteerId)));
        Receipt receipt = new Receipt(volunteerId, number, receivedOn, recordedBy, clock.instant());
        return Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement delete = prepared(connection, "DELETE FROM internal_note_receipt WHERE volunteer_id = ? "
                    + "AND version_no = ?", List.of(volunteerId, number))) {
                delete.executeUpdate();
            }
            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_note_receipt (volunteer_id, "
                    + "version_no, received_on, recorded_by, recorded_at) VALUES (?, ?, ?, ?, ?)",
                    List.of(volunteerId, number, receivedOn, recordedBy, utc(receipt.recordedAt())))) {
                insert.executeUpdate();
            }
            return receipt;
        });
    }

    /** The versions a volunteer received, the newest first. */
    public List<Receipt> receipts(UUID volunteerId) {
        return Jdbc.read(dataSource, connection -> receipts(connection, volunteerId));
    }

    private static List<Receipt> receipts(Connection connection, UUID volunteerId) throws SQLException {
        List<Receipt> receipts = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT version_no, received_on, recorded_by, recorded_at "
                + "FROM internal_note_receipt WHERE volunteer_id = ? ORDER BY version_no DESC", List.of(volunteerId));
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                receipts.add(new Receipt(volunteerId, row.getInt(1), row.getObject(2, LocalDate.class),
                        row.getString(3), row.getObject(4, OffsetDateTime.class).toInstant()));
            }
        }
        return receipts;
    }

    /**
     * The active internal volunteers (of every active service, today; not marked inactive in core) who have not
     * received the current version, by name.
     *
     * @throws DomainException {@code NOT_FOUND} before any version was published
     */
    public Page<Uninformed> uninformed(int limit, int offset) {
        int current = versions().stream().findFirst().map(NoteVersion::version).orElseThrow(() -> new DomainException(
                DomainException.Kind.NOT_FOUND, "no_note", null, LocalizedText.of(
                        "Er is nog geen versie van de organisatienota", "No version of the organisation note yet")));
        Map<UUID, Integer> newest = new HashMap<>();
        Jdbc.read(dataSource, connection -> {
            try (PreparedStatement select = connection.prepareStatement("SELECT volunteer_id, MAX(version_no) "
                    + "FROM internal_note_receipt GROUP BY volunteer_id"); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    newest.put(row.getObject(1, UUID.class), row.getInt(2));
                }
            }
            return null;
        });
        List<UUID> services = directory.services().stream().map(Organisation::id).toList();
        List<Uninformed> missing = new ArrayList<>();
        directory.volunteersOn(services, LocalDate.now(clock)).forEach((volunteerId, serviceId) -> {
            if (newest.getOrDefault(volunteerId, 0) < current) {
                volunteers.find(volunteerId).filter(found -> found.data().status() != VolunteerStatus.INACTIVE)
                        .ifPresent(found -> missing.add(new Uninformed(volunteerId, found.data().firstName(),
                                found.data().lastName(), serviceId, newest.get(volunteerId))));
            }
        });
        missing.sort(Comparator.comparing((Uninformed one) -> one.lastName().toLowerCase(Locale.ROOT))
                .thenComparing(one -> one.firstName().toLowerCase(Locale.ROOT)).thenComparing(Uninformed::volunteerId));
        List<Uninformed> page = missing.subList(Math.min(offset, missing.size()), Math.min(offset + limit,
                missing.size()));
        return new Page<>(page, missing.size(), limit, offset);
    }


    @Override
    public String name() {
        return "internal.information";
    }

    /** The versions of the organisation note the volunteer received, and when: alike for every requester. */
    @Override
    public Map<String, Object> export(UUID volunteerId, Caller requester) {
        List<Receipt> receipts = receipts(volunteerId);
        return receipts.isEmpty() ? Map.of() : Map.of("noteReceipts", receipts);
    }

    /** Removes the receipts: once the person is erased there is no one left to prove anything to. */
    @Override
    public void erase(UUID volunteerId) {
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement delete = prepared(connection, "DELETE FROM internal_note_receipt WHERE volunteer_id = ?",
                    List.of(volunteerId))) {
                return delete.executeUpdate();
            }
        });
    }
}
