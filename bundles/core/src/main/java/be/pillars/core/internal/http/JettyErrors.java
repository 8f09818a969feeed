package be.pillars.core.internal.http;

import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Locale;

import javax.servlet.RequestDispatcher;
import javax.servlet.http.HttpServletRequest;
import javax.servlet.http.HttpServletResponse;

import org.eclipse.jetty.http.HttpField;
import org.eclipse.jetty.http.HttpFields;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Connector;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.handler.ErrorHandler;
import org.osgi.service.component.annotations.Component;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.JsonResponses;

/**
 * Jetty's own refusals (a URI or headers too large, an ambiguous path, a path outside every context) in the one
 * JSON error shape of Pillars instead of Jetty's HTML pages. Pax Web hands a registered connection customizer
 * every request, but offers no hook on the server itself: the error handler is put in place at the first request
 * the server serves, and is the server's from then on.
 */
@Component(service = HttpConfiguration.Customizer.class)
public class JettyErrors implements HttpConfiguration.Customizer {

    private final JsonErrorHandler handler = new JsonErrorHandler();

    @Override
    public void customize(Connector connector, HttpConfiguration configuration, Request request) {
        Server server = connector.getServer();
        if (server != null && server.getErrorHandler() != handler) {
            server.setErrorHandler(handler);
        }
    }

    /** The JSON error body for a status and Jetty's reason. */
    static byte[] body(int status, String reason) {
        String code = HttpStatus.getMessage(status).toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]+", "_");
        String text = reason == null || reason.isBlank() ? HttpStatus.getMessage(status) : reason;
        return JsonResponses.toJson(JsonResponses.errorBody(new ApiException(status, code,
                LocalizedText.of("Geweigerd door de webserver: " + text, "Refused by the web server: " + text), null),
                Locale.ENGLISH)).getBytes(StandardCharsets.UTF_8);
    }

    static final class JsonErrorHandler extends ErrorHandler {

        JsonErrorHandler() {
            setShowStacks(false);
            setShowServlet(false);
        }

        /** A request Jetty could not even parse: no request exists to write to, only these fields and body. */
        @Override
        public ByteBuffer badMessageError(int status, String reason, HttpFields fields) {
            fields.put(new HttpField(HttpHeader.CONTENT_TYPE, "application/json"));
            return ByteBuffer.wrap(body(status, reason));
        }

        @Override
        public void doError(String target, Request baseRequest, HttpServletRequest request,
                HttpServletResponse response) throws IOException {
            Object message = request.getAttribute(RequestDispatcher.ERROR_MESSAGE);
            byte[] body = body(response.getStatus(), message == null ? null : message.toString());
            baseRequest.setHandled(true);
            response.setContentType("application/json");
            response.setHeader("Cache-Control", "no-store");
            response.setContentLength(body.length);
            response.getOutputStream().write(body);
        }
    }
}
