package be.pillars.external.internal.candidates;

import java.time.Clock;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Set;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.Health;
import be.pillars.api.LocalizedText;
import be.pillars.api.config.CheckedConfiguration;
import be.pillars.api.config.ConfigValues;
import be.pillars.api.config.InvalidConfigurationException;
import be.pillars.api.volunteer.VolunteerService;
import be.pillars.external.internal.applications.ApplicationStore;

/**
 * The rate limits of the public registration, from Config Admin, and the registration desk that applies them. A
 * component of its own rather than the servlet's configuration: a component's configuration becomes part of its
 * service properties, and the HTTP whiteboard registers a servlet anew (answering 404 for a moment) whenever
 * those change.
 */
@Component(service = RegistrationLimits.class, configurationPid = RegistrationLimits.PID)
@Designate(ocd = CandidateConfiguration.class)
public class RegistrationLimits {

    static final String PID = "be.pillars.external.candidates";
    private static final Logger LOG = LoggerFactory.getLogger(RegistrationLimits.class);

    private final VolunteerService volunteers;
    private final ApplicationStore applications;
    private final CheckedConfiguration<Limits> limits = new CheckedConfiguration<>(PID, new Limits(5, 20, List.of()));
    private volatile CandidateRegistration registration;

    /** The limits in force: a refused configuration leaves the previous one (see the log and the pillar's health). */
    record Limits(int registrationBurst, int registrationsPerHour, List<TrustedRange> trustedRanges) {

        /** @throws InvalidConfigurationException naming the first key that makes no sense */
        static Limits from(CandidateConfiguration configuration) {
            return new Limits(ConfigValues.atLeast("registrationBurst", configuration.registrationBurst(), 1),
                    ConfigValues.atLeast("registrationsPerHour", configuration.registrationsPerHour(), 1),
                    trustedRanges(configuration.trustedRanges()));
        }

        /** Entries such as {@code 192.168.10.0/24=60/600}; a {@code .cfg} file gives them as one text, by commas. */
        private static List<TrustedRange> trustedRanges(String[] values) {
            List<TrustedRange> ranges = (values == null ? List.<String>of() : Arrays.asList(values)).stream()
                    .flatMap(value -> Arrays.stream(value.split(","))).filter(entry -> !entry.isBlank())
                    .map(TrustedRange::parse).toList();
            Set<String> seen = new HashSet<>();
            for (TrustedRange range : ranges) {
                if (!seen.add(range.cidr())) {
                    throw new InvalidConfigurationException(TrustedRange.KEY, LocalizedText.of(
                            "'" + range.cidr() + "' staat er twee keer", "'" + range.cidr() + "' is listed twice"));
                }
            }
            return ranges;
        }
    }

    @Activate
    public RegistrationLimits(@Reference VolunteerService volunteers, @Reference ApplicationStore applications,
            CandidateConfiguration configuration) {
        this.volunteers = volunteers;
        this.applications = applications;
        modified(configuration);
    }

    /** New limits start with fresh buckets for every address; a refused configuration leaves the buckets too. */
    @Modified
    void modified(CandidateConfiguration configuration) {
        limits.apply(() -> Limits.from(configuration));
        limits.problem().ifPresent(problem -> LOG.warn("{} refused ({}): {}; the previous limits stay", PID,
                problem.key(), problem.message().en()));
        if (registration != null && limits.problem().isPresent()) {
            return;
        }
        Limits inForce = limits.inForce();
        registration = new CandidateRegistration(volunteers, applications, new AddressLimits(
                inForce.registrationBurst(), inForce.registrationsPerHour(), inForce.trustedRanges(),
                System::nanoTime), Clock.systemUTC());
    }

    /** The registration desk with the limits in force. */
    CandidateRegistration registration() {
        return registration;
    }

    /** Part of the pillar's health: down while the last configuration was refused, naming the key. */
    public Health health() {
        return limits.health(LocalizedText.of("Registratielimieten geconfigureerd", "Registration limits configured"));
    }
}
