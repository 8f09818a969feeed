package be.pillars.internal.internal.figures;

import java.util.Optional;

import org.osgi.service.component.annotations.Activate;
import org.osgi.service.component.annotations.Component;
import org.osgi.service.component.annotations.Modified;
import org.osgi.service.metatype.annotations.Designate;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import be.pillars.api.config.CheckedConfiguration;

/**
 * The legal figures in force, from one Config Admin PID: the whole table of years is checked at once, so a
 * mistake in any year keeps the last good table in force, and {@code GET /api/internal/figures},
 * {@code pillars:allowance-figures} and the log name the key. One PID rather than a factory configuration per year
 * keeps the figures in one file an admin compares year with year, and leaves no moment in which a half-edited set
 * of year files is in force.
 */
@Component(service = LegalFigures.class, configurationPid = LegalFigures.PID)
@Designate(ocd = FiguresConfiguration.class)
public class LegalFigures {

    public static final String PID = "be.pillars.internal.figures";
    private static final Logger LOG = LoggerFactory.getLogger(LegalFigures.class);

    private final CheckedConfiguration<Figures> figures = new CheckedConfiguration<>(PID, Figures.DEFAULTS);

    @Activate
    public LegalFigures(FiguresConfiguration configuration) {
        modified(configuration);
    }

    @Modified
    void modified(FiguresConfiguration configuration) {
        figures.apply(() -> Figures.from(configuration));
        problem().ifPresent(problem -> LOG.warn("{} refused ({}): {}; the previous figures stay in force", PID,
                problem.key(), problem.message().en()));
    }

    public Figures inForce() {
        return figures.inForce();
    }

    public CheckedConfiguration.Snapshot<Figures> snapshot() {
        return figures.snapshot();
    }

    /** The problem with the last configuration an admin tried, if it was refused. */
    public Optional<CheckedConfiguration.Problem> problem() {
        return figures.problem();
    }
}
