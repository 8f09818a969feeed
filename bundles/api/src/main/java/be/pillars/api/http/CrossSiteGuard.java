package be.pillars.api.http;

import java.net.URI;
import java.net.URISyntaxException;
import java.util.Locale;
import java.util.Set;

import javax.servlet.http.HttpServletRequest;

import be.pillars.api.LocalizedText;

/**
 * Refuses the state-changing requests that another web site can make a browser send with the credentials it
 * caches: what a plain HTML form can send (its three media types), and anything a browser marks as coming from
 * a foreign origin. Scripts and API clients send JSON or CSV, and no {@code Origin} or their own.
 */
final class CrossSiteGuard {

    /** The media types of an HTML form, which any site can post without asking the browser first. */
    private static final Set<String> FORM_TYPES = Set.of("application/x-www-form-urlencoded", "multipart/form-data",
            "text/plain");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS", "TRACE");

    private CrossSiteGuard() {
    }

    static void check(HttpServletRequest request) {
        if (SAFE_METHODS.contains(request.getMethod())) {
            return;
        }
        String fetchSite = request.getHeader("Sec-Fetch-Site");
        if ("cross-site".equalsIgnoreCase(fetchSite)) {
            throw crossSite("Sec-Fetch-Site");
        }
        String origin = request.getHeader("Origin");
        if (origin != null && !sameHost(origin, request.getHeader("Host"))) {
            throw crossSite("Origin");
        }
        String contentType = request.getContentType();
        if (contentType != null && FORM_TYPES.contains(mediaType(contentType))) {
            throw new ApiException(415, "unsupported_media_type", LocalizedText.of(
                    "Formulieren van andere sites worden niet aanvaard: stuur JSON (of CSV waar gevraagd)",
                    "Forms from other sites are not accepted: send JSON (or CSV where asked)"), "Content-Type");
        }
    }

    /**
     * Whether the origin names the host and port the request was sent to. The scheme is left out: behind a proxy
     * that ends TLS the browser's https origin reaches Jetty as http.
     */
    private static boolean sameHost(String origin, String host) {
        if (host == null) {
            return false;
        }
        try {
            URI uri = new URI(origin.strip());
            if (uri.getHost() == null) {
                return false; // "null": a sandboxed page, a file, a redirect across sites
            }
            String originHost = uri.getPort() < 0 ? uri.getHost() : uri.getHost() + ":" + uri.getPort();
            return originHost.equalsIgnoreCase(host.strip()) || withDefaultPort(uri).equalsIgnoreCase(host.strip());
        } catch (URISyntaxException e) {
            return false;
        }
    }

    private static String withDefaultPort(URI origin) {
        int port = origin.getPort() >= 0 ? origin.getPort() : "https".equalsIgnoreCase(origin.getScheme()) ? 443 : 80;
        return origin.getHost() + ":" + port;
    }

    private static String mediaType(String contentType) {
        int parameters = contentType.indexOf(';');
        return (parameters < 0 ? contentType : contentType.substring(0, parameters)).strip().toLowerCase(Locale.ROOT);
    }

    private static ApiException crossSite(String field) {
        return new ApiException(403, "cross_site_request", LocalizedText.of(
                "Een verzoek dat iets wijzigt moet van Pillars zelf komen, niet van een andere site",
                "A request that changes something must come from Pillars itself, not from another site"), field);
    }
}
