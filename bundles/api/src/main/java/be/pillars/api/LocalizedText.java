package be.pillars.api;

import java.util.Locale;
import java.util.Objects;

/**
 * A user-facing text in the two languages Pillars speaks: Dutch and English.
 *
 * @param nl the Dutch text
 * @param en the English text
 */
public record LocalizedText(String nl, String en) {

    /** The language of a Flemish municipality: the default wherever a caller names none. */
    public static final Locale DUTCH = Locale.forLanguageTag("nl");

    public LocalizedText {
        Objects.requireNonNull(nl, "nl");
        Objects.requireNonNull(en, "en");
    }

    public static LocalizedText of(String nl, String en) {
        return new LocalizedText(nl, en);
    }

    /** The Dutch text for a Dutch locale, the English text for any other. */
    public String in(Locale locale) {
        return locale != null && "nl".equals(locale.getLanguage()) ? nl : en;
    }
}
