package be.pillars.internal.internal.services;

import java.util.List;
import java.util.UUID;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import be.pillars.api.http.Access;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;
import be.pillars.internal.internal.InternalPillar;
import be.pillars.internal.internal.Policy;

/**
 * {@code /api/internal/policy}: the central policy, the services that override it and the overrides refused;
 * {@code /api/internal/policy/{serviceId}} the policy in force for one service.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("internal.policy")
@HttpWhiteboardServletPattern({"/internal/policy", "/internal/policy/*"})
@HttpWhiteboardServletAsyncSupported
public class PolicyServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;

    /**
     * The whole picture: what applies to every service unless it overrides, the policy in force for each active
     * service, the overrides honoured (by service id) and those refused.
     */
    record Overview(Policy central, List<NamedPolicy> services, List<ServicePolicies.EffectivePolicy> overrides,
            List<ServicePolicies.Refusal> refused) {
    }

    @Activate
    public PolicyServlet(@Reference InternalPillar pillar, @Reference ServiceDirectory directory,
            @Reference ServiceScope scope) {
        ServicePolicies policies = pillar.servicePolicies();
        get("/", Access.roles(Role.COORDINATOR), request -> new Overview(policies.central(),
                NamedPolicy.all(directory, policies), policies.overridden(), policies.refusals()))
                .summary("Het centrale beleid, het beleid van elke dienst, en de geweigerde afwijkingen",
                        "The central policy, each service's policy, and the overrides refused")
                .answers(Overview.class);
        get("/{serviceId}", Access.roles(Role.COORDINATOR, Role.ORGANISATION), request -> {
            UUID service = request.pathId("serviceId");
            scope.requireAccessTo(request.caller(), service);
            return policies.effective(directory.service("serviceId", service).id());
        }).summary("Het beleid dat voor één dienst geldt", "The policy in force for one service")
                .answers(ServicePolicies.EffectivePolicy.class);
    }
}
