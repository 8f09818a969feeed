package be.pillars.inhouse.internal;

import java.util.Locale;

import be.pillars.api.LocalizedText;
import be.pillars.api.http.ApiRequest;

/**
 * The language of a file a person opens (a CSV for a spreadsheet, a printable document): the one the caller's
 * {@code Accept-Language} asks for, Dutch when the request names none, since a Flemish municipality reads Dutch.
 */
public final class FileLanguage {

    private FileLanguage() {
    }

    public static Locale of(ApiRequest request) {
        return request.header("Accept-Language").isPresent() ? request.locale() : LocalizedText.DUTCH;
    }
}
