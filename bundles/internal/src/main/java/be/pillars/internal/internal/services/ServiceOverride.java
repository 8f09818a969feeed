package be.pillars.internal.internal.services;

import java.math.BigDecimal;
import java.util.Map;
import java.util.UUID;

import org.osgi.framework.Constants;
import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.ConfigurationPolicy;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;

import be.pillars.api.LocalizedText;
import be.pillars.api.config.CheckedConfiguration;
import be.pillars.api.config.ConfigValues;
import be.pillars.api.config.InvalidConfigurationException;
import be.pillars.internal.internal.Policy;
import be.pillars.internal.internal.Policy.CompensationSystem;

/**
 * One factory configuration of {@link #FACTORY_PID}: what one service changes in the central policy.
 * {@link ServicePolicies} decides whether it is honoured.
 */
@Component(service = ServiceOverride.class, configurationPid = ServiceOverride.FACTORY_PID,
        configurationPolicy = ConfigurationPolicy.REQUIRE)
@Designate(ocd = ServiceOverrideConfiguration.class, factory = true)
public class ServiceOverride {

    public static final String FACTORY_PID = "be.pillars.internal.service";

    /**
     * @param serviceId                      the municipal service, a core organisation id
     * @param appreciationAmountPerVolunteer its own amount, or null to follow the central policy
     * @param defaultCompensationSystem      its own default system, or null to follow the central policy
     */
    public record Values(UUID serviceId, BigDecimal appreciationAmountPerVolunteer,
            CompensationSystem defaultCompensationSystem) {
    }

    private final String pid;
    // no defaults: until a valid configuration arrives this override changes nothing
    private final CheckedConfiguration<Values> values;

    @Activate
    public ServiceOverride(ServiceOverrideConfiguration configuration, Map<String, Object> properties) {
        pid = String.valueOf(properties.get(Constants.SERVICE_PID));
        values = new CheckedConfiguration<>(pid, null);
        modified(configuration);
    }

    @Modified
    void modified(ServiceOverrideConfiguration configuration) {
        values.apply(() -> parse(configuration));
    }

    static Values parse(ServiceOverrideConfiguration configuration) {
        UUID serviceId;
        try {
            serviceId = UUID.fromString(configuration.serviceId().trim());
        } catch (IllegalArgumentException | NullPointerException e) {
            throw new InvalidConfigurationException("serviceId", LocalizedText.of(
                    "'" + configuration.serviceId() + "' is geen id van een organisatie",
                    "'" + configuration.serviceId() + "' is not an organisation id"));
        }
        String amount = configuration.appreciationAmountPerVolunteer();
        String system = configuration.defaultCompensationSystem();
        return new Values(serviceId,
                amount == null || amount.isBlank() ? null : ConfigValues.euros("appreciationAmountPerVolunteer", amount),
                system == null || system.isBlank() ? null
                        : Policy.compensationSystem("defaultCompensationSystem", system));
    }

    /** The Config Admin PID of this factory configuration, naming it in logs and reports. */
    public String pid() {
        return pid;
    }

    /** The values in force and the problem with the last configuration tried. */
    public CheckedConfiguration.Snapshot<Values> snapshot() {
        return values.snapshot();
    }
}
