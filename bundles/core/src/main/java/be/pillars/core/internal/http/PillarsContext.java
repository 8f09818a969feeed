package be.pillars.core.internal.http;

import java.io.IOException;
import java.util.Map;
import java.util.Optional;

import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ServiceScope;
import org.osgi.service.http.context.ServletContextHelper;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContext;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.Caller;
import be.pillars.api.http.JsonResponses;
import be.pillars.api.http.PillarsHttp;
import be.pillars.core.internal.security.CoreSettings;

/**
 * The one servlet context of Pillars, at {@code /api}: every route of core and of every pillar joins it, so
 * authentication is decided here, once, for all of them. A request without credentials goes on as
 * anonymous (each route's {@code Access} decides whether that suffices); a request with wrong or malformed
 * credentials is refused with 401 before it reaches any route, and one whose login or address failed too often
 * in a row with 429 until its wait is over ({@link be.pillars.core.internal.security.LoginThrottle}).
 */
@Component(service = ServletContextHelper.class, scope = ServiceScope.BUNDLE)
@HttpWhiteboardContext(name = PillarsHttp.CONTEXT_NAME, path = PillarsHttp.CONTEXT_PATH)
public class PillarsContext extends ServletContextHelper {

    /**
     * On every answer: nothing the API says is cached by a browser or proxy (most of it is personal data), no
     * browser guesses another type than the one given, and a document it renders (an SVG chart) runs no script
     * and is framed by no other site.
     */
    private static final Map<String, String> SECURITY_HEADERS = Map.of(
            "Cache-Control", "no-store",
            "X-Content-Type-Options", "nosniff",
            "Content-Security-Policy", "default-src 'none'; style-src 'unsafe-inline'; frame-ancestors 'none'",
            "Referrer-Policy", "no-referrer");

    private final CoreSettings settings;

    @Activate
    public PillarsContext(@Reference CoreSettings settings) {
        this.settings = settings;
    }

    @Override
    public boolean handleSecurity(HttpServletRequest request, HttpServletResponse response) throws IOException {
        SECURITY_HEADERS.forEach(response::setHeader);
        request.setAttribute(PillarsHttp.MAX_BODY_ATTRIBUTE, settings.current().maxRequestBodyBytes());
        request.setAttribute(PillarsHttp.BODY_SECONDS_ATTRIBUTE, settings.current().requestBodySeconds());
        String header = request.getHeader("Authorization");
        if (header == null) {
            request.setAttribute(PillarsHttp.CALLER_ATTRIBUTE, Caller.ANONYMOUS);
            return true;
        }
        Optional<Caller> caller;
        try {
            caller = settings.authenticator().authenticate(header, request.getRemoteAddr());
        } catch (ApiException throttled) {
            JsonResponses.writeError(request, response, throttled);
            return false;
        }
        if (caller.isEmpty()) {
            JsonResponses.writeError(request, response, new ApiException(401, "invalid_credentials",
                    LocalizedText.of("Onbekende gebruiker of fout wachtwoord", "Unknown user or wrong password"),
                    null));
            return false;
        }
        request.setAttribute(PillarsHttp.CALLER_ATTRIBUTE, caller.get());
        request.setAttribute(REMOTE_USER, caller.get().name());
        request.setAttribute(AUTHENTICATION_TYPE, HttpServletRequest.BASIC_AUTH);
        return true;
    }
}
