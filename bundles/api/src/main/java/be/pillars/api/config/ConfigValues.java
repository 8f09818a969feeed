package be.pillars.api.config;

import java.math.BigDecimal;

import be.pillars.api.LocalizedText;

/** Checks for single configuration values, each refusing with the key and a bilingual reason. */
public final class ConfigValues {

    private ConfigValues() {
    }

    /** A euro amount such as {@code 35.00}: zero or more, at most two decimals. */
    public static BigDecimal euros(String key, String value) {
        BigDecimal amount;
        try {
            amount = new BigDecimal(value.trim());
        } catch (NumberFormatException | NullPointerException e) {
            throw new InvalidConfigurationException(key, LocalizedText.of(
                    "'" + value + "' is geen bedrag in euro (bv. 35.00)",
                    "'" + value + "' is not an amount in euro (e.g. 35.00)"));
        }
        if (amount.signum() < 0 || amount.stripTrailingZeros().scale() > 2) {
            throw new InvalidConfigurationException(key, LocalizedText.of(
                    "moet een bedrag van 0 of meer zijn, met hoogstens 2 decimalen, niet " + value,
                    "must be an amount of 0 or more with at most 2 decimals, not " + value));
        }
        return amount.setScale(2);
    }

    public static int atLeast(String key, int value, int minimum) {
        if (value < minimum) {
            throw new InvalidConfigurationException(key, LocalizedText.of(
                    "moet minstens " + minimum + " zijn, niet " + value,
                    "must be at least " + minimum + ", not " + value));
        }
        return value;
    }

    /** A number within {@code [minimum, maximum]}. */
    public static double between(String key, double value, double minimum, double maximum) {
        if (!(value >= minimum && value <= maximum)) {
            throw new InvalidConfigurationException(key, LocalizedText.of(
                    "moet tussen " + minimum + " en " + maximum + " liggen, niet " + value,
                    "must lie between " + minimum + " and " + maximum + ", not " + value));
        }
        return value;
    }
}
