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

import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.audit.Audited;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
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
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE)));
        post("/", COORDINATORS, request -> {
            VolunteerEvent created = events.create(request.body(VolunteerEvent.Input.class), request.caller().name());
            return new ApiResponse(201, created, Map.of("Location",
                    PillarsHttp.CONTEXT_PATH + "/internal/events/" + created.id()));
        });
        get("/{id}", COORDINATORS, request -> {
            UUID id = request.pathId("id");
            return new Overview(events.event(id), events.counts(id));
        });
        post("/{id}/invitations", COORDINATORS, request -> {
            InviteInput input = request.body(InviteInput.class);
            return events.invite(request.pathId("id"), input.serviceIds(), input.from(), input.to());
        });
        put("/{id}/invitations/{volunteerId}", COORDINATORS, Audited.route(audit, Action.CREATE, VOLUNTEER,
                "volunteerId", "internal event invitation", request -> {
                    EventStore.PersonInvited invited = events.inviteOne(request.pathId("id"),
                            request.pathId("volunteerId"));
                    return new ApiResponse(invited.added() ? 201 : 200, invited.invitation());
                }));
        get("/{id}/invitations", COORDINATORS, Audited.route(audit, Action.READ, VOLUNTEER, null,
                "internal event guest list", request -> events.invitations(request.pathId("id"))));
        get("/{id}/invitations.csv", COORDINATORS, Audited.route(audit, Action.EXPORT, VOLUNTEER, null,
                "internal event guest list csv", request -> {
                    UUID id = request.pathId("id");
                    return SpreadsheetCsv.download("event-" + id + ".csv", events.csv(id, request.locale()));
                }));
        put("/{id}/invitations/{volunteerId}/reply", COORDINATORS, Audited.route(audit, Action.UPDATE, VOLUNTEER,
                "volunteerId", "internal event reply", request -> events.reply(request.pathId("id"),
                        request.pathId("volunteerId"), request.body(ReplyInput.class).reply())));
        put("/{id}/invitations/{volunteerId}/attendance", COORDINATORS, Audited.route(audit, Action.UPDATE,
                VOLUNTEER, "volunteerId", "internal event attendance", request -> events.attendance(
                        request.pathId("id"), request.pathId("volunteerId"),
                        request.body(AttendanceInput.class).attended())));
    }
}
