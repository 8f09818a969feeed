package be.pillars.targetgroups.internal.participants;

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
import java.util.List;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.validation.Fields;
import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;

/**
 * Participants from the target group, per project. Callers check first that the viewer coordinates the project:
 * this store answers whoever asks.
 */
@Component(service = ParticipantStore.class)
public class ParticipantStore {

    private final DataSource dataSource;
    private final Clock clock;

    @Activate
    public ParticipantStore(@Reference(target = TargetGroupsSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource) {
        this(dataSource, Clock.systemDefaultZone());
    }

    ParticipantStore(DataSource dataSource, Clock clock) {
        this.dataSource = dataSource;
        this.clock = clock;
    }

    public Participant add(UUID projectId, Participant.Input input, String createdBy) {
        Participant.Input valid = valid(input);
        Participant participant = new Participant(TimeOrderedIds.next(), projectId, valid.name(), valid.contact(),
                valid.role(), valid.joinedOn(), valid.leftOn(), createdBy, clock.instant(), null);
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement insert = prepared(connection, "INSERT INTO targetgroups_participant (id, project_id, name, "
                    + "contact, role, joined_on, left_on, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                    Arrays.asList(participant.id(), projectId, participant.name(), participant.contact(),
                            participant.role(), participant.joinedOn(), participant.leftOn(), createdBy,
                            utc(participant.createdAt())))) {
                return insert.executeUpdate();
            }
        });
        return participant;
    }

    public Participant update(UUID projectId, UUID id, Participant.Input input) {
        Participant.Input valid = valid(input);
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement update = prepared(connection, "UPDATE targetgroups_participant SET name = ?, contact = ?, "
                    + "role = ?, joined_on = ?, left_on = ? WHERE id = ? AND project_id = ?", Arrays.asList(
                            valid.name(), valid.contact(), valid.role(), valid.joinedOn(), valid.leftOn(), id,
                            projectId))) {
                if (update.executeUpdate() == 0) {
                    throw unknown();
                }
            }
            return null;
        });
        return find(projectId, id);
    }

    private Participant.Input valid(Participant.Input input) {
        LocalDate joined = Fields.present("joinedOn", input.joinedOn());
        if (input.leftOn() != null && input.leftOn().isBefore(joined)) {
            throw Fields.invalid("end_before_start", "leftOn", "Vertrokken voor de start", "Left before joining");
        }
        return new Participant.Input(Fields.required("name", input.name(), 100),
                Fields.optional("contact", input.contact(), 200), Fields.optional("role", input.role(), 200), joined,
                input.leftOn());
    }

    /** The project's participants, by name. */
    public List<Participant> list(UUID projectId) {
        return select("WHERE project_id = ? ORDER BY name, id", projectId);
    }

    public Participant find(UUID projectId, UUID id) {
        return select("WHERE id = ?", id).stream().filter(found -> found.projectId().equals(projectId)).findFirst()
                .orElseThrow(ParticipantStore::unknown);
    }

    /**
     * Removes everything recorded about the participant, their proposals and consent included: their GDPR erasure.
     * The core volunteer they may have become stays: a record of its own, with its own erasure.
     */
    public void erase(UUID projectId, UUID id) {
        Jdbc.inTransaction(dataSource, connection -> {
            if (delete(connection, "WHERE id = ? AND project_id = ?", List.of(id, projectId)) == 0) {
                throw unknown();
            }
            return null;
        });
    }

    /** The participant records linked to a core volunteer: part of that volunteer's personal data. */
    public List<Participant> linkedTo(UUID volunteerId) {
        return select("WHERE volunteer_id = ? ORDER BY created_at, id", volunteerId);
    }

    /** Removes the participant records linked to a core volunteer, with their proposals: the volunteer's erasure. */
    public void forgetVolunteer(UUID volunteerId) {
        Jdbc.inTransaction(dataSource, connection -> delete(connection, "WHERE volunteer_id = ?",
                List.of(volunteerId)));
    }

    /** Deletes the participants {@code where} selects, their proposals first; how many participants it deleted. */
    private static int delete(Connection connection, String where, List<?> parameters) throws SQLException {
        try (PreparedStatement proposals = prepared(connection, "DELETE FROM targetgroups_participant_proposal WHERE "
                + "participant_id IN (SELECT id FROM targetgroups_participant " + where + ")", parameters)) {
            proposals.executeUpdate();
        }
        try (PreparedStatement participants = prepared(connection, "DELETE FROM targetgroups_participant " + where,
                parameters)) {
            return participants.executeUpdate();
        }
    }

    private List<Participant> select(String where, UUID parameter) {
        return Jdbc.read(dataSource, connection -> {
            List<Participant> participants = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT id, project_id, name, contact, role, "
                    + "joined_on, left_on, created_by, created_at, volunteer_id FROM targetgroups_participant " + where,
                    List.of(parameter));
                    ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    participants.add(participant(row));
                }
            }
            return participants;
        });
    }

    private static Participant participant(ResultSet row) throws SQLException {
        return new Participant(row.getObject(1, UUID.class), row.getObject(2, UUID.class), row.getString(3),
                row.getString(4), row.getString(5), row.getObject(6, LocalDate.class), row.getObject(7, LocalDate.class),
                row.getString(8), row.getObject(9, OffsetDateTime.class).toInstant(),
                row.getObject(10, UUID.class));
    }

    private static DomainException unknown() {
        return new DomainException(DomainException.Kind.NOT_FOUND, "unknown_participant", "participantId",
                LocalizedText.of("Geen deelnemer met dit id in dit project", "No participant with this id in this project"));
    }
}
