package be.pillars.targetgroups.internal.representation;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Clock;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;

/** The reference population per year and municipality, as imported from Statbel's files. Only counts. */
@Component(service = PopulationStore.class)
public class PopulationStore {

    /** One import: which year and municipality, how many rows and people, by whom and when. */
    public record Import(int year, String refnis, String municipality, long rows, long people, String importedBy,
            Instant importedAt) {
    }

    private final DataSource dataSource;
    private final Clock clock;

    @Activate
    public PopulationStore(@Reference(target = TargetGroupsSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource) {
        this(dataSource, Clock.systemDefaultZone());
    }

    PopulationStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    /** Replaces the year's population of the municipality with the file's, in one transaction. */
    public Import replace(int year, PopulationFile.Parsed parsed, String importedBy) {
        Import done = new Import(year, parsed.refnis(), parsed.municipality(), parsed.rows(), parsed.people(),
                importedBy, clock.instant());
        Jdbc.inTransaction(dataSource, connection -> {
            for (String table : List.of("targetgroups_population", "targetgroups_population_import")) {
                try (PreparedStatement delete = prepared(connection, "DELETE FROM " + table + " WHERE ref_year = ? "
                        + "AND refnis = ?", List.of(year, parsed.refnis()))) {
                    delete.executeUpdate();
                }
            }
            try (PreparedStatement insert = connection.prepareStatement("INSERT INTO targetgroups_population (ref_year, refnis, "
                    + "age, sex, district, people) VALUES (?, ?, ?, ?, ?, ?)")) {
                for (PopulationCell cell : parsed.cells()) {
                    Jdbc.bind(insert, List.of(year, parsed.refnis(), cell.age(), cell.sex(), cell.district(),
                            cell.people()));
                    insert.addBatch();
                }
                insert.executeBatch();
            }
            try (PreparedStatement insert = prepared(connection, "INSERT INTO targetgroups_population_import (ref_year, refnis, "
                    + "municipality, rows_read, people, imported_by, imported_at) VALUES (?, ?, ?, ?, ?, ?, ?)",
                    Arrays.asList(year, parsed.refnis(), parsed.municipality(), parsed.rows(), parsed.people(),
                            importedBy, utc(done.importedAt())))) {
                insert.executeUpdate();
            }
            return null;
        });
        return done;
    }

    /** Every import, newest year first. */
    public List<Import> imports() {
        return Jdbc.read(dataSource, connection -> {
            List<Import> imports = new ArrayList<>();
            try (PreparedStatement select = connection.prepareStatement("SELECT ref_year, refnis, municipality, "
                    + "rows_read, people, imported_by, imported_at FROM targetgroups_population_import "
                    + "ORDER BY ref_year DESC, imported_at DESC, refnis"); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    imports.add(new Import(row.getInt(1), row.getString(2), row.getString(3), row.getLong(4),
                            row.getLong(5), row.getString(6), row.getObject(7, OffsetDateTime.class).toInstant()));
                }
            }
            return imports;
        });
    }

    /**
     * The import a report uses: of the year asked (the newest year when null), of the municipality asked (the one
     * imported last for that year when null).
     */
    public Optional<Import> chosen(Integer year, String refnis) {
        return imports().stream().filter(found -> year == null || found.year() == year)
                .filter(found -> refnis == null || found.refnis().equals(refnis)).findFirst();
    }

    /** The population of one import, by age, sex and district. */
    public List<PopulationCell> cells(Import chosen) {
        return Jdbc.read(dataSource, connection -> {
            List<PopulationCell> cells = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT age, sex, district, people FROM targetgroups_population "
                    + "WHERE ref_year = ? AND refnis = ? ORDER BY age, sex, district",
                    List.of(chosen.year(), chosen.refnis())); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    cells.add(new PopulationCell(row.getInt(1), row.getString(2), row.getString(3), row.getLong(4)));
                }
            }
            return cells;
        });
    }
}
