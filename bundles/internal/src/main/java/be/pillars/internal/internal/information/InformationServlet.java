package be.pillars.internal.internal.information;

import static be.pillars.api.audit.AuditTrail.VOLUNTEER;

import java.util.List;
import java.util.Map;
import java.util.Optional;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.api.http.RouteDescription;

/**
 * {@code /api/internal/information}: the information duty. Admins record insurance policies and publish
 * versions of the organisation note; coordinators record which version a volunteer received and list who has
 * not received the current one; services read the note they hand out.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("internal.information")
@HttpWhiteboardServletPattern({"/internal/information", "/internal/information/*"})
@HttpWhiteboardServletAsyncSupported
public class InformationServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    private static final Access ADMINS = Access.roles(Role.ADMIN);
    private static final Access COORDINATORS = Access.roles(Role.COORDINATOR);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    @Activate
    public InformationServlet(@Reference InformationStore information, @Reference AuditTrail audit) {
        get("/insurance", COORDINATORS, request -> information.insurancePolicies())
                .summary("De verzekeringspolissen", "The insurance policies")
                .answers(new TypeReference<List<InsurancePolicy>>() { }.getType());
        post("/insurance", ADMINS, request -> new ApiResponse(201, information.recordInsurance(
                request.body(InsurancePolicy.Input.class), request.caller().name())))
                .summary("Een verzekeringspolis vastleggen", "Record an insurance policy")
                .body(InsurancePolicy.Input.class).answers(201, InsurancePolicy.class);
        get("/note", Access.roles(Role.COORDINATOR, Role.ORGANISATION), request -> information.currentNote()
                .orElseThrow(() -> ApiException.notFound(LocalizedText.of(
                        "Er is nog geen versie van de organisatienota", "No version of the organisation note yet"))))
                .summary("De organisatienota die nu geldt, met de verzekering in werking",
                        "The organisation note in force, with the insurance in force")
                .answers(OrganisationNote.class);
        get("/note/versions", COORDINATORS, request -> information.versions())
                .summary("Alle versies van de organisatienota", "Every version of the organisation note")
                .answers(new TypeReference<List<NoteVersion>>() { }.getType());
        post("/note/versions", ADMINS, request -> {
            NoteVersion published = information.publish(request.body(NoteVersion.Input.class),
                    request.caller().name());
            return new ApiResponse(201, published, Map.of("Location", PillarsHttp.CONTEXT_PATH
                    + "/internal/information/note/versions/" + published.version()));
        }).summary("Een nieuwe versie van de organisatienota publiceren", "Publish a new version of the organisation "
                + "note").body(NoteVersion.Input.class).answers(201, NoteVersion.class);
        get("/note/versions/{version}", COORDINATORS, request -> {
            String text = request.path("version");
            return (text.matches("[0-9]{1,9}") ? information.version(Integer.parseInt(text))
                    : Optional.<NoteVersion>empty()).orElseThrow(() -> ApiException.notFound(LocalizedText.of(
                            "Geen versie " + text + " van de nota", "No version " + text + " of the note")));
        }).summary("Eén versie van de organisatienota", "One version of the organisation note")
                .answers(NoteVersion.class);
        get("/receipts/{volunteerId}", COORDINATORS, request -> information.receipts(request.pathId("volunteerId")))
                .audited(audit, Action.READ, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal note receipts")
                .summary("Welke versies van de nota een vrijwilliger ontving", "Which versions of the note a volunteer "
                        + "received").answers(new TypeReference<List<Receipt>>() { }.getType());
        put("/receipts/{volunteerId}", COORDINATORS, request -> information.recordReceipt(
                request.pathId("volunteerId"), request.body(Receipt.Input.class), request.caller().name()))
                .audited(audit, Action.UPDATE, VOLUNTEER, (request, answer) -> request.pathId("volunteerId"),
                        (request, answer) -> "internal note receipt")
                .summary("Vastleggen dat een vrijwilliger een versie van de nota ontving",
                        "Record that a volunteer received a version of the note")
                .body(Receipt.Input.class).answers(Receipt.class);
        get("/uninformed", COORDINATORS, request -> information.uninformed(
                request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE)))
                .audited(audit, Action.SEARCH, VOLUNTEER, RouteDescription.NO_SUBJECT,
                        (request, answer) -> "internal uninformed volunteers")
                .summary("De vrijwilligers die de nota die nu geldt nog niet ontvingen",
                        "The volunteers who have not yet received the note in force")
                .query("limit", Integer.class, "1 tot " + MAX_LIMIT + ", standaard " + DEFAULT_LIMIT,
                        "1 to " + MAX_LIMIT + ", " + DEFAULT_LIMIT + " unless given")
                .query("offset", Integer.class, "Hoeveel over te slaan", "How many to skip")
                .answers(new TypeReference<Page<Uninformed>>() { }.getType());
    }
}
