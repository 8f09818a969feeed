package be.pillars.internal.internal.events;

import static be.pillars.api.audit.AuditTrail.VOLUNTEER;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.UUID;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.Page;
import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;
import be.pillars.api.http.SpreadsheetCsv;

/**
 * {@code /api/internal/events}: volunteer events for coordinators: create, invite everyone who worked for all or
 * some services during a period (or one person), record replies and attendance, download the guest list as CSV.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("internal.events")
@HttpWhiteboardServletPattern({"/internal/events", "/internal/events/*"})
@HttpWhiteboardServletAsyncSupported
public class EventsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    private static final Access COORDINATORS = Access.roles(Role.COORDINATOR);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    /**
     * The body of an invitation round: the services whose volunteers to invite (none for all) and the period whose
     * work counts (a bound left out is that of the event's calendar year).
     */
    record InviteInput(List<UUID> serviceIds, LocalDate from, LocalDate to) {
    }

    record ReplyInput(Reply reply) {
    }

    record AttendanceInput(Boolean attended) {
    }

    /** An event with its replies and attendance at a glance. */
    record Overview(VolunteerEvent event, EventStore.Counts counts) {
    }

    @Activate
    public EventsServlet(@Reference EventStore events, @Reference AuditTrail audit) {
        get("/", COORDINATORS, request -> events.list(request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE)))
                .summary("De evenementen voor vrijwilligers", "The events for volunteers")
                .query("limit", Integer.class, "1 tot " + MAX_LIMIT + ", standaard " + DEFAULT_LIMIT,
                        "1 to " + MAX_LIMIT + ", " + DEFAULT_LIMIT + " unless given")
                .query("offset", Integer.class, "Hoeveel over te slaan", "How many to skip")
                .answers(new TypeReference<Page<VolunteerEvent>>() { }.getType());
        post("/", COORDINATORS, request -> {
            VolunteerEvent created = events.create(request.body(VolunteerEvent.Input.class), request.caller().name());
            return new ApiResponse(201, created, Map.of("Location",
                    PillarsHttp.CONTEXT_PATH + "/internal/events/" + created.id()));
        }).summary("Een evenement voor vrijwilligers aanmaken", "Create an event for volunteers")
                .body(VolunteerEvent.Input.class).answers(201, VolunteerEvent.class);
        get("/{id}", COORDINATORS, request -> {
            UUID id = request.pathId("id");
            return new Overview(events.event(id), events.counts(id));
        }).summary("Eén evenement, met de antwoorden en de aanwezigheid in cijfers",
                "One event, with its replies and attendance in figures").answers(Overview.class);
        post("/{id}/invitations", COORDINATORS, request -> {
            InviteInput input = request.body(InviteInput.class);
            return events.invite(request.pathId("id"), input.serviceIds(), input.from(), input.to());
        }).summary("De vrijwilligers van diensten uitnodigen die in een periode werkten",
                "Invite the volunteers of services who worked in a period")
                .body(InviteInput.class).answers(EventStore.Invited.class);
        put("/{id}/invitations/{volunteerId}", COORDINATORS, request -> {
            EventStore.PersonInvited invited = events.inviteOne(request.pathId("id"), request.pathId("volunteerId"));
            return new ApiResponse(invited.added() ? 201 : 200, invited.invitation());
        }).audited(audit, Action.CREATE, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                (request, answer) -> "internal event invitation")
                .summary("Eén vrijwilliger uitnodigen (201; 200 als die al uitgenodigd was)",
                        "Invite one volunteer (201; 200 when already invited)")
                .answers(201, Invitation.class);
        get("/{id}/invitations", COORDINATORS, request -> events.invitations(request.pathId("id")))
                .audited(audit, Action.READ, VOLUNTEER, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "internal event guest list")
                .summary("De gastenlijst van een evenement", "An event's guest list")
                .answers(new TypeReference<List<Invitation>>() { }.getType());
        get("/{id}/invitations.csv", COORDINATORS, request -> {
            UUID id = request.pathId("id");
            return SpreadsheetCsv.download("event-" + id + ".csv", events.csv(id, request.locale()));
        }).audited(audit, Action.EXPORT, VOLUNTEER, RouteDescription.NO_SUBJECT,
                (request, answer) -> "internal event guest list csv")
                .summary("De gastenlijst van een evenement als CSV", "An event's guest list as CSV")
                .answersFile("text/csv");
        put("/{id}/invitations/{volunteerId}/reply", COORDINATORS, request -> events.reply(request.pathId("id"),
                request.pathId("volunteerId"), request.body(ReplyInput.class).reply()))
                .audited(audit, Action.UPDATE, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal event reply")
                .summary("Het antwoord van een genodigde vastleggen", "Record a guest's reply")
                .body(ReplyInput.class).answers(Invitation.class);
        put("/{id}/invitations/{volunteerId}/attendance", COORDINATORS, request -> events.attendance(
                request.pathId("id"), request.pathId("volunteerId"), request.body(AttendanceInput.class).attended()))
                .audited(audit, Action.UPDATE, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal event attendance")
                .summary("Vastleggen of een genodigde er was", "Record whether a guest attended")
                .body(AttendanceInput.class).answers(Invitation.class);
    }
}
