package be.pillars.external.internal.publicsite;

import org.osgi.service.metatype.annotations.AttributeDefinition;
import org.osgi.service.metatype.annotations.ObjectClassDefinition;

/** The municipality's own website, as the open-data feed links to it, in {@code etc/be.pillars.external.site.cfg}. */
@ObjectClassDefinition(id = PublicSite.PID, name = "%site.name", description = "%site.description",
        localization = "OSGI-INF/l10n/site")
public @interface PublicSiteConfiguration {

    @AttributeDefinition(name = "%vacancyPageUrl.name", description = "%vacancyPageUrl.description", required = false)
    String vacancyPageUrl() default "";
}
