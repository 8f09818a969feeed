package be.pillars.core.internal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.skill.Skills;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.validation.Fields;

/** The controlled list of talents in core's {@code skill} table; admins extend it. */
@Component(service = {SkillTaxonomy.class, Skills.class})
public class SkillTaxonomy implements Skills {

    /** One talent: its stable code and its labels. */
    public record Skill(String code, LocalizedText label) {
    }

    private final DataSource dataSource;

    @Activate
    public SkillTaxonomy(@Reference(target = CoreSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Adds a skill to the taxonomy; the code is permanent, the labels can change. */
    public Skill add(Skill skill) {
        Skill valid = validated(skill);
        return Jdbc.inTransaction(dataSource, () -> new DomainException(DomainException.Kind.CONFLICT,
                "duplicate_code", "code", LocalizedText.of("Deze code bestaat al", "This code already exists")),
                connection -> {
                    try (PreparedStatement insert = Jdbc.prepared(connection,
                            "INSERT INTO skill (code, label_nl, label_en) VALUES (?, ?, ?)",
                            List.of(valid.code(), valid.label().nl(), valid.label().en()))) {
                        insert.executeUpdate();
                    }
                    return valid;
                });
    }

    /** Changes the labels of an existing skill. */
    public Skill relabel(String code, LocalizedText label) {
        Skill valid = validated(new Skill(code, label));
        return Jdbc.inTransaction(dataSource, () -> {
            throw new IllegalStateException("relabelling cannot break a unique constraint");
        }, connection -> {
            try (PreparedStatement update = Jdbc.prepared(connection,
                    "UPDATE skill SET label_nl = ?, label_en = ? WHERE code = ?",
                    List.of(valid.label().nl(), valid.label().en(), valid.code()))) {
                if (update.executeUpdate() == 0) {
                    throw new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null, LocalizedText.of(
                            "Geen vaardigheid met code " + code, "No skill with code " + code));
                }
            }
            return valid;
        });
    }

    private static Skill validated(Skill skill) {
        String code = Fields.required("code", skill.code(), 64);
        if (!code.matches("[a-z][a-z0-9-]{1,63}")) {
            throw Fields.invalid("invalid_code", "code", "Kleine letters, cijfers en streepjes (bv. first-aid)",
                    "Lower-case letters, digits and dashes (e.g. first-aid)");
        }
        LocalizedText label = Fields.present("label", skill.label());
        return new Skill(code, LocalizedText.of(Fields.required("label.nl", label.nl(), 200),
                Fields.required("label.en", label.en(), 200)));
    }

    /** The codes of every skill. */
    public Set<String> codes() throws SQLException {
        return all().stream().map(Skill::code).collect(Collectors.toUnmodifiableSet());
    }

    @Override
    public Set<String> unknown(Collection<String> codes) {
        Set<String> known;
        try {
            known = codes();
        } catch (SQLException e) {
            throw new IllegalStateException("Reading the skill taxonomy failed: " + e.getMessage(), e);
        }
        Set<String> unknown = new LinkedHashSet<>(codes);
        unknown.removeAll(known);
        return unknown;
    }

    /** Every skill, ordered by code. */
    public List<Skill> all() throws SQLException {
        try (Connection connection = dataSource.getConnection();
                PreparedStatement query = connection.prepareStatement(
                        "SELECT code, label_nl, label_en FROM skill ORDER BY code");
                ResultSet rows = query.executeQuery()) {
            List<Skill> skills = new ArrayList<>();
            while (rows.next()) {
                skills.add(new Skill(rows.getString("code"),
                        LocalizedText.of(rows.getString("label_nl"), rows.getString("label_en"))));
            }
            return skills;
        }
    }
}
