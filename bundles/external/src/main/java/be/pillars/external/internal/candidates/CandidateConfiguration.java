package be.pillars.external.internal.candidates;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How often one client address may register candidates, edited in {@code etc/be.pillars.external.candidates.cfg}. */
@ObjectClassDefinition(id = RegistrationLimits.PID, name = "%candidates.name", description = "%candidates.description",
        localization = "OSGI-INF/l10n/candidates")
public @interface CandidateConfiguration {

    @AttributeDefinition(name = "%burst.name", description = "%burst.description")
    int registrationBurst() default 5;

    @AttributeDefinition(name = "%perHour.name", description = "%perHour.description")
    int registrationsPerHour() default 20;

    @AttributeDefinition(name = "%trustedRanges.name", description = "%trustedRanges.description", required = false)
    String[] trustedRanges() default {};
}
