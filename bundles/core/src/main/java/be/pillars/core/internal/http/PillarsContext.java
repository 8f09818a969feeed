package be.pillars.core.internal.http;

import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContext;

import be.pillars.api.http.PillarsHttp;

/**
 * The one servlet context of Pillars, at {@code /api}: every route of core and of every pillar joins it, so
 * that authentication is decided here, in one place, for all of them. Until the data layer and its users
 * exist, every route is public and this helper keeps the whiteboard's defaults.
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = PillarsHttp.CONTEXT_NAME, path = PillarsHttp.CONTEXT_PATH)
public class PillarsContext extends ServletContextHelper {
}
