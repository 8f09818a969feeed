package be.pillars.external.internal.channels;

import java.util.List;
import java.util.Map;

import javax.servlet.Servlet;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardContextSelect;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletName;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletAsyncSupported;
import org.osgi.service.http.whiteboard.propertytypes.HttpWhiteboardServletPattern;

import com.fasterxml.jackson.core.type.TypeReference;

import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.http.Access;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.JsonServlet;
import be.pillars.api.http.PillarsHttp;
import be.pillars.api.http.Role;

/**
 * {@code /api/external/channels}, for admins: the channels with their deliveries counted, one channel's
 * deliveries, a retry of its failed ones, and forgetting a channel that is gone for good.
 */
@Component(service = Servlet.class)
@HttpWhiteboardContextSelect(PillarsHttp.CONTEXT_SELECT)
@HttpWhiteboardServletName("external.channels")
@HttpWhiteboardServletPattern({"/external/channels", "/external/channels/*"})
@HttpWhiteboardServletAsyncSupported
public class ChannelsServlet extends JsonServlet {

    private static final long serialVersionUID = 1L;
    private static final Access ADMINS = Access.roles(Role.ADMIN);
    private static final int DEFAULT_LIMIT = 50;
    private static final int MAX_LIMIT = 200;

    @Activate
    public ChannelsServlet(@Reference ChannelDispatcher dispatcher) {
        ChannelStore store = dispatcher.store();
        get("/", ADMINS, request -> store.channels(dispatcher.registered()))
                .summary("De kanalen, met hun leveringen geteld", "The channels, with their deliveries counted")
                .answers(new TypeReference<List<ChannelStore.ChannelStatus>>() { }.getType());
        get("/{id}/deliveries", ADMINS, request -> store.deliveries(known(store, dispatcher, request),
                request.queryChoice("status", ChannelStore.Status.class),
                request.queryNumber("limit", DEFAULT_LIMIT, 1, MAX_LIMIT),
                request.queryNumber("offset", 0, 0, Integer.MAX_VALUE)))
                .summary("De leveringen van een kanaal", "A channel's deliveries")
                .query("status", ChannelStore.Status.class, "Alleen met deze status", "Only with this status")
                .query("limit", Integer.class, "1 tot 200, standaard 50", "1 to 200, 50 unless given")
                .query("offset", Integer.class, "Hoeveel over te slaan", "How many to skip")
                .answers(new TypeReference<Page<ChannelStore.Delivery>>() { }.getType());
        post("/{id}/retry", ADMINS, request -> {
            int retried = store.retry(known(store, dispatcher, request));
            dispatcher.wake();
            return Map.of("retried", retried);
        }).summary("De mislukte leveringen van een kanaal opnieuw proberen", "Retry a channel's failed deliveries")
                .answers(new TypeReference<Map<String, Integer>>() { }.getType());
        delete("/{id}", ADMINS, request -> {
            String id = known(store, dispatcher, request);
            if (dispatcher.registered().contains(id)) {
                throw new ApiException(409, "channel_registered", LocalizedText.of(
                        "Kanaal " + id + " is geregistreerd: verwijder eerst zijn bundel of configuratie",
                        "Channel " + id + " is registered: remove its bundle or configuration first"), "id");
            }
            store.forget(id);
            return new ApiResponse(204, null);
        }).summary("Een kanaal vergeten dat voorgoed weg is", "Forget a channel that is gone for good")
                .answersFile("application/json");
    }

    /** The {@code {id}} of a known channel: 400 when it cannot be a channel id, 404 when no such channel is known. */
    private static String known(ChannelStore store, ChannelDispatcher dispatcher, ApiRequest request) {
        String id = request.path("id");
        if (!ChannelDispatcher.CHANNEL_ID.matcher(id).matches()) {
            throw ApiException.badRequest("invalid_id", "id", LocalizedText.of(
                    "'" + id + "' is geen kanaal-id", "'" + id + "' is not a channel id"));
        }
        if (store.channels(dispatcher.registered()).stream().noneMatch(channel -> channel.id().equals(id))) {
            throw ApiException.notFound(LocalizedText.of("Geen kanaal " + id, "No channel " + id));
        }
        return id;
    }
}
