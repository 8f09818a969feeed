package be.pillars.external.internal.channels;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.AttributeType;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/**
 * One outbound webhook, a factory configuration: {@code etc/be.pillars.external.webhook-<anything>.cfg}, one file
 * per receiver.
 */
@ObjectClassDefinition(id = WebhookChannel.PID, name = "%webhook.name", description = "%webhook.description",
        localization = "OSGI-INF/l10n/webhook")
public @interface WebhookConfiguration {

    @AttributeDefinition(name = "%name.name", description = "%name.description")
    String name();

    @AttributeDefinition(name = "%url.name", description = "%url.description")
    String url();

    @AttributeDefinition(name = "%secret.name", description = "%secret.description", type = AttributeType.PASSWORD)
    String secret();

    @AttributeDefinition(name = "%timeoutSeconds.name", description = "%timeoutSeconds.description")
    int timeoutSeconds() default 10;
}
