package be.pillars.api.audit;

import be.pillars.api.http.RouteHandler;

/**
 * Routes that record their access to personal data on the {@link AuditTrail}, so a pillar declares it once per
 * route instead of calling the trail in every handler.
 */
public final class Audited {

    private Audited() {
    }

    /**
     * A route handler that, once {@code handler} has answered without an error, records on the trail that the
     * caller did {@code action} to the subject named by the path parameter {@code subjectParameter} (a UUID; null
     * for a list or a search), before the answer goes out. A refused or failed request records nothing.
     *
     * @param detail what an auditor needs besides the subject, such as which document; never personal data
     */
    public static RouteHandler route(AuditTrail trail, AuditTrail.Action action, String subjectType,
            String subjectParameter, String detail, RouteHandler handler) {
        return request -> {
            Object answer = handler.handle(request);
            trail.record(request.caller().name(), action, subjectType,
                    subjectParameter == null ? null : request.pathId(subjectParameter), detail);
            return answer;
        };
    }
}
