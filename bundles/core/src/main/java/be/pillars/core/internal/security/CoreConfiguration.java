package be.pillars.core.internal.security;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** Core's settings, edited in {@code etc/be.pillars.core.cfg}. */
@ObjectClassDefinition(id = CoreConfiguration.PID, name = "%core.name", description = "%core.description",
        localization = "OSGI-INF/l10n/core")
public @interface CoreConfiguration {

    String PID = "be.pillars.core";

    @AttributeDefinition(name = "%realm.name", description = "%realm.description")
    String realm() default "karaf";

    @AttributeDefinition(name = "%cache.name", description = "%cache.description", min = "0")
    int authenticationCacheSeconds() default 60;

    @AttributeDefinition(name = "%body.name", description = "%body.description", min = "1024")
    int maxRequestBodyBytes() default 1024 * 1024;

    @AttributeDefinition(name = "%import.name", description = "%import.description", min = "1024")
    int maxImportBytes() default 64 * 1024 * 1024;

    @AttributeDefinition(name = "%bodySeconds.name", description = "%bodySeconds.description", min = "1")
    int requestBodySeconds() default 10;

    @AttributeDefinition(name = "%loginBlock.name", description = "%loginBlock.description", min = "1")
    int loginBlockMaxSeconds() default 300;

    @AttributeDefinition(name = "%auditReadWindow.name", description = "%auditReadWindow.description", min = "0")
    int auditReadWindowSeconds() default 60;

    @AttributeDefinition(name = "%minimumAge.name", description = "%minimumAge.description", min = "0", max = "99")
    int minimumAge() default 16;
}
