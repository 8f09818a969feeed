package be.pillars.targetgroups.internal.catalogue;

import static be.pillars.api.storage.Jdbc.prepared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.regex.Pattern;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.validation.Fields;
import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;

/** The catalogue of target groups: poverty and loneliness to start; admins add more and rename them. */
@Component(service = TargetGroupCatalogue.class)
public class TargetGroupCatalogue {

    private static final Pattern CODE = Pattern.compile("[a-z][a-z0-9-]{1,39}");

    private final DataSource dataSource;

    @Activate
    public TargetGroupCatalogue(@Reference(target = TargetGroupsSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource) {
        this(dataSource);
    }

    TargetGroupCatalogue(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Every target group, by code. */
    public List<TargetGroup> list() {
        return Jdbc.read(dataSource, connection -> {
            List<TargetGroup> groups = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement(
                    "SELECT code, label_nl, label_en FROM targetgroups_target_group ORDER BY code");
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    groups.add(new TargetGroup(row.getString(1), LocalizedText.of(row.getString(2), row.getString(3))));
                }
            }
            return groups;
        });
    }

    /** Adds a target group. @throws DomainException {@code CONFLICT} when the code is taken */
    public TargetGroup add(TargetGroup group) {
        TargetGroup valid = valid(group);
        return Jdbc.inTransaction(dataSource, () -> new DomainException(DomainException.Kind.CONFLICT,
                "duplicate_code", "code", LocalizedText.of("Deze code bestaat al", "This code already exists")),
                connection -> {
                    try (PreparedStatement insert = prepared(connection, "INSERT INTO targetgroups_target_group (code, label_nl, "
                            + "label_en) VALUES (?, ?, ?)", List.of(valid.code(), valid.name().nl(), valid.name().en()))) {
                        insert.executeUpdate();
                    }
                    return valid;
                });
    }

    /** Gives a target group new names; its code stays. */
    public TargetGroup rename(String code, LocalizedText name) {
        TargetGroup valid = valid(new TargetGroup(code, name));
        return Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement update = prepared(connection, "UPDATE targetgroups_target_group SET label_nl = ?, label_en = ? "
                    + "WHERE code = ?", List.of(valid.name().nl(), valid.name().en(), valid.code()))) {
                if (update.executeUpdate() == 0) {
                    throw new DomainException(DomainException.Kind.NOT_FOUND, "unknown_target_group", "code",
                            LocalizedText.of("Onbekende doelgroep", "Unknown target group"));
                }
            }
            return valid;
        });
    }

    /**
     * Refuses codes that are not in the catalogue, naming the field; called inside the caller's transaction so
     * that the check and the change see the same catalogue.
     */
    public static void requireKnown(Connection connection, String field, Collection<String> codes) throws SQLException {
        for (String code : codes) {
            if (Jdbc.count(connection, "SELECT COUNT(*) FROM targetgroups_target_group WHERE code = ?", List.of(code)) == 0) {
                throw Fields.invalid("unknown_target_group", field, "Onbekende doelgroep '" + code + "'",
                        "Unknown target group '" + code + "'");
            }
        }
    }

    private static TargetGroup valid(TargetGroup group) {
        String code = Fields.required("code", group.code(), 40);
        if (!CODE.matcher(code).matches()) {
            throw Fields.invalid("invalid_code", "code", "Kleine letters, cijfers en '-', beginnend met een letter",
                    "Lower-case letters, digits and '-', starting with a letter");
        }
        LocalizedText name = Fields.present("name", group.name());
        return new TargetGroup(code, LocalizedText.of(Fields.required("name.nl", name.nl(), 100),
                Fields.required("name.en", name.en(), 100)));
    }
}
