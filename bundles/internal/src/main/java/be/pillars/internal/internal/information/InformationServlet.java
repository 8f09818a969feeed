package be.pillars.internal.internal.information;

import static be.pillars.api.audit.AuditTrail.VOLUNTEER;

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

import be.pillars.api.audit.AuditTrail;
import be.pillars.api.audit.AuditTrail.Action;
import be.pillars.api.audit.Audited;
import be.pillars.api.LocalizedText;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;

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
        get("/insurance", COORDINATORS, request -> information.insurancePolicies());
        post("/insurance", ADMINS, request -> new ApiResponse(201, information.recordInsurance(
                request.body(InsurancePolicy.Input.class), request.caller().name())));
        get("/note", Access.roles(Role.COORDINATOR, Role.ORGANISATION), request -> information.currentNote()
                .orElseThrow(() -> ApiException.notFound(LocalizedText.of(
                        "Er is nog geen versie van de organisatienota", "No version of the organisation note yet"))));
        get("/note/versions", COORDINATORS, request -> information.versions());
        post("/note/versions", ADMINS, request -> {
            NoteVersion published = information.publish(request.body(NoteVersion.Input.class),
                    request.caller().name());
            return new ApiResponse(201, published, Map.of("Location", PillarsHttp.CONTEXT_PATH
                    + "/internal/information/note/versions/" + published.version()));
        });
        get("/note/versions/{version}", COORDINATORS, request -> {
            String text = request.path("version");
            return (text.matches("[0-9]{1,9}") ? information.version(Integer.parseInt(text))
                    : Optional.<NoteVersion>empty()).orElseThrow(() -> ApiException.notFound(LocalizedText.of(
                            "Geen versie " + text + " van de nota", "No version " + text + " of the note")));
        });
        get("/receipts/{volunteerId}", COORDINATORS, Audited.route(audit, Action.READ, VOLUNTEER, "volunteerId",
                "internal note receipts", request -> information.receipts(request.pathId("volunteerId"))));
        put("/receipts/{volunteerId}", COORDINATORS, Audited.route(audit, Action.UPDATE, VOLUNTEER, "volunteerId",
                "internal note receipt", request -> information.recordReceipt(request.pathId("volunteerId"),
                        request.body(Receipt.Input.class), request.caller().name())));
        get("/uninformed", COORDINATORS, Audited.route(audit, Action.SEARCH, VOLUNTEER, null,
                "internal uninformed volunteers", request -> information.uninformed(
                        request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                        request.queryNumber("offset", 0, 0, Integer.MAX_VALUE))));
    }
}
