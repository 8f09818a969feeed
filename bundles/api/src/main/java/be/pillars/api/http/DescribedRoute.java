package be.pillars.api.http;

/**
 * A route as its servlet declared it, for the OpenAPI document.
 *
 * @param method      {@code GET}, {@code POST}, {@code PUT} or {@code DELETE}
 * @param template    relative to the servlet's pattern, such as {@code /{id}/hours}
 * @param access      who may call it
 * @param description what it says about itself
 */
public record DescribedRoute(String method, String template, Access access, RouteDescription description) {
}
