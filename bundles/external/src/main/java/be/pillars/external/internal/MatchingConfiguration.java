package be.pillars.external.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How suggestions are scored, edited in {@code etc/be.pillars.external.cfg}. */
@ObjectClassDefinition(id = ExternalPillar.PID, name = "%matching.name", description = "%matching.description",
        localization = "OSGI-INF/l10n/matching")
public @interface MatchingConfiguration {

    @AttributeDefinition(name = "%skills.name", description = "%weight.description")
    double weightNiceToHaveSkills() default 0.30;

    @AttributeDefinition(name = "%availability.name", description = "%weight.description")
    double weightAvailability() default 0.25;

    @AttributeDefinition(name = "%distance.name", description = "%weight.description")
    double weightDistance() default 0.20;

    @AttributeDefinition(name = "%preference.name", description = "%weight.description")
    double weightPreference() default 0.15;

    @AttributeDefinition(name = "%languages.name", description = "%weight.description")
    double weightLanguages() default 0.10;

    @AttributeDefinition(name = "%maxDistance.name", description = "%maxDistance.description")
    int maxDistanceKm() default 25;

    @AttributeDefinition(name = "%scorerWeights.name", description = "%scorerWeights.description", required = false)
    String[] scorerWeights() default {};

    @AttributeDefinition(name = "%otherScorers.name", description = "%otherScorers.description")
    double weightOtherScorers() default 0.10;
}
