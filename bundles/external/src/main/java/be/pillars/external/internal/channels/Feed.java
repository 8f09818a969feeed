package be.pillars.external.internal.channels;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;

import be.pillars.api.LocalizedText;
import be.pillars.api.Page;
import be.pillars.api.channel.PublishedVacancy;
import be.pillars.api.http.ApiException;
import be.pillars.api.http.ApiRequest;
import be.pillars.api.http.ApiResponse;
import be.pillars.api.http.TextBody;
import be.pillars.external.internal.vacancies.OpenVacancy;

/**
 * The open-data feed of public vacancies that any site can pull: JSON ({@code PublishedVacancy}, the same shape
 * channels receive) and iCalendar. Each answer carries an {@code ETag} computed from its bytes, so a puller that
 * sends it back in {@code If-None-Match} gets 304 without a body until something changed.
 */
public final class Feed {

    /** A feed answers at most this many vacancies per page. */
    public static final int MAX_LIMIT = 10_000;
    private static final String CACHE_CONTROL = "public, max-age=60";

    private Feed() {
    }

    /**
     * What {@link #json} answers: a page of the feed, its vacancies as channels receive them. A record, so that the
     * OpenAPI document shows its shape; its fields go out in this order, which the ETag depends on.
     */
    public record JsonPage(long total, int limit, int offset, List<PublishedVacancy> vacancies) {
    }

    /** The page as {@link JsonPage}: {@code {"total", "limit", "offset", "vacancies": [...]}}. */
    public static ApiResponse json(Page<OpenVacancy> page, ApiRequest request) {
        return answer(request, TextBody.json(new JsonPage(page.total(), page.limit(), page.offset(),
                published(page))));
    }

    /**
     * The page's vacancies as a calendar, in Dutch or, with {@code lang=en}, in English where written, each event
     * linking the vacancy's page on the municipality's website.
     */
    public static ApiResponse ics(Page<OpenVacancy> page, VacancyPages pages, ApiRequest request) {
        String language = request.queryText("lang");
        if (language != null && !language.equals("nl") && !language.equals("en")) {
            throw ApiException.badRequest("invalid_value", "lang", LocalizedText.of(
                    "lang is nl of en, niet '" + language + "'", "lang is nl or en, not '" + language + "'"));
        }
        boolean english = "en".equals(language);
        return answer(request, new TextBody(ICalendar.MEDIA_TYPE, ICalendar.of(english ? "Volunteer vacancies"
                : "Vrijwilligersvacatures", page.items(), english, pages)));
    }

    private static List<PublishedVacancy> published(Page<OpenVacancy> page) {
        return page.items().stream().map(Publications::of).toList();
    }

    private static ApiResponse answer(ApiRequest request, TextBody body) {
        String etag = "\"" + sha256(body.text()).substring(0, 32) + "\"";
        Map<String, String> headers = Map.of("ETag", etag, "Cache-Control", CACHE_CONTROL);
        boolean unchanged = request.header("If-None-Match").map(tags -> List.of(tags.split(",")).stream()
                .map(String::strip).anyMatch(tag -> tag.equals(etag) || tag.equals("W/" + etag) || tag.equals("*")))
                .orElse(false);
        return unchanged ? new ApiResponse(304, null, headers) : new ApiResponse(200, body, headers);
    }

    private static String sha256(String text) {
        try {
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256")
                    .digest(text.getBytes(StandardCharsets.UTF_8)));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every Java 17 runtime", e);
        }
    }
}
