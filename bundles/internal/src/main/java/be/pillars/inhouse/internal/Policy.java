package be.pillars.inhouse.internal;

import java.math.BigDecimal;
import java.time.MonthDay;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.time.format.TextStyle;
import java.util.Locale;

import com.fasterxml.jackson.annotation.JsonFormat;

import be.pillars.api.LocalizedText;
import be.pillars.api.config.ConfigValues;
import be.pillars.api.config.InvalidConfigurationException;

/**
 * The central policy in force for every service of the municipality.
 *
 * @param appreciationAmountPerVolunteer euro per active volunteer per year that services spend on appreciation
 * @param appreciationReferenceDate      the day of the year on which active volunteers are counted for it
 * @param serviceOverridesAllowed        whether a service may tailor the central policy
 * @param defaultCompensationSystem      the expense system a volunteer gets unless chosen otherwise
 */
public record Policy(BigDecimal appreciationAmountPerVolunteer,
        @JsonFormat(pattern = "MM-dd") MonthDay appreciationReferenceDate,
        boolean serviceOverridesAllowed, CompensationSystem defaultCompensationSystem) {

    static final String DEFAULT_AMOUNT = "35.00";
    static final String DEFAULT_REFERENCE_DATE = "01-01";
    static final Policy DEFAULTS = new Policy(new BigDecimal(DEFAULT_AMOUNT), MonthDay.of(1, 1), true,
            CompensationSystem.NONE);

    private static final DateTimeFormatter MONTH_DAY = DateTimeFormatter.ofPattern("MM-dd");

    /** The two legal systems of expense allowance, or none at all (Law of 3 July 2005). */
    public enum CompensationSystem {
        NONE(LocalizedText.of("geen vergoeding", "no allowance")),
        LUMP_SUM(LocalizedText.of("forfaitaire vergoeding", "lump-sum allowance")),
        REAL_COSTS(LocalizedText.of("terugbetaling van reële kosten", "reimbursement of real costs"));

        private final LocalizedText label;

        CompensationSystem(LocalizedText label) {
            this.label = label;
        }

        public LocalizedText label() {
            return label;
        }
    }

    static Policy from(PolicyConfiguration configuration) {
        return new Policy(
                ConfigValues.euros("appreciationAmountPerVolunteer", configuration.appreciationAmountPerVolunteer()),
                monthDay("appreciationReferenceDate", configuration.appreciationReferenceDate()),
                configuration.serviceOverridesAllowed(),
                compensationSystem("defaultCompensationSystem", configuration.defaultCompensationSystem()));
    }

    private static MonthDay monthDay(String key, String value) {
        try {
            return MonthDay.parse(value.trim(), MONTH_DAY);
        } catch (DateTimeParseException e) {
            throw new InvalidConfigurationException(key, LocalizedText.of(
                    "'" + value + "' is geen dag van het jaar in de vorm MM-DD (bv. 01-01)",
                    "'" + value + "' is not a day of the year in the form MM-DD (e.g. 01-01)"));
        }
    }

    /** The system a configuration value names, refused with the key when it names none. */
    public static CompensationSystem compensationSystem(String key, String value) {
        try {
            return CompensationSystem.valueOf(value.trim());
        } catch (IllegalArgumentException e) {
            throw new InvalidConfigurationException(key, LocalizedText.of(
                    "'" + value + "' is geen vergoedingssysteem; kies NONE, LUMP_SUM of REAL_COSTS",
                    "'" + value + "' is not a compensation system; choose NONE, LUMP_SUM or REAL_COSTS"));
        }
    }

    /** One paragraph a service head or a volunteer can read. */
    public LocalizedText describe() {
        String dayNl = appreciationReferenceDate.getDayOfMonth() + " " + appreciationReferenceDate.getMonth()
                .getDisplayName(TextStyle.FULL, Locale.forLanguageTag("nl"));
        String dayEn = appreciationReferenceDate.getDayOfMonth() + " " + appreciationReferenceDate.getMonth()
                .getDisplayName(TextStyle.FULL, Locale.ENGLISH);
        return LocalizedText.of(
                "Eén waarderings- en vergoedingsbeleid voor alle diensten. Waarderingsbudget: EUR "
                        + appreciationAmountPerVolunteer + " per actieve vrijwilliger per jaar, geteld op " + dayNl
                        + ". Standaard vergoedingssysteem: " + defaultCompensationSystem.label().nl() + ". "
                        + (serviceOverridesAllowed ? "Diensten mogen het beleid op maat aanpassen."
                                : "Diensten volgen het centrale beleid zonder afwijkingen."),
                "One appreciation and compensation policy for all services. Appreciation budget: EUR "
                        + appreciationAmountPerVolunteer + " per active volunteer per year, counted on " + dayEn
                        + ". Default compensation system: " + defaultCompensationSystem.label().en() + ". "
                        + (serviceOverridesAllowed ? "Services may tailor the policy."
                                : "Services follow the central policy without exceptions."));
    }
}
