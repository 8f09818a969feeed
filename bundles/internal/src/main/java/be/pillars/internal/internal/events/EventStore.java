package be.pillars.internal.internal.events;

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
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
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
import be.pillars.api.http.Caller;
import be.pillars.api.organisation.Organisation;
import be.pillars.api.privacy.PersonalDataProvider;
import be.pillars.api.storage.Jdbc;
import be.pillars.api.storage.PillarsDataSource;
import be.pillars.api.storage.Schema;
import be.pillars.api.validation.Fields;
import be.pillars.api.volunteer.Volunteer;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.api.volunteer.VolunteerStatus;
import be.pillars.internal.internal.services.Csv;
import be.pillars.internal.internal.services.ServiceDirectory;
import be.pillars.internal.internal.services.Years;
import be.pillars.internal.internal.storage.InternalSchemaMigration;

/**
 * Volunteer events, their invitations, replies and attendance. An invitation round goes to everyone who worked for
 * the chosen services (all active services when none are chosen) during a period, the calendar year of the event
 * unless the coordinator picks another, occasional volunteers included; each person once, however many services
 * they worked for. A coordinator can also invite one person. Volunteers that core marks inactive (or erased) are
 * never invited; inviting again adds only those not yet invited.
 */
@Component(service = {EventStore.class, PersonalDataProvider.class})
public class EventStore implements PersonalDataProvider {

    private static final String EVENT_COLUMNS = "id, name, kind, event_date, description, created_by, created_at";
    private static final String INVITATION_COLUMNS = "event_id, volunteer_id, service_id, invited_at, reply, "
            + "replied_at, attended";

    private final DataSource dataSource;
    private final ServiceDirectory directory;
    private final VolunteerService volunteers;
    private final Clock clock;

    @Activate
    public EventStore(@Reference(target = InternalSchemaMigration.TARGET) Schema schema,
            @Reference(target = PillarsDataSource.TARGET) DataSource dataSource, @Reference ServiceDirectory directory,
            @Reference VolunteerService volunteers) {
        this(dataSource, directory, volunteers, Clock.systemDefaultZone());
    }

    EventStore(DataSource dataSource, ServiceDirectory directory, VolunteerService volunteers, Clock clock) {
        this.dataSource = dataSource;
        this.directory = directory;
        this.volunteers = volunteers;
        this.clock = clock;
    }

    /**
     * How many volunteers an invitation round added, how many already had an invitation, and the period whose
     * work counted.
     */
    public record Invited(int invited, int alreadyInvited, LocalDate from, LocalDate to) {
    }

    /** One person's invitation, and whether this request made it ({@code false}: they were invited before). */
    public record PersonInvited(Invitation invitation, boolean added) {
    }

    /** Replies and attendance of one event at a glance. */
    public record Counts(int invited, int yes, int no, int maybe, int noReply, int attended) {
    }

    public VolunteerEvent create(VolunteerEvent.Input input, String createdBy) {
        VolunteerEvent event = new VolunteerEvent(TimeOrderedIds.next(), Fields.required("name", input.name(), 200),
                Fields.present("kind", input.kind()), Fields.present("date", input.date()),
                Fields.optional("description", input.description(), 2000), createdBy, clock.instant());
        return Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_event (" + EVENT_COLUMNS
                    + ") VALUES (?, ?, ?, ?, ?, ?, ?)", Arrays.asList(event.id(), event.name(),
                            event.kind().name(), event.date(), event.description(), createdBy,
                            utc(event.createdAt())))) {
                insert.executeUpdate();
            }
            return event;
        });
    }

    /** @throws DomainException {@code NOT_FOUND} when there is no such event */
    public VolunteerEvent event(UUID id) {
        return Jdbc.read(dataSource, connection -> events(connection, "WHERE id = ?", List.of(id))).stream()
                .findFirst().orElseThrow(() -> new DomainException(DomainException.Kind.NOT_FOUND, "not_found", null,
                LocalizedText.of("Geen vrijwilligersactiviteit met id " + id, "No volunteer event with id " + id)));
    }

    /** Newest first. */
    public Page<VolunteerEvent> list(int limit, int offset) {
        return Jdbc.read(dataSource, connection -> new Page<>(events(connection,
                "ORDER BY event_date DESC, id LIMIT ? OFFSET ?", List.of(limit, offset)),
                Jdbc.count(connection, "SELECT COUNT(*) FROM internal_event", List.of()), limit, offset));
    }

    private static List<VolunteerEvent> events(Connection connection, String rest, List<?> parameters)
            throws SQLException {
        List<VolunteerEvent> events = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT " + EVENT_COLUMNS + " FROM internal_event " + rest,
                parameters); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                events.add(new VolunteerEvent(row.getObject(1, UUID.class), row.getString(2),
                        EventKind.valueOf(row.getString(3)), row.getObject(4, LocalDate.class), row.getString(5),
                        row.getString(6), row.getObject(7, OffsetDateTime.class).toInstant()));
            }
        }
        return events;
    }

    /**
     * Invites everyone who worked for these services, or for every active service when the list is empty, from
     * {@code from} to {@code to}; a bound left out is that of the event's calendar year.
     *
     * @throws DomainException {@code NOT_FOUND} naming {@code serviceIds[i]} for an id that is no municipal service;
     *                         {@code INVALID} naming {@code from} or {@code to} for a period that makes no sense
     */
    public Invited invite(UUID eventId, List<UUID> serviceIds, LocalDate from, LocalDate to) {
        VolunteerEvent event = event(eventId);
        LocalDate first = from == null ? firstOfYear(event) : from;
        LocalDate last = to == null ? lastOfYear(event) : to;
        Years.check("from", first.getYear());
        Years.check("to", last.getYear());
        if (last.isBefore(first)) {
            throw Fields.invalid("invalid_period", "to", "Het einde van de periode (" + last + ") ligt voor het begin ("
                    + first + ")", "The end of the period (" + last + ") lies before its start (" + first + ")");
        }
        List<UUID> chosen = new ArrayList<>();
        if (serviceIds == null || serviceIds.isEmpty()) {
            directory.services().forEach(service -> chosen.add(service.id()));
        } else {
            for (int i = 0; i < serviceIds.size(); i++) {
                chosen.add(directory.service("serviceIds[" + i + "]",
                        Fields.present("serviceIds[" + i + "]", serviceIds.get(i))).id());
            }
        }
        Map<UUID, UUID> serviceOf = new LinkedHashMap<>();
        directory.workedFor(chosen, first, last).forEach((volunteer, service) -> {
            if (volunteers.find(volunteer).map(found -> found.data().status() != VolunteerStatus.INACTIVE)
                    .orElse(false)) {
                serviceOf.put(volunteer, service);
            }
        });
        Instant now = clock.instant();
        return Jdbc.inTransaction(dataSource, connection -> {
            int invited = 0;
            for (Map.Entry<UUID, UUID> entry : serviceOf.entrySet()) {
                invited += insert(connection, eventId, entry.getKey(), entry.getValue(), now);
            }
            return new Invited(invited, serviceOf.size() - invited, first, last);
        });
    }

    /**
     * Invites one person, through the first service (by name) they worked for in the event's calendar year, or
     * through none when they did not.
     *
     * @throws DomainException {@code NOT_FOUND} naming {@code volunteerId} for a volunteer core does not know,
     *                         {@code CONFLICT} naming it for one core marks inactive (or erased)
     */
    public PersonInvited inviteOne(UUID eventId, UUID volunteerId) {
        VolunteerEvent event = event(eventId);
        Volunteer volunteer = volunteers.find(volunteerId).orElseThrow(() -> new DomainException(
                DomainException.Kind.NOT_FOUND, "unknown_volunteer", "volunteerId", LocalizedText.of(
                        "Geen vrijwilliger met id " + volunteerId, "No volunteer with id " + volunteerId)));
        if (volunteer.data().status() == VolunteerStatus.INACTIVE) {
            throw new DomainException(DomainException.Kind.CONFLICT, "inactive_volunteer", "volunteerId",
                    LocalizedText.of("Deze vrijwilliger is niet meer actief en wordt niet uitgenodigd",
                            "This volunteer is no longer active and is not invited"));
        }
        UUID service = directory.workedFor(directory.services().stream().map(Organisation::id).toList(),
                firstOfYear(event), lastOfYear(event)).get(volunteerId);
        Instant now = clock.instant();
        return Jdbc.inTransaction(dataSource, connection -> {
            boolean added = insert(connection, eventId, volunteerId, service, now) == 1;
            return new PersonInvited(invitations(connection, "WHERE event_id = ? AND volunteer_id = ?",
                    List.of(eventId, volunteerId)).get(0), added);
        });
    }

    /** The first day of the event's calendar year, whose work counts unless the coordinator picks a period. */
    private static LocalDate firstOfYear(VolunteerEvent event) {
        return event.date().withDayOfYear(1);
    }

    private static LocalDate lastOfYear(VolunteerEvent event) {
        return event.date().withMonth(12).withDayOfMonth(31);
    }

    /** Invites the volunteer unless they are invited already; 1 when this added the invitation. */
    private static int insert(Connection connection, UUID eventId, UUID volunteerId, UUID serviceId, Instant now)
            throws SQLException {
        try (PreparedStatement insert = prepared(connection, "INSERT INTO internal_invitation (event_id, volunteer_id, "
                + "service_id, invited_at) SELECT ?, ?, ?, ? WHERE NOT EXISTS (SELECT 1 FROM internal_invitation WHERE "
                + "event_id = ? AND volunteer_id = ?)", Arrays.asList(eventId, volunteerId, serviceId, utc(now),
                        eventId, volunteerId))) {
            return insert.executeUpdate();
        }
    }

    public List<Invitation> invitations(UUID eventId) {
        event(eventId);
        return Jdbc.read(dataSource, connection -> invitations(connection, "WHERE event_id = ? ORDER BY invited_at, "
                + "volunteer_id", List.of(eventId)));
    }

    private static List<Invitation> invitations(Connection connection, String rest, List<?> parameters)
            throws SQLException {
        List<Invitation> invitations = new ArrayList<>();
        try (PreparedStatement select = prepared(connection, "SELECT " + INVITATION_COLUMNS + " FROM internal_invitation "
                + rest, parameters); ResultSet row = select.executeQuery()) {
            while (row.next()) {
                String reply = row.getString(5);
                OffsetDateTime repliedAt = row.getObject(6, OffsetDateTime.class);
                boolean attendedValue = row.getBoolean(7);
                Boolean attended = row.wasNull() ? null : attendedValue;
                invitations.add(new Invitation(row.getObject(1, UUID.class), row.getObject(2, UUID.class),
                        row.getObject(3, UUID.class), row.getObject(4, OffsetDateTime.class).toInstant(),
                        reply == null ? null : Reply.valueOf(reply), repliedAt == null ? null : repliedAt.toInstant(),
                        attended));
            }
        }
        return invitations;
    }

    public Counts counts(UUID eventId) {
        List<Invitation> all = invitations(eventId);
        return new Counts(all.size(), count(all, Reply.YES), count(all, Reply.NO), count(all, Reply.MAYBE),
                (int) all.stream().filter(invitation -> invitation.reply() == null).count(),
                (int) all.stream().filter(invitation -> Boolean.TRUE.equals(invitation.attended())).count());
    }

    private static int count(List<Invitation> invitations, Reply reply) {
        return (int) invitations.stream().filter(invitation -> invitation.reply() == reply).count();
    }

    /** Records (or changes) an invited volunteer's reply. */
    public Invitation reply(UUID eventId, UUID volunteerId, Reply reply) {
        Fields.present("reply", reply);
        event(eventId);
        return change(eventId, volunteerId, "reply = ?, replied_at = ?", List.of(reply.name(), utc(clock.instant())));
    }

    /** Records whether an invited volunteer came; from the day of the event on. */
    public Invitation attendance(UUID eventId, UUID volunteerId, Boolean attended) {
        Fields.present("attended", attended);
        VolunteerEvent event = event(eventId);
        if (event.date().isAfter(LocalDate.now(clock))) {
            throw Fields.invalid("event_ahead", "attended", "Aanwezigheid wordt vanaf de dag van de activiteit "
                    + "geregistreerd (" + event.date() + ")", "Attendance is recorded from the day of the event on ("
                    + event.date() + ")");
        }
        return change(eventId, volunteerId, "attended = ?", List.of(attended));
    }

    private Invitation change(UUID eventId, UUID volunteerId, String set, List<Object> values) {
        return Jdbc.inTransaction(dataSource, connection -> {
            List<Object> parameters = new ArrayList<>(values);
            parameters.add(eventId);
            parameters.add(volunteerId);
            try (PreparedStatement update = prepared(connection, "UPDATE internal_invitation SET " + set
                    + " WHERE event_id = ? AND volunteer_id = ?", parameters)) {
                if (update.executeUpdate() == 0) {
                    throw new DomainException(DomainException.Kind.NOT_FOUND, "not_invited", "volunteerId",
                            LocalizedText.of("Deze vrijwilliger is niet uitgenodigd", "This volunteer is not invited"));
                }
            }
            return invitations(connection, "WHERE event_id = ? AND volunteer_id = ?", List.of(eventId, volunteerId))
                    .get(0);
        });
    }

    private static final List<LocalizedText> CSV_HEADER = List.of(LocalizedText.of("familienaam", "last name"),
            LocalizedText.of("voornaam", "first name"), LocalizedText.of("e-mail", "email"),
            LocalizedText.of("telefoon", "phone"), LocalizedText.of("dienst", "service"),
            LocalizedText.of("antwoord", "reply"), LocalizedText.of("aanwezig", "attended"));

    /** The guest list with names, contact, service, reply and attendance, by last name. */
    public String csv(UUID eventId, Locale locale) {
        Map<UUID, String> serviceNames = new HashMap<>();
        List<List<String>> rows = new ArrayList<>();
        for (Invitation invitation : invitations(eventId)) {
            Optional<Volunteer> volunteer = volunteers.find(invitation.volunteerId());
            String service = invitation.serviceId() == null ? "" : serviceNames.computeIfAbsent(
                    invitation.serviceId(), id -> directory.service("serviceId", id).data().name());
            rows.add(List.of(volunteer.map(found -> found.data().lastName()).orElse(""),
                    volunteer.map(found -> found.data().firstName()).orElse(""),
                    volunteer.map(found -> text(found.data().email())).orElse(""),
                    volunteer.map(found -> text(found.data().phone())).orElse(""), service,
                    invitation.reply() == null ? "" : invitation.reply().label().in(locale),
                    invitation.attended() == null ? ""
                            : (invitation.attended() ? Reply.YES : Reply.NO).label().in(locale)));
        }
        rows.sort(Comparator.comparing((List<String> row) -> row.get(0).toLowerCase(Locale.ROOT))
                .thenComparing(row -> row.get(1).toLowerCase(Locale.ROOT)));
        return Csv.write(CSV_HEADER, rows, locale);
    }

    private static String text(String value) {
        return value == null ? "" : value;
    }


    @Override
    public String name() {
        return "internal.events";
    }

    /** The events the volunteer was invited to, with the reply and attendance: alike for every requester. */
    @Override
    public Map<String, Object> export(UUID volunteerId, Caller requester) {
        List<Invitation> invitations = Jdbc.read(dataSource, connection -> invitations(connection,
                "WHERE volunteer_id = ? ORDER BY invited_at", List.of(volunteerId)));
        return invitations.isEmpty() ? Map.of() : Map.of("invitations", invitations);
    }

    /** Removes the volunteer's invitations: the guest lists of past events need no one's name. */
    @Override
    public void erase(UUID volunteerId) {
        Jdbc.inTransaction(dataSource, connection -> {
            try (PreparedStatement delete = prepared(connection, "DELETE FROM internal_invitation WHERE volunteer_id = ?",
                    List.of(volunteerId))) {
                return delete.executeUpdate();
            }
        });
    }
}
