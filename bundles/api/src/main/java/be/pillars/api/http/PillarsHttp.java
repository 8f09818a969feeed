package be.pillars.api.http;

import org.osgi.service.http.whiteboard.HttpWhiteboardConstants;

/** The names that tie every Pillars servlet to the one servlet context core registers. */
public final class PillarsHttp {

    /** Name of the servlet context that core registers; authentication and JSON errors are decided there. */
    public static final String CONTEXT_NAME = "pillars";

    /** Every Pillars route lives under this path; a pillar's servlet pattern is relative to it. */
    public static final String CONTEXT_PATH = "/api";

    /** For {@code @HttpWhiteboardContextSelect}: joins a servlet to the {@code pillars} context. */
    public static final String CONTEXT_SELECT =
            "(" + HttpWhiteboardConstants.HTTP_WHITEBOARD_CONTEXT_NAME + "=" + CONTEXT_NAME + ")";

    /** The HTTP Basic realm that 401 answers name. */
    public static final String REALM = "Pillars";

    /** The request attribute under which core's context puts the {@link Caller} of every request. */
    public static final String CALLER_ATTRIBUTE = "be.pillars.caller";

    /** The request attribute with the largest request body, in bytes, that core's context accepts. */
    public static final String MAX_BODY_ATTRIBUTE = "be.pillars.maxBodyBytes";

    /** The request attribute with the seconds a request body may take to arrive in full. */
    public static final String BODY_SECONDS_ATTRIBUTE = "be.pillars.bodySeconds";

    /** The time a body may take when no context set one. */
    public static final int DEFAULT_BODY_SECONDS = 10;

    /** The body limit when no context set one. */
    public static final int DEFAULT_MAX_BODY_BYTES = 1024 * 1024;

    private PillarsHttp() {
    }
}
