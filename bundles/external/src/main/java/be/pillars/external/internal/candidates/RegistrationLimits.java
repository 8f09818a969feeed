package be.pillars.external.internal.candidates;

import java.time.Clock;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.component.annotations.Reference;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.config.CheckedConfiguration;
import be.pillars.api.config.ConfigValues;
import be.pillars.api.volunteer.VolunteerService;

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
    private final CheckedConfiguration<Limits> limits = new CheckedConfiguration<>(PID, new Limits(5, 20));
    private volatile CandidateRegistration registration;

    /** The limits in force: a refused configuration leaves the previous one (see the log). */
    record Limits(int registrationBurst, int registrationsPerHour) {
    }

    @Activate
    public RegistrationLimits(@Reference VolunteerService volunteers, CandidateConfiguration configuration) {
        this.volunteers = volunteers;
        modified(configuration);
    }

    /** New limits start with fresh buckets for every address. */
    @Modified
    void modified(CandidateConfiguration configuration) {
        limits.apply(() -> new Limits(ConfigValues.atLeast("registrationBurst", configuration.registrationBurst(), 1),
                ConfigValues.atLeast("registrationsPerHour", configuration.registrationsPerHour(), 1)));
        limits.problem().ifPresent(problem -> LOG.warn("{} refused ({}): {}; the previous limits stay", PID,
                problem.key(), problem.message().en()));
        Limits inForce = limits.inForce();
        registration = new CandidateRegistration(volunteers, new RateLimiter(inForce.registrationBurst(),
                inForce.registrationsPerHour(), System::nanoTime), Clock.systemUTC());
    }

    /** The registration desk with the limits in force. */
    CandidateRegistration registration() {
        return registration;
    }
}
