package be.pillars.core.internal.http;

import java.util.UUID;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.Page;
import be.pillars.api.http.Access;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.core.internal.audit.AuditLog;

/** {@code GET /api/audit?subjectId=&actor=&limit=&offset=}: who read or changed personal data (admins). */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("core.audit")
@HttpWhiteboardServletPattern("/audit")
@HttpWhiteboardServletAsyncSupported
public class AuditServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    @Activate
    public AuditServlet(@Reference AuditLog audit) {
        get("/", Access.roles(Role.ADMIN), request -> audit.entries(request.queryId("subjectId"),
                request.queryText("actor"), request.queryNumber("limit", 50, 1, 200),
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE)))
                .summary("Wie persoonsgegevens las of wijzigde, en wanneer", "Who read or changed personal data, and when")
                .query("subjectId", UUID.class, "Over deze persoon", "About this person")
                .query("actor", String.class, "Door deze aanmelding", "By this login")
                .query("limit", Integer.class, "1 tot 200", "1 to 200").query("offset", Integer.class, "Overslaan", "Skip")
                .answers(new TypeReference<Page<AuditLog.Entry>>() { }.getType());
    }
}
