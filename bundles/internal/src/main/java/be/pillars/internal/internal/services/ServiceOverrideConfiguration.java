package be.pillars.internal.internal.services;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/**
 * One service's deviation from the central policy, a factory configuration
 * ({@code etc/be.pillars.internal.service-<name>.cfg}); honoured only while the central policy allows overrides.
 * A key left empty follows the central policy.
 */
@ObjectClassDefinition(id = ServiceOverride.FACTORY_PID, name = "%override.name",
        description = "%override.description", localization = "OSGI-INF/l10n/service")
public @interface ServiceOverrideConfiguration {

    @AttributeDefinition(name = "%serviceId.name", description = "%serviceId.description")
    String serviceId();

    @AttributeDefinition(name = "%amount.name", description = "%amount.description", required = false)
    String appreciationAmountPerVolunteer() default "";

    @AttributeDefinition(name = "%system.name", description = "%system.description", required = false, options = {
        @Option(value = "", label = "%system.central"),
        @Option(value = "NONE", label = "%system.none"),
        @Option(value = "LUMP_SUM", label = "%system.lumpSum"),
        @Option(value = "REAL_COSTS", label = "%system.realCosts")})
    String defaultCompensationSystem() default "";
}
