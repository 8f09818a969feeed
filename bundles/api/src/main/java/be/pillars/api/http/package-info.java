/**
 * The one way Pillars speaks HTTP: JSON in and out, errors as
 * {@code {"error": {"code": ..., "message": ..., "field": ...}}}, all routes inside core's {@code pillars}
 * servlet context under {@code /api}.
 *
 * <p>A pillar extends {@link be.pillars.api.http.JsonServlet}, declares its routes in its constructor and
 * registers it with the OSGi HTTP Whiteboard using {@link be.pillars.api.http.PillarsHttp#CONTEXT_SELECT}
 * and the pattern {@code /<pillar-id>/*}.
 */
@Export
@Version("2.0.0")
package be.pillars.api.http;

import org.osgi.annotation.bundle.Export;
import org.osgi.annotation.versioning.Version;
