package be.pillars.targetgroups.internal;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Privacy and attention thresholds of the pillar, edited in {@code etc/be.pillars.targetgroups.cfg}. */
@ObjectClassDefinition(id = TargetGroupsPillar.PID, name = "%monitor.name", description = "%monitor.description",
        localization = "OSGI-INF/l10n/monitor")
public @interface MonitorConfiguration {

    @AttributeDefinition(name = "%threshold.name", description = "%threshold.description")
    int smallGroupThreshold() default 5;

    @AttributeDefinition(name = "%index.name", description = "%index.description")
    double underRepresentationIndex() default 0.8;

    @AttributeDefinition(name = "%gap.name", description = "%gap.description")
    int buddyVisitGapWeeks() default 4;
}
