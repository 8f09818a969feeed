package be.pillars.targetgroups.internal;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import be.pillars.api.storage.Jdbc;

/** A project row as the stores of participants and buddies find it, written straight into the pillar's tables. */
public final class TestProjects {

    private TestProjects() {
    }

    public static UUID insert(DataSource dataSource, String coordinator, LocalDate start) throws Exception {
        UUID id = UUID.randomUUID();
        try (Connection connection = dataSource.getConnection();
                PreparedStatement insert = Jdbc.prepared(connection, "INSERT INTO targetgroups_project (id, name, coordinator, "
                        + "start_date, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?)", List.of(id,
                                "Project " + id, coordinator, start, coordinator, OffsetDateTime.now()))) {
            insert.executeUpdate();
        }
        return id;
    }
}
