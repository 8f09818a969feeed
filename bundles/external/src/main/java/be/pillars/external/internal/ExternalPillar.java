package be.pillars.external.internal;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.component.annotations.ReferenceCardinality;
import org.osgi.service.component.annotations.ReferencePolicy;
import org.osgi.service.metatype.annotations.Designate;

import be.pillars.api.Health;
import be.pillars.api.LocalizedText;
import be.pillars.api.Pillar;
import be.pillars.api.config.CheckedConfiguration;
import be.pillars.external.internal.candidates.RegistrationLimits;
import be.pillars.external.internal.channels.ChannelDispatcher;
import be.pillars.external.internal.publicsite.PublicSite;

/** The external pillar: the volunteer platform where organisations and candidate volunteers are matched. */
@Component(service = {Pillar.class, ExternalPillar.class}, configurationPid = ExternalPillar.PID)
@Designate(ocd = MatchingConfiguration.class)
public class ExternalPillar implements Pillar {

    public static final String ID = "external";
    static final String PID = "be.pillars.external";

    private final CheckedConfiguration<MatchingWeights> matching =
            new CheckedConfiguration<>(PID, MatchingWeights.DEFAULTS);

    @Activate
    public ExternalPillar(MatchingConfiguration configuration) {
        modified(configuration);
    }

    @Modified
    void modified(MatchingConfiguration configuration) {
        matching.apply(() -> MatchingWeights.from(configuration));
    }

    public CheckedConfiguration<MatchingWeights> matching() {
        return matching;
    }

    @Override
    public String id() {
        return ID;
    }

    @Override
    public LocalizedText name() {
        return LocalizedText.of("Vrijwilligersplatform", "Volunteer platform");
    }

    @Override
    public LocalizedText description() {
        return LocalizedText.of(
                "Organisaties en kandidaat-vrijwilligers: vacatures, intakegesprekken en een verklaarbare match "
                        + "van het juiste talent op de juiste plaats, ook via kanalen zoals Give A Day.",
                "Organisations and candidate volunteers: vacancies, intake conversations and an explainable match "
                        + "of the right talent to the right place, also through channels such as Give A Day.");
    }

    /** Publishing to channels, while its component runs (it waits for the pillar's tables). */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile ChannelDispatcher channels;

    /** The links to the municipality's website, whose configuration may be refused. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile PublicSite site;

    /** The limits of the public registration, whose configuration may be refused. */
    @Reference(cardinality = ReferenceCardinality.OPTIONAL, policy = ReferencePolicy.DYNAMIC)
    private volatile RegistrationLimits registration;

    @Override
    public Health health() {
        Health health = matching.health(LocalizedText.of("Matching geconfigureerd", "Matching configured"));
        ChannelDispatcher publishing = channels;
        if (publishing != null) {
            health = worst(health, publishing.health());
        }
        PublicSite website = site;
        if (website != null) {
            health = worst(health, website.health());
        }
        RegistrationLimits limits = registration;
        if (limits != null) {
            health = worst(health, limits.health());
        }
        return health;
    }

    /** The worse status of the two, with both details. */
    private static Health worst(Health one, Health other) {
        return new Health(one.status().compareTo(other.status()) >= 0 ? one.status() : other.status(),
                LocalizedText.of(one.detail().nl() + "; " + other.detail().nl(),
                        one.detail().en() + "; " + other.detail().en()));
    }
}
