package be.pillars.core.internal.organisation;

import static be.pillars.api.validation.Fields.invalid;
import static be.pillars.api.validation.Fields.optional;
import static be.pillars.api.validation.Fields.present;
import static be.pillars.api.validation.Fields.required;
import static be.pillars.api.storage.Jdbc.likeEscaped;
import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.net.URI;
import java.net.URISyntaxException;
import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
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
import be.pillars.api.organisation.OrganisationData;
import be.pillars.api.organisation.OrganisationKind;
import be.pillars.api.organisation.OrganisationQuery;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.validation.Fields;
import be.pillars.api.storage.Schema;
import be.pillars.core.internal.storage.CoreSchemaMigration;
import be.pillars.core.internal.volunteer.SearchFold;
import be.pillars.api.storage.Jdbc;

/** Organisations in core's {@code organisation} table, one transaction per change, versioned like volunteers. */
@Component(service = OrganisationService.class)
public class JdbcOrganisationService implements OrganisationService {

    private static final String COLUMNS = "id, version, kind, name, contact_person, email, phone, street, "
            + "postal_code, municipality, website, active, created_at, updated_at";

    private final DataSource dataSource;
    private final Clock clock;

    @Activate
    public JdbcOrganisationService(@Reference(target = CoreSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource) {
        this(dataSource, Clock.systemUTC());
    }

    JdbcOrganisationService(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
        SearchFold.fillMissing(dataSource, "organisation", "name");
    }

    static OrganisationData validated(OrganisationData input) {
        return new OrganisationData(
                present("kind", input.kind()),
                required("name", input.name(), 200),
                optional("contactPerson", input.contactPerson(), 100),
                Fields.email("email", input.email(), false),
                Fields.phone("phone", input.phone()),
                optional("street", input.street(), 200),
                Fields.postalCode("postalCode", input.postalCode(), false),
                optional("municipality", input.municipality(), 100),
                website(input.website()));
    }

    private static String website(String value) {
        String website = optional("website", value, 300);
        if (website == null) {
            return null;
        }
        try {
            URI uri = new URI(website);
            if (("http".equals(uri.getScheme()) || "https".equals(uri.getScheme())) && uri.getHost() != null) {
                return website;
            }
        } catch (URISyntaxException e) {
            // refused below
        }
        throw invalid("invalid_url", "website", "Een webadres dat begint met http:// of https://",
                "A web address starting with http:// or https://");
    }

    private <T> T inTransaction(Jdbc.Work<T> work) {
        return Jdbc.inTransaction(dataSource, () -> new DomainException(DomainException.Kind.CONFLICT,
                "duplicate_name", "name", LocalizedText.of("Er is al een organisatie met deze naam",
                        "There is already an organisation with this name")), work);
    }

    @Override
    public Organisation create(OrganisationData data) {
        OrganisationData valid = validated(data);
        Instant now = clock.instant();
        Organisation organisation = new Organisation(TimeOrderedIds.next(), 1, valid, true, now, now);
        return inTransaction(connection -> {
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO organisation (" + COLUMNS
                    + ", name_key, name_fold) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
                insert.setObject(1, organisation.id());
                insert.setLong(2, 1);
                bindData(insert, 3, valid);
                insert.setBoolean(12, true);
                insert.setObject(13, utc(now));
                insert.setObject(14, utc(now));
                insert.setString(15, nameKey(valid.name()));
                insert.setString(16, SearchFold.fold(valid.name()));
                insert.executeUpdate();
            }
            return organisation;
        });
    }

    /** Names are unique regardless of case and surrounding space. */
    private static String nameKey(String name) {
        return name.strip().toLowerCase(Locale.ROOT);
    }

    /** Binds kind to website, nine columns from {@code first}. */
    private static void bindData(PreparedStatement statement, int first, OrganisationData data) throws SQLException {
        statement.setString(first, data.kind().name());
        statement.setString(first + 1, data.name());
        statement.setString(first + 2, data.contactPerson());
        statement.setString(first + 3, data.email());
        statement.setString(first + 4, data.phone());
        statement.setString(first + 5, data.street());
        statement.setString(first + 6, data.postalCode());
        statement.setString(first + 7, data.municipality());
        statement.setString(first + 8, data.website());
    }

    @Override
    public Optional<Organisation> find(UUID id) {
        return Jdbc.read(dataSource, connection -> select(connection, "WHERE id = ?", List.of(id), 1, 0).stream()
                .findFirst());
    }

    @Override
    public Organisation update(UUID id, long expectedVersion, OrganisationData data) {
        OrganisationData valid = validated(data);
        Instant now = clock.instant();
        return inTransaction(connection -> {
            Organisation before = locked(connection, id, expectedVersion);
            try (PreparedStatement update = connection.prepareStatement("UPDATE organisation SET kind = ?, name = ?, "
                    + "contact_person = ?, email = ?, phone = ?, street = ?, postal_code = ?, municipality = ?, "
                    + "website = ?, name_key = ?, name_fold = ?, version = version + 1, updated_at = ? WHERE id = ?")) {
                bindData(update, 1, valid);
                update.setString(10, nameKey(valid.name()));
                update.setString(11, SearchFold.fold(valid.name()));
                update.setObject(12, utc(now));
                update.setObject(13, id);
                update.executeUpdate();
            }
            return new Organisation(id, expectedVersion + 1, valid, before.active(), before.createdAt(), now);
        });
    }

    @Override
    public Organisation deactivate(UUID id, long expectedVersion) {
        Instant now = clock.instant();
        return inTransaction(connection -> {
            Organisation before = locked(connection, id, expectedVersion);
            try (PreparedStatement update = connection.prepareStatement("UPDATE organisation SET active = FALSE, "
                    + "version = version + 1, updated_at = ? WHERE id = ?")) {
                update.setObject(1, utc(now));
                update.setObject(2, id);
                update.executeUpdate();
            }
            return new Organisation(id, expectedVersion + 1, before.data(), false, before.createdAt(), now);
        });
    }

    /** The organisation, locked for this transaction, if it is still at the expected version. */
    private static Organisation locked(Connection connection, UUID id, long expectedVersion) throws SQLException {
        List<Organisation> found = select(connection, "WHERE id = ? FOR UPDATE", List.of(id), 1, 0);
        if (found.isEmpty()) {
            throw notFound(id);
        }
        long stored = found.get(0).version();
        if (stored != expectedVersion) {
            throw new DomainException(DomainException.Kind.STALE, "stale_version", null, LocalizedText.of(
                    "Iemand anders wijzigde deze organisatie intussen (versie " + stored + ", niet " + expectedVersion
                            + "): haal ze opnieuw op",
                    "Someone else changed this organisation meanwhile (version " + stored + ", not " + expectedVersion
                            + "): fetch it again"));
        }
        return found.get(0);
    }

    private static DomainException notFound(UUID id) {
        return new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                "Geen organisatie met id " + id, "No organisation with id " + id));
    }

    @Override
    public Page<Organisation> search(OrganisationQuery query) {
        StringBuilder where = new StringBuilder("WHERE 1 = 1");
        List<Object> parameters = new ArrayList<>();
        if (query.name() != null) {
            // case and accents folded on both sides (SearchFold): praatcafe finds Praatcafé
            where.append(" AND name_fold LIKE ? ESCAPE '\\'");
            parameters.add("%" + likeEscaped(SearchFold.fold(query.name())) + "%");
        }
        if (query.kind() != null) {
            where.append(" AND kind = ?");
            parameters.add(query.kind().name());
        }
        if (query.postalCode() != null) {
            where.append(" AND postal_code = ?");
            parameters.add(query.postalCode());
        }
        if (query.active() != null) {
            where.append(" AND active = ?");
            parameters.add(query.active());
        }
        return Jdbc.read(dataSource, connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM organisation " + where, parameters);
            List<Organisation> items = select(connection, where + " ORDER BY name_key, id", parameters,
                    query.limit(), query.offset());
            return new Page<>(items, total, query.limit(), query.offset());
        });
    }

    private static List<Organisation> select(Connection connection, String where, List<?> parameters, int limit,
            int offset) throws SQLException {
        String sql = "SELECT " + COLUMNS + " FROM organisation " + where;
        boolean locking = where.endsWith("FOR UPDATE");
        List<Object> all = new ArrayList<>(parameters);
        if (!locking) {
            sql += " LIMIT ? OFFSET ?";
            all.add(limit);
            all.add(offset);
        }
        List<Organisation> organisations = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, sql, all); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                organisations.add(new Organisation(row.getObject("id", UUID.class), row.getLong("version"),
                        new OrganisationData(OrganisationKind.valueOf(row.getString("kind")), row.getString("name"),
                                row.getString("contact_person"), row.getString("email"), row.getString("phone"),
                                row.getString("street"), row.getString("postal_code"), row.getString("municipality"),
                                row.getString("website")),
                        row.getBoolean("active"), row.getObject("created_at", OffsetDateTime.class).toInstant(),
                        row.getObject("updated_at", OffsetDateTime.class).toInstant()));
            }
        }
        return organisations;
    }

    @Override
    public void linkMember(UUID organisationId, String username) {
        String login = required("username", username, 100);
        inTransaction(connection -> {
            if (select(connection, "WHERE id = ? FOR UPDATE", List.of(organisationId), 1, 0).isEmpty()) {
                throw notFound(organisationId);
            }
            try (PreparedStatement delete = prepared(connection, "DELETE FROM organisation_member WHERE username = ?",
                    List.of(login)); PreparedStatement insert = prepared(connection,
                    "INSERT INTO organisation_member (username, organisation_id) VALUES (?, ?)",
                    List.of(login, organisationId))) {
                delete.executeUpdate();
                insert.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public void unlinkMember(String username) {
        inTransaction(connection -> {
            try (PreparedStatement delete = prepared(connection, "DELETE FROM organisation_member WHERE username = ?",
                    List.of(username))) {
                delete.executeUpdate();
            }
            return null;
        });
    }

    @Override
    public Optional<UUID> organisationOf(String username) {
        return Jdbc.read(dataSource, connection -> {
            try (PreparedStatement query = prepared(connection,
                    "SELECT organisation_id FROM organisation_member WHERE username = ?", List.of(username));
                    ResultSet row = query.executeQuery()) {
                return row.next() ? Optional.of(row.getObject(1, UUID.class)) : Optional.empty();
            }
        });
    }
}
