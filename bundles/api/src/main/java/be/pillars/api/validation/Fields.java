package be.pillars.api.validation;

import java.math.BigDecimal;
import java.util.Locale;
import java.util.regex.Pattern;

import be.pillars.api.DomainException;
import be.pillars.api.LocalizedText;

/** Checks of single fields; each names the field when it refuses. */
public final class Fields {

    private static final Pattern EMAIL = Pattern.compile("[^@\\s]{1,64}@[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?"
            + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]{0,61}[A-Za-z0-9])?)+");
    private static final Pattern PHONE = Pattern.compile("\\+?[0-9 ()./-]{6,24}");
    private static final Pattern BELGIAN_POSTAL_CODE = Pattern.compile("[1-9][0-9]{3}");

    private Fields() {
    }

    public static DomainException invalid(String code, String field, String nl, String en) {
        return DomainException.invalid(code, field, LocalizedText.of(nl, en));
    }

    public static <T> T present(String field, T value) {
        if (value == null) {
            throw invalid("required", field, "Verplicht veld", "Required field");
        }
        return value;
    }

    /** Trimmed text, required and at most {@code maxLength} characters. */
    public static String required(String field, String value, int maxLength) {
        String text = optional(field, value, maxLength);
        if (text == null) {
            throw invalid("required", field, "Verplicht veld", "Required field");
        }
        return text;
    }

    /** Trimmed text of at most {@code maxLength} characters, or null when absent or blank. */
    public static String optional(String field, String value, int maxLength) {
        if (value == null || value.isBlank()) {
            return null;
        }
        String text = value.strip();
        if (text.length() > maxLength) {
            throw invalid("too_long", field, "Hoogstens " + maxLength + " tekens", "At most " + maxLength + " characters");
        }
        return text;
    }

    /** An email address in lower case, or null when absent and not required. */
    public static String email(String field, String value, boolean required) {
        String email = required ? required(field, value, 254) : optional(field, value, 254);
        if (email != null && !EMAIL.matcher(email).matches()) {
            throw invalid("invalid_email", field, "Geen geldig e-mailadres", "Not a valid email address");
        }
        return email == null ? null : email.toLowerCase(Locale.ROOT);
    }

    /** A phone number of at least 8 digits, with the usual separators, or null when absent. */
    public static String phone(String field, String value) {
        String phone = optional(field, value, 25);
        if (phone != null && (!PHONE.matcher(phone).matches() || phone.chars().filter(Character::isDigit).count() < 8)) {
            throw invalid("invalid_phone", field, "Geen geldig telefoonnummer", "Not a valid phone number");
        }
        return phone;
    }

    /** A Belgian postal code: four digits, 1000 to 9999. */
    public static String postalCode(String field, String value, boolean required) {
        String code = required ? required(field, value, 4) : optional(field, value, 4);
        if (code != null && !BELGIAN_POSTAL_CODE.matcher(code).matches()) {
            throw invalid("invalid_postal_code", field, "Een Belgische postcode heeft 4 cijfers (1000-9999)",
                    "A Belgian postal code has 4 digits (1000-9999)");
        }
        return code;
    }

    /**
     * An amount of money: more than 0, at most two decimals and at most {@code maximum}, returned with two
     * decimals; null when absent and not required.
     */
    public static BigDecimal euros(String field, BigDecimal value, BigDecimal maximum, boolean required) {
        if (value == null) {
            if (required) {
                throw invalid("required", field, "Verplicht veld", "Required field");
            }
            return null;
        }
        if (value.signum() <= 0 || value.stripTrailingZeros().scale() > 2 || value.compareTo(maximum) > 0) {
            throw invalid("invalid_amount", field, "Een bedrag in euro groter dan 0, met hoogstens 2 decimalen en "
                    + "hoogstens " + maximum.toPlainString(), "An amount in euro above 0, with at most 2 decimals, "
                    + "of at most " + maximum.toPlainString());
        }
        return value.setScale(2);
    }
}
