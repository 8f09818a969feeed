package be.pillars.api.validation;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;

/**
 * The one rule for text that comes into Pillars, whichever way it comes (a JSON body, the CSV import, a Statbel
 * file, a console argument), and the one way stored text goes out to a terminal.
 *
 * <p>Refused: every control character, that is C0 ({@code U+0000}-{@code U+001F}, line breaks and tabs included:
 * no field of Pillars holds more than one line, and the JSON reader has always refused them), DEL ({@code U+007F})
 * and C1 ({@code U+0080}-{@code U+009F}); and every lone surrogate, half of a UTF-16 pair such as
 * <code>&#92;udc00</code>, which is no character: UTF-8 cannot encode it, strict JSON parsers refuse it, and a file
 * written with it fails.
 */
public final class Text {

    private Text() {
    }

    /** Where the first character this rule refuses is, or -1 when the text has none (or is null). */
    public static int refusedAt(CharSequence text) {
        if (text == null) {
            return -1;
        }
        for (int i = 0; i < text.length();) {
            int length = accepted(text, i);
            if (length == 0) {
                return i;
            }
            i += length;
        }
        return -1;
    }

    /** How many chars from {@code i} on make one accepted character: 1, 2 for a surrogate pair, 0 when refused. */
    private static int accepted(CharSequence text, int i) {
        char character = text.charAt(i);
        if (Character.isISOControl(character)) {
            return 0;
        }
        if (!Character.isSurrogate(character)) {
            return 1;
        }
        return Character.isHighSurrogate(character) && i + 1 < text.length()
                && Character.isLowSurrogate(text.charAt(i + 1)) ? 2 : 0;
    }

    /**
     * Why the text is refused, naming the character and its position (counted from 1) for the person who sent
     * it, or null when the rule accepts it.
     */
    public static LocalizedText problem(CharSequence text) {
        int at = refusedAt(text);
        if (at < 0) {
            return null;
        }
        String character = String.format("U+%04X", (int) text.charAt(at));
        int position = at + 1;
        return Character.isSurrogate(text.charAt(at))
                ? LocalizedText.of("Tekst met een losse surrogaathelft (" + character + "), geen geldig teken, op "
                        + "positie " + position, "Text with a lone surrogate (" + character + "), not a valid "
                        + "character, at position " + position)
                : LocalizedText.of("Tekst met een controleteken (" + character + ") op positie " + position,
                        "Text with a control character (" + character + ") at position " + position);
    }

    /**
     * The value as it is when the rule accepts it (null stays null).
     *
     * @throws DomainException {@code INVALID}, code {@code invalid_text}, naming the field
     */
    public static String checked(String field, String value) {
        LocalizedText problem = problem(value);
        if (problem != null) {
            throw DomainException.invalid("invalid_text", field, problem);
        }
        return value;
    }

    /**
     * The value as a terminal should show it: every character the rule refuses is written as its Java escape,
     * such as <code>&#92;u001b</code> for ESC, so that stored text can neither run terminal codes nor hide behind them;
     * null is shown as nothing.
     */
    public static String printable(Object value) {
        String text = value == null ? "" : value.toString();
        int at = refusedAt(text);
        if (at < 0) {
            return text;
        }
        StringBuilder shown = new StringBuilder(text.length() + 8).append(text, 0, at);
        for (int i = at; i < text.length();) {
            int length = accepted(text, i);
            if (length == 0) {
                shown.append(String.format("\\u%04x", (int) text.charAt(i)));
                i++;
            } else {
                shown.append(text, i, i + length);
                i += length;
            }
        }
        return shown.toString();
    }

    /** Each value {@link #printable(Object) printable}, such as the cells of one row of a console table. */
    public static String[] printableAll(Object... values) {
        String[] shown = new String[values.length];
        for (int i = 0; i < values.length; i++) {
            shown[i] = printable(values[i]);
        }
        return shown;
    }
}
