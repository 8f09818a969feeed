package be.pillars.external.internal.publicsite;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.Health;
import be.pillars.api.LocalizedText;
import be.pillars.api.config.CheckedConfiguration;
import be.pillars.external.internal.channels.VacancyPages;

/**
 * Where the municipality's website shows a vacancy, from Config Admin. A component of its own rather than the
 * public servlet's configuration: the HTTP whiteboard registers a servlet anew (answering 404 for a moment)
 * whenever its configuration changes.
 */
@Component(service = PublicSite.class, configurationPid = PublicSite.PID)
@Designate(ocd = PublicSiteConfiguration.class)
public class PublicSite {

    public static final String PID = "be.pillars.external.site";
    private static final Logger LOG = LoggerFactory.getLogger(PublicSite.class);

    private final CheckedConfiguration<VacancyPages> pages = new CheckedConfiguration<>(PID, VacancyPages.NONE);

    @Activate
    public PublicSite(PublicSiteConfiguration configuration) {
        modified(configuration);
    }

    @Modified
    void modified(PublicSiteConfiguration configuration) {
        pages.apply(() -> VacancyPages.from("vacancyPageUrl", configuration.vacancyPageUrl()));
        pages.problem().ifPresent(problem -> LOG.warn("{} refused ({}): {}; the previous one stays", PID,
                problem.key(), problem.message().en()));
    }

    /** The vacancy pages in force: a refused configuration leaves the previous one. */
    public VacancyPages pages() {
        return pages.inForce();
    }

    /** Part of the pillar's health: down while the last configuration was refused, naming the key. */
    public Health health() {
        return pages.health(LocalizedText.of("Website van de gemeente geconfigureerd",
                "Municipality's website configured"));
    }
}
