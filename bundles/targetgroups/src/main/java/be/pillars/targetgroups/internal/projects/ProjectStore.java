package be.pillars.targetgroups.internal.projects;

import static be.pillars.api.storage.Jdbc.prepared;
import static be.pillars.api.storage.Jdbc.utc;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
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
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementData;
import be.pillars.api.engagement.EngagementService;
import be.pillars.api.engagement.EngagementStatus;
import be.pillars.api.organisation.OrganisationService;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.validation.Fields;
import be.pillars.targetgroups.internal.TargetGroupsPillar;
import be.pillars.targetgroups.internal.catalogue.TargetGroupCatalogue;
import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;

/**
 * Projects for target groups: their groups, partner organisations, coordinator and period, and the volunteers
 * engaged in them as core engagements owned by this pillar.
 */
@Component(service = ProjectStore.class)
public class ProjectStore {

    public static final int MAX_LIMIT = 200;
    public static final int DEFAULT_LIMIT = 50;

    private static final String SELECT = "SELECT p.id, p.name, p.description, p.coordinator, p.start_date, "
            + "p.end_date, p.created_by, p.created_at, "
            + "(SELECT COUNT(*) FROM targetgroups_project_engagement e WHERE e.project_id = p.id), "
            + "(SELECT COUNT(*) FROM targetgroups_participant a WHERE a.project_id = p.id AND a.left_on IS NULL), "
            + "(SELECT COUNT(*) FROM targetgroups_pair b WHERE b.project_id = p.id AND b.ended_on IS NULL) FROM targetgroups_project p ";

    private final DataSource dataSource;
    private final OrganisationService organisations;
    private final EngagementService engagements;
    private final Clock clock;

    @Activate
    public ProjectStore(@Reference(target = TargetGroupsSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource,
            @Reference OrganisationService organisations, @Reference EngagementService engagements) {
        this(dataSource, organisations, engagements, Clock.systemDefaultZone());
    }

    ProjectStore(DataSource dataSource, OrganisationService organisations, EngagementService engagements,
            Clock clock) {
        this.dataSource = dataSource;
        this.organisations = organisations;
        this.engagements = engagements;
        this.clock = clock;
    }

    /** Stores a new project coordinated by {@code coordinator}. */
    public Project create(ProjectInput input, String coordinator, String createdBy) {
        UUID id = TimeOrderedIds.next();
        ProjectInput valid = valid(input, coordinator);
        Instant now = clock.instant();
        Jdbc.inTransaction(dataSource, connection -> {
            TargetGroupCatalogue.requireKnown(connection, "targetGroups", valid.targetGroups());
            try (PreparedStatement insert = prepared(connection, "INSERT INTO targetgroups_project (id, name, description, "
                    + "coordinator, start_date, end_date, created_by, created_at) VALUES (?, ?, ?, ?, ?, ?, ?, ?)",
                    Arrays.asList(id, valid.name(), valid.description(), valid.coordinator(),
                            valid.startDate(), valid.endDate(), createdBy, utc(now)))) {
                insert.executeUpdate();
            }
            writeLinks(connection, id, valid);
            return null;
        });
        return require(id);
    }

    /** Replaces what a project is: name, description, coordinator, period, target groups and partners. */
    public Project update(UUID id, ProjectInput input, String coordinator) {
        require(id);
        ProjectInput valid = valid(input, coordinator);
        Jdbc.inTransaction(dataSource, connection -> {
            TargetGroupCatalogue.requireKnown(connection, "targetGroups", valid.targetGroups());
            try (PreparedStatement update = prepared(connection, "UPDATE targetgroups_project SET name = ?, description = ?, "
                    + "coordinator = ?, start_date = ?, end_date = ? WHERE id = ?", Arrays.asList(
                            valid.name(), valid.description(), valid.coordinator(), valid.startDate(),
                            valid.endDate(), id))) {
                update.executeUpdate();
            }
            for (String table : List.of("targetgroups_project_target_group", "targetgroups_project_partner")) {
                try (PreparedStatement delete = prepared(connection, "DELETE FROM " + table + " WHERE project_id = ?",
                        List.of(id))) {
                    delete.executeUpdate();
                }
            }
            writeLinks(connection, id, valid);
            return null;
        });
        return require(id);
    }

    private static void writeLinks(Connection connection, UUID id, ProjectInput valid) throws SQLException {
        try (PreparedStatement groups = connection.prepareStatement(
                "INSERT INTO targetgroups_project_target_group (project_id, code) VALUES (?, ?)")) {
            for (String code : valid.targetGroups()) {
                Jdbc.bind(groups, List.of(id, code));
                groups.addBatch();
            }
            groups.executeBatch();
        }
        try (PreparedStatement partners = connection.prepareStatement(
                "INSERT INTO targetgroups_project_partner (project_id, organisation_id) VALUES (?, ?)")) {
            for (UUID partner : valid.partners()) {
                Jdbc.bind(partners, List.of(id, partner));
                partners.addBatch();
            }
            partners.executeBatch();
        }
    }

    private ProjectInput valid(ProjectInput input, String coordinator) {
        String name = Fields.required("name", input.name(), 200);
        String description = Fields.optional("description", input.description(), 2000);
        String login = Fields.required("coordinator", coordinator, 100);
        LocalDate start = Fields.present("startDate", input.startDate());
        if (input.endDate() != null && input.endDate().isBefore(start)) {
            throw Fields.invalid("end_before_start", "endDate", "Het einde valt voor het begin",
                    "The end is before the start");
        }
        List<String> groups = List.copyOf(new LinkedHashSet<>(nonEmpty("targetGroups", input.targetGroups(),
                "Kies minstens één doelgroep", "Choose at least one target group")));
        List<UUID> partners = List.copyOf(new LinkedHashSet<>(nonEmpty("partners", input.partners(),
                "Kies minstens één partnerorganisatie", "Choose at least one partner organisation")));
        for (int i = 0; i < partners.size(); i++) {
            UUID partner = partners.get(i);
            if (partner == null || organisations.find(partner).isEmpty()) {
                throw Fields.invalid("unknown_organisation", "partners[" + i + "]", "Geen organisatie met dit id",
                        "No organisation with this id");
            }
        }
        return new ProjectInput(name, description, login, start, input.endDate(), groups, partners);
    }

    private static <T> List<T> nonEmpty(String field, List<T> values, String nl, String en) {
        if (values == null || values.isEmpty()) {
            throw Fields.invalid("required", field, nl, en);
        }
        return values;
    }

    public Optional<Project> find(UUID id) {
        return Jdbc.read(dataSource, connection -> {
            try (PreparedStatement select = prepared(connection, SELECT + "WHERE p.id = ?", List.of(id));
                    ResultSet row = select.executeQuery()) {
                return row.next() ? Optional.of(project(connection, row)) : Optional.<Project>empty();
            }
        });
    }

    /** @throws DomainException {@code NOT_FOUND} when there is no such project */
    public Project require(UUID id) {
        return find(id).orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "unknown_project",
                "projectId", LocalizedText.of("Geen project met dit id", "No project with this id")));
    }

    /** Projects by start date (newest first), all of them or those of one coordinator. */
    public Page<Project> list(String coordinator, int limit, int offset) {
        String where = coordinator == null ? "" : "WHERE p.coordinator = ? ";
        List<Object> parameters = coordinator == null ? new ArrayList<>() : new ArrayList<>(List.of(coordinator));
        return Jdbc.read(dataSource, connection -> {
            long total = Jdbc.count(connection, "SELECT COUNT(*) FROM targetgroups_project p " + where, parameters);
            List<Object> page = new ArrayList<>(parameters);
            page.add(limit);
            page.add(offset);
            List<Project> projects = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, SELECT + where
                    + "ORDER BY p.start_date DESC, p.id LIMIT ? OFFSET ?", page); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    projects.add(project(connection, row));
                }
            }
            return new Page<>(projects, total, limit, offset);
        });
    }

    private static Project project(Connection connection, ResultSet row) throws SQLException {
        UUID id = row.getObject(1, UUID.class);
        List<String> groups = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT code FROM targetgroups_project_target_group "
                + "WHERE project_id = ? ORDER BY code", List.of(id)); ResultSet group = select.executeQuery()) {
            while (group.next()) {
                groups.add(group.getString(1));
            }
        }
        List<UUID> partners = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT organisation_id FROM targetgroups_project_partner "
                + "WHERE project_id = ?", List.of(id)); ResultSet partner = select.executeQuery()) {
            while (partner.next()) {
                partners.add(partner.getObject(1, UUID.class));
            }
        }
        // by their text, the same on every database (which compare UUIDs each their own way)
        partners.sort(Comparator.comparing(UUID::toString));
        return new Project(id, row.getString(2), row.getString(3), row.getString(4),
                row.getObject(5, LocalDate.class), row.getObject(6, LocalDate.class), groups, partners, row.getInt(9),
                row.getInt(10), row.getInt(11), row.getString(7), row.getObject(8, OffsetDateTime.class).toInstant());
    }

    /**
     * Engages a volunteer in the project: a core engagement owned by this pillar with one of the project's
     * partners, active from its start.
     */
    public Engagement engage(UUID projectId, EngagementInput input) {
        UUID organisation = require(projectId).partner(input.organisationId());
        EngagementStatus status = input.startDate() != null && input.startDate().isAfter(LocalDate.now(clock))
                ? EngagementStatus.PLANNED : EngagementStatus.ACTIVE;
        // core's engagement joins this transaction: it and the project's row are stored together or not at all
        return Jdbc.inTransaction(dataSource, connection -> {
            Engagement engagement = engagements.create(new EngagementData(input.volunteerId(), organisation,
                    input.role(), input.kind(), input.startDate(), input.endDate(), status, TargetGroupsPillar.ID));
            try (PreparedStatement insert = prepared(connection, "INSERT INTO targetgroups_project_engagement (engagement_id, "
                    + "project_id, volunteer_id) VALUES (?, ?, ?)", List.of(engagement.id(), projectId,
                            engagement.data().volunteerId()))) {
                insert.executeUpdate();
            }
            return engagement;
        });
    }

    /** The core engagements of the project's volunteers, as core holds them now. */
    public List<Engagement> engagements(UUID projectId) {
        require(projectId);
        List<UUID> ids = Jdbc.read(dataSource, connection -> ids(connection, "SELECT engagement_id FROM "
                + "targetgroups_project_engagement WHERE project_id = ? ORDER BY engagement_id", projectId));
        return ids.stream().map(engagements::find).flatMap(Optional::stream).toList();
    }

    /** The projects a volunteer is engaged in, with the engagement: what the volunteer's GDPR export shows. */
    public record VolunteerProject(UUID projectId, String projectName, UUID engagementId) {
    }

    public List<VolunteerProject> projectsOf(UUID volunteerId) {
        return Jdbc.read(dataSource, connection -> {
            List<VolunteerProject> found = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT p.id, p.name, e.engagement_id FROM "
                    + "targetgroups_project_engagement e JOIN targetgroups_project p ON p.id = e.project_id WHERE e.volunteer_id = ? "
                    + "ORDER BY p.name, e.engagement_id", List.of(volunteerId)); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    found.add(new VolunteerProject(row.getObject(1, UUID.class), row.getString(2),
                            row.getObject(3, UUID.class)));
                }
            }
            return found;
        });
    }

    private static List<UUID> ids(Connection connection, String sql, UUID parameter) throws SQLException {
        List<UUID> ids = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, sql, List.of(parameter));
                ResultSet row = select.executeQuery()) {
            while (row.next()) {
                ids.add(row.getObject(1, UUID.class));
            }
        }
        return ids;
    }
}
