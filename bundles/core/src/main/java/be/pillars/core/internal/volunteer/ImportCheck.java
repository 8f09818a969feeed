package be.pillars.core.internal.volunteer;

import static be.pillars.api.storage.Jdbc.prepared;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

import javax.sql.DataSource;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.core.internal.storage.SkillTaxonomy;

/**
 * Checks many new volunteers as a whole before any is stored: each by the rules of a volunteer, and every email
 * address against the other rows and against the volunteers stored, so that an import lists every problem at once.
 */
final class ImportCheck {

    private final VolunteerValidator validator;
    private final SkillTaxonomy skills;
    private final DataSource dataSource;

    ImportCheck(VolunteerValidator validator, SkillTaxonomy skills, DataSource dataSource) {
        this.validator = validator;
        this.skills = skills;
        this.dataSource = dataSource;
    }

    /** Validates every volunteer, adding the valid ones to {@code valid}; returns the problems, by row. */
    List<DomainException.Problem> checked(List<VolunteerData> volunteers, List<VolunteerData> valid) {
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

    /** Which of these emails a stored volunteer already has. */
    private static List<String> storedEmails(Connection connection, Collection<String> emails) throws SQLException {
        List<String> taken = new ArrayList<>();
        List<String> all = List.copyOf(emails);
        for (int from = 0; from < all.size(); from += JdbcVolunteerService.IMPORT_BATCH) {
            List<String> chunk = all.subList(from, Math.min(all.size(), from + JdbcVolunteerService.IMPORT_BATCH));
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
}
