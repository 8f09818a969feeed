package be.pillars.internal.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;
import org.osgi.service.metatype.annotations.Option;

/** The central appreciation and compensation policy, edited in {@code etc/be.pillars.internal.cfg}. */
@ObjectClassDefinition(id = InternalPillar.PID, name = "%policy.name", description = "%policy.description",
        localization = "OSGI-INF/l10n/policy")
public @interface PolicyConfiguration {

    @AttributeDefinition(name = "%amount.name", description = "%amount.description")
    String appreciationAmountPerVolunteer() default Policy.DEFAULT_AMOUNT;

    @AttributeDefinition(name = "%overrides.name", description = "%overrides.description")
    boolean serviceOverridesAllowed() default true;

    @AttributeDefinition(name = "%system.name", description = "%system.description", options = {
        @Option(value = "NONE", label = "%system.none"),
        @Option(value = "LUMP_SUM", label = "%system.lumpSum"),
        @Option(value = "REAL_COSTS", label = "%system.realCosts")})
    String defaultCompensationSystem() default "NONE";
}
