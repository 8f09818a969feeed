package be.pillars.external.internal.channels;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** How the external pillar delivers vacancy events to its channels, in {@code etc/be.pillars.external.channels.cfg}. */
@ObjectClassDefinition(id = ChannelDispatcher.PID, name = "%channels.name", description = "%channels.description",
        localization = "OSGI-INF/l10n/channels")
public @interface ChannelsConfiguration {

    @AttributeDefinition(name = "%pollSeconds.name", description = "%pollSeconds.description")
    int pollSeconds() default 2;

    @AttributeDefinition(name = "%initialBackoffSeconds.name", description = "%initialBackoffSeconds.description")
    int initialBackoffSeconds() default 10;

    @AttributeDefinition(name = "%maxBackoffSeconds.name", description = "%maxBackoffSeconds.description")
    int maxBackoffSeconds() default 3600;

    @AttributeDefinition(name = "%maxAttempts.name", description = "%maxAttempts.description")
    int maxAttempts() default 12;

    @AttributeDefinition(name = "%timeoutSeconds.name", description = "%timeoutSeconds.description")
    int timeoutSeconds() default 30;

    @AttributeDefinition(name = "%retentionDays.name", description = "%retentionDays.description")
    int retentionDays() default 30;
}
