package be.pillars.internal.internal;

import java.math.BigDecimal;

import be.pillars.api.LocalizedText;
import be.pillars.api.config.ConfigValues;
import be.pillars.api.config.InvalidConfigurationException;

/**
 * The central policy in force for every service of the municipality.
 *
 * @param appreciationAmountPerVolunteer euro per volunteer who worked for a service in a year, that the service
 *                                       spends on appreciation
 * @param serviceOverridesAllowed        whether a service may tailor the central policy
 * @param defaultCompensationSystem      the expense system a volunteer gets unless chosen otherwise
 */
public record Policy(BigDecimal appreciationAmountPerVolunteer, boolean serviceOverridesAllowed,
        CompensationSystem defaultCompensationSystem) {

    static final String DEFAULT_AMOUNT = "35.00";
    static final Policy DEFAULTS = new Policy(new BigDecimal(DEFAULT_AMOUNT), true, CompensationSystem.NONE);

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
                configuration.serviceOverridesAllowed(),
                compensationSystem("defaultCompensationSystem", configuration.defaultCompensationSystem()));
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
        return LocalizedText.of(
                "Eén waarderings- en vergoedingsbeleid voor alle diensten. Waarderingsbudget: EUR "
                        + appreciationAmountPerVolunteer + " per vrijwilliger die in het jaar voor de dienst werkte. "
                        + "Standaard vergoedingssysteem: " + defaultCompensationSystem.label().nl() + ". "
                        + (serviceOverridesAllowed ? "Diensten mogen het beleid op maat aanpassen."
                                : "Diensten volgen het centrale beleid zonder afwijkingen."),
                "One appreciation and compensation policy for all services. Appreciation budget: EUR "
                        + appreciationAmountPerVolunteer + " per volunteer who worked for the service in the year. "
                        + "Default compensation system: " + defaultCompensationSystem.label().en() + ". "
                        + (serviceOverridesAllowed ? "Services may tailor the policy."
                                : "Services follow the central policy without exceptions."));
    }
}
