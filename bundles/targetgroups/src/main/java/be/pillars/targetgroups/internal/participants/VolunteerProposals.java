package be.pillars.targetgroups.internal.participants;

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
import java.util.List;
import java.util.Set;
import java.util.UUID;

import javax.sql.DataSource;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;
import be.pillars.api.engagement.Engagement;
import be.pillars.api.engagement.EngagementKind;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.storage.TimeOrderedIds;
import be.pillars.api.validation.Fields;
import be.pillars.api.volunteer.Consent;
import be.pillars.api.volunteer.Preference;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerData;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.targetgroups.internal.projects.EngagementInput;
import be.pillars.targetgroups.internal.projects.Project;
import be.pillars.targetgroups.internal.projects.ProjectStore;
import be.pillars.targetgroups.internal.storage.TargetGroupsSchemaMigration;

/**
 * A participant becomes a volunteer of the municipality (information note, insurance, allowances, the party, the
 * representation monitor) only with their consent. The project's coordinator proposes it with what core needs for a
 * volunteer, asks the person, and records the answer. A yes, with when and how it was given, makes core store the
 * volunteer with that consent; the participant is linked to them and the project engages them with one of its
 * partners, as it does its other volunteers. A no, or a proposal withdrawn, leaves them in this pillar only, and the
 * personal data proposed is dropped. Callers check first that the caller coordinates the project
 * ({@code ProjectAccess}).
 */
@Component(service = VolunteerProposals.class)
public class VolunteerProposals {

    /** The purpose of the consent core records for a participant who became a volunteer. */
    public static final String PURPOSE = "volunteer-record";
    /** Core's code for an email address another volunteer has. */
    static final String DUPLICATE_EMAIL = "duplicate_email";

    private static final String COLUMNS = "id, participant_id, status, first_name, last_name, email, phone, "
            + "birth_date, postal_code, district, preference, organisation_id, role, kind, proposed_by, proposed_at, "
            + "decided_by, decided_at, consented_at, guardian_consented_at, consent_evidence, volunteer_id, "
            + "engagement_id";
    /** Once the person answered the pillar keeps none of the personal data proposed: after a yes core holds it. */
    private static final String DROP_PERSONAL_DATA = "first_name = NULL, last_name = NULL, email = NULL, "
            + "phone = NULL, birth_date = NULL, postal_code = NULL, district = NULL, preference = NULL";
    private static final String PROPOSED = Proposal.Status.PROPOSED.name();

    private final DataSource dataSource;
    private final ParticipantStore participants;
    private final ProjectStore projects;
    private final VolunteerService volunteers;
    private final Clock clock;

    @Activate
    public VolunteerProposals(@Reference(target = TargetGroupsSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource,
            @Reference ParticipantStore participants, @Reference ProjectStore projects,
            @Reference VolunteerService volunteers) {
        this(dataSource, participants, projects, volunteers, Clock.systemDefaultZone());
    }

    VolunteerProposals(DataSource dataSource, ParticipantStore participants, ProjectStore projects,
            VolunteerService volunteers, Clock clock) {
        this.dataSource = dataSource;
        this.participants = participants;
        this.projects = projects;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /**
     * Proposes that the participant become a volunteer, checked as core will check the volunteer.
     *
     * @throws DomainException {@code CONFLICT} when the participant is a volunteer already, has left the project or
     *                         has an open proposal, or when a volunteer has the email address
     */
    public Proposal propose(Project project, UUID participantId, Proposal.Input input, String proposedBy) {
        Participant participant = takingPart(project, participantId);
        String role = Fields.optional("role", input.role(), 100);
        Proposal.Input valid = new Proposal.Input(trimmed(input.firstName()), trimmed(input.lastName()),
                trimmed(input.email()), trimmed(input.phone()), input.birthDate(), trimmed(input.postalCode()),
                trimmed(input.district()), input.preference(), project.partner(input.organisationId()),
                Fields.required("role", role == null ? participant.role() : role, 100),
                Fields.present("kind", input.kind()));
        Instant now = clock.instant();
        // as core will store it once the person, and for someone under core's minimum age a parent, consented: the
        // age rule is core's to apply at the consent, where the guardian's consent comes with the person's
        List<DomainException.Problem> problems = volunteers.check(List.of(volunteer(valid, List.of(
                new Consent(PURPOSE, now), new Consent(VolunteerData.GUARDIAN_CONSENT, now)))));
        if (!problems.isEmpty()) {
            DomainException.Problem first = problems.get(0);
            throw DUPLICATE_EMAIL.equals(first.code()) ? emailInUse()
                    : DomainException.invalid(first.code(), first.field(), first.text());
        }
        UUID id = TimeOrderedIds.next();
        Jdbc.inTransaction(dataSource, connection -> {
            // the participant's row serialises the proposals for them on every node
            try (PreparedStatement lock = prepared(connection, "UPDATE targetgroups_participant SET name = name WHERE id = ?",
                    List.of(participantId))) {
                lock.executeUpdate();
            }
            if (Jdbc.count(connection, "SELECT COUNT(*) FROM targetgroups_participant WHERE id = ? AND volunteer_id IS NOT NULL",
                    List.of(participantId)) > 0) {
                throw alreadyVolunteer();
            }
            if (Jdbc.count(connection, "SELECT COUNT(*) FROM targetgroups_participant_proposal WHERE participant_id = ? "
                    + "AND status = ?", List.of(participantId, PROPOSED)) > 0) {
                throw new DomainException(DomainException.Kind.CONFLICT, "proposal_open", "participantId",
                        LocalizedText.of("Er loopt al een voorstel voor deze deelnemer: noteer eerst het antwoord "
                                + "of trek het in", "A proposal for this participant is open: record the answer or "
                                        + "withdraw it first"));
            }
            try (PreparedStatement insert = prepared(connection, "INSERT INTO targetgroups_participant_proposal (id, "
                    + "participant_id, status, first_name, last_name, email, phone, birth_date, postal_code, district, "
                    + "preference, organisation_id, role, kind, proposed_by, proposed_at) VALUES (?, ?, ?, ?, ?, ?, ?, "
                    + "?, ?, ?, ?, ?, ?, ?, ?, ?)", Arrays.asList(id, participantId, PROPOSED, valid.firstName(),
                            valid.lastName(), valid.email(), valid.phone(), valid.birthDate(), valid.postalCode(),
                            valid.district(), valid.preference() == null ? null : valid.preference().name(),
                            valid.organisationId(), valid.role(), valid.kind().name(), proposedBy, utc(now)))) {
                return insert.executeUpdate();
            }
        });
        return require(id);
    }

    /**
     * Records the person's yes: core stores the volunteer with the consent (and a guardian's, when given), the
     * participant is linked to them and the project engages them from the day they consented (or joined, when
     * later) until the day they leave.
     *
     * @throws DomainException {@code CONFLICT} when no proposal is open, the participant left, or a volunteer has the
     *                         email address by now; {@code INVALID} when core refuses the volunteer, such as
     *                         {@code too_young} on {@code birthDate} without a guardian's consent. Nothing changes,
     *                         in core nor here.
     */
    public Proposal consent(Project project, UUID participantId, Proposal.Consent consent, String recordedBy) {
        Participant participant = takingPart(project, participantId);
        Proposal open = open(participantId);
        Proposal.Input proposed = open.proposed();
        // the project's partners may have changed since the proposal: refused before core stores anyone
        project.partner(proposed.organisationId());
        Instant now = clock.instant();
        Instant consentedAt = notLater("consentedAt", Fields.present("consentedAt", consent.consentedAt()), now);
        String evidence = Fields.required("evidence", consent.evidence(), 200);
        List<Consent> consents = new ArrayList<>(List.of(new Consent(PURPOSE, consentedAt)));
        if (consent.guardianConsentedAt() != null) {
            consents.add(new Consent(VolunteerData.GUARDIAN_CONSENT, notLater("guardianConsentedAt",
                    consent.guardianConsentedAt(), now)));
        }
        LocalDate consentDay = LocalDate.ofInstant(consentedAt, clock.getZone());
        LocalDate start = participant.joinedOn().isAfter(consentDay) ? participant.joinedOn() : consentDay;
        // core's writes join this transaction: the volunteer, the link, the engagement and the consent recorded are
        // stored together or not at all
        Jdbc.inTransaction(dataSource, connection -> {
            Volunteer volunteer;
            try {
                volunteer = volunteers.create(volunteer(proposed, consents));
            } catch (DomainException refused) {
                throw DUPLICATE_EMAIL.equals(refused.code()) ? emailInUse() : refused;
            }
            try (PreparedStatement link = prepared(connection, "UPDATE targetgroups_participant SET volunteer_id = ? "
                    + "WHERE id = ? AND volunteer_id IS NULL", List.of(volunteer.id(), participantId))) {
                if (link.executeUpdate() == 0) {
                    throw alreadyVolunteer();
                }
            }
            Engagement engagement = projects.engage(project.id(), new EngagementInput(volunteer.id(),
                    proposed.organisationId(), proposed.role(), proposed.kind(), start, participant.leftOn()));
            try (PreparedStatement consented = prepared(connection, "UPDATE targetgroups_participant_proposal SET status = ?, "
                    + DROP_PERSONAL_DATA + ", decided_by = ?, decided_at = ?, consented_at = ?, "
                    + "guardian_consented_at = ?, consent_evidence = ?, volunteer_id = ?, engagement_id = ? "
                    + "WHERE id = ? AND status = ?", Arrays.asList(Proposal.Status.CONSENTED.name(), recordedBy,
                            utc(now), utc(consentedAt), consent.guardianConsentedAt() == null ? null
                                    : utc(consent.guardianConsentedAt()), evidence, volunteer.id(), engagement.id(),
                            open.id(), PROPOSED))) {
                // declined or withdrawn meanwhile: that answer stands, and nothing of this one is stored
                if (consented.executeUpdate() == 0) {
                    throw noOpenProposal();
                }
            }
            return null;
        });
        return require(open.id());
    }

    /** Records the person's no: they stay in this pillar only. */
    public Proposal decline(Project project, UUID participantId, String recordedBy) {
        return close(project, participantId, Proposal.Status.DECLINED, recordedBy);
    }

    /** The coordinator takes the proposal back: the participant stays in this pillar only. */
    public Proposal withdraw(Project project, UUID participantId, String recordedBy) {
        return close(project, participantId, Proposal.Status.WITHDRAWN, recordedBy);
    }

    private Proposal close(Project project, UUID participantId, Proposal.Status answer, String recordedBy) {
        participants.find(project.id(), participantId);
        UUID id = open(participantId).id();
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement close = prepared(connection, "UPDATE targetgroups_participant_proposal SET status = ?, "
                    + DROP_PERSONAL_DATA + ", decided_by = ?, decided_at = ? WHERE id = ? AND status = ?", List.of(
                            answer.name(), recordedBy, utc(clock.instant()), id, PROPOSED))) {
                if (close.executeUpdate() == 0) {
                    throw noOpenProposal();
                }
            }
            return null;
        });
        return require(id);
    }

    /** The participant's latest proposal, open or answered. */
    public Proposal latest(Project project, UUID participantId) {
        participants.find(project.id(), participantId);
        List<Proposal> history = history(participantId);
        if (history.isEmpty()) {
            throw new DomainException(DomainException.Kind.NOT_FOUND, "no_proposal", "participantId",
                    LocalizedText.of("Deze deelnemer kreeg nog geen voorstel om vrijwilliger te worden",
                            "This participant has not been proposed to become a volunteer"));
        }
        return history.get(history.size() - 1);
    }

    /** Every proposal made to the participant, oldest first: part of their personal data. */
    public List<Proposal> history(UUID participantId) {
        return select("WHERE participant_id = ? ORDER BY proposed_at, id", List.of(participantId));
    }

    /** The participant, when they may still become a volunteer through the project: not yet one, and taking part. */
    private Participant takingPart(Project project, UUID participantId) {
        Participant participant = participants.find(project.id(), participantId);
        if (participant.volunteerId() != null) {
            throw alreadyVolunteer();
        }
        if (participant.leftOn() != null && participant.leftOn().isBefore(LocalDate.now(clock))) {
            throw new DomainException(DomainException.Kind.CONFLICT, "participant_left", "leftOn", LocalizedText.of(
                    "Deze deelnemer heeft het project verlaten", "This participant has left the project"));
        }
        return participant;
    }

    private Proposal open(UUID participantId) {
        return select("WHERE participant_id = ? AND status = ?", List.of(participantId, PROPOSED)).stream()
                .findFirst().orElseThrow(VolunteerProposals::noOpenProposal);
    }

    private Proposal require(UUID id) {
        return select("WHERE id = ?", List.of(id)).get(0);
    }

    private List<Proposal> select(String where, List<?> parameters) {
        return Jdbc.read(dataSource, connection -> {
            List<Proposal> proposals = new ArrayList<>();
            try (PreparedStatement select = prepared(connection, "SELECT " + COLUMNS + " FROM targetgroups_participant_proposal "
                    + where, parameters); ResultSet row = select.executeQuery()) {
                while (row.next()) {
                    proposals.add(proposal(row));
                }
            }
            return proposals;
        });
    }

    private static Proposal proposal(ResultSet row) throws SQLException {
        String preference = row.getString(11);
        Proposal.Input proposed = new Proposal.Input(row.getString(4), row.getString(5), row.getString(6),
                row.getString(7), row.getObject(8, LocalDate.class), row.getString(9), row.getString(10),
                preference == null ? null : Preference.valueOf(preference), row.getObject(12, UUID.class),
                row.getString(13), EngagementKind.valueOf(row.getString(14)));
        Instant decidedAt = instant(row, 18);
        Proposal.Decision decision = decidedAt == null ? null : new Proposal.Decision(row.getString(17), decidedAt,
                instant(row, 19), instant(row, 20), row.getString(21), row.getObject(22, UUID.class),
                row.getObject(23, UUID.class));
        return new Proposal(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                Proposal.Status.valueOf(row.getString(3)), proposed, row.getString(15), instant(row, 16), decision);
    }

    private static Instant instant(ResultSet row, int column) throws SQLException {
        OffsetDateTime value = row.getObject(column, OffsetDateTime.class);
        return value == null ? null : value.toInstant();
    }

    /** The volunteer core is asked to store: status candidate, until the project's engagement makes them active. */
    private static VolunteerData volunteer(Proposal.Input proposed, List<Consent> consents) {
        return new VolunteerData(proposed.firstName(), proposed.lastName(), proposed.email(), proposed.phone(),
                proposed.birthDate(), proposed.postalCode(), proposed.district(), Set.of(), Set.of(), Set.of(),
                List.of(), Set.of(), proposed.preference(), null, consents, null);
    }

    private static String trimmed(String text) {
        return text == null || text.isBlank() ? null : text.strip();
    }

    private static Instant notLater(String field, Instant value, Instant now) {
        if (value.isAfter(now)) {
            throw Fields.invalid("invalid_date", field, "Een toestemming ligt niet in de toekomst",
                    "A consent does not lie in the future");
        }
        return value;
    }

    private static DomainException alreadyVolunteer() {
        return new DomainException(DomainException.Kind.CONFLICT, "already_volunteer", "participantId",
                LocalizedText.of("Deze deelnemer is al vrijwilliger van de stad", "This participant is already a "
                        + "volunteer of the municipality"));
    }

    private static DomainException noOpenProposal() {
        return new DomainException(DomainException.Kind.CONFLICT, "no_open_proposal", "participantId",
                LocalizedText.of("Er is geen open voorstel voor deze deelnemer", "No proposal for this participant "
                        + "is open"));
    }

    /**
     * Says only that the address is taken, never by whom: nothing a coordinator could not learn from core's
     * volunteers themselves.
     */
    private static DomainException emailInUse() {
        return new DomainException(DomainException.Kind.CONFLICT, DUPLICATE_EMAIL, "email", LocalizedText.of(
                "Er is al een vrijwilliger met dit e-mailadres; er is niets gewijzigd en de deelnemer blijft alleen "
                        + "in het project", "There is already a volunteer with this email address; nothing changed "
                                + "and the participant stays in the project only"));
    }
}
