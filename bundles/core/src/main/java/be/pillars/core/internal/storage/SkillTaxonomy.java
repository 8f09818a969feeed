package be.pillars.core.internal.storage;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.LocalizedText;
import be.pillars.api.storage.PillarsDataSource;

/** The controlled list of talents, read from core's {@code skill} table. */
@Component(service = SkillTaxonomy.class)
public class SkillTaxonomy {

    /** One talent: its stable code and its labels. */
    public record Skill(String code, LocalizedText label) {
    }

    private final DataSource dataSource;

    @Activate
    public SkillTaxonomy(@Reference CoreSchema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** The codes of every skill. */
    public Set<String> codes() throws SQLException {
        return all().stream().map(Skill::code).collect(Collectors.toUnmodifiableSet());
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
