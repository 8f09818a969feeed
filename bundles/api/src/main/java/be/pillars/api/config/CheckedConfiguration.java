package be.pillars.api.config;

import java.util.Optional;
import java.util.function.Supplier;

import be.pillars.api.Health;
import be.pillars.api.LocalizedText;

/**
 * The configuration in force, and the problem with the last one an admin tried, if any.
 *
 * @param <T> the validated configuration type, immutable
 */
public final class CheckedConfiguration<T> {

    /** The problem with a rejected configuration. */
    public record Problem(String key, LocalizedText message) {
    }

    /**
     * What an admin needs to see: where to change it, what is in force, and why the last change was refused.
     *
     * @param pid     the Config Admin PID, also the name of the file {@code etc/<pid>.cfg}
     * @param inForce the configuration in force
     * @param problem the problem with the last configuration tried, or {@code null}
     */
    public record Snapshot<T>(String pid, T inForce, Problem problem) {
    }

    private final String pid;
    private volatile Snapshot<T> state;

    /**
     * @param pid      the Config Admin PID of this configuration
     * @param defaults the configuration in force until a valid one is applied
     */
    public CheckedConfiguration(String pid, T defaults) {
        this.pid = pid;
        this.state = new Snapshot<>(pid, defaults, null);
    }

    /**
     * Builds and validates a new configuration; on success it takes effect, on an
     * {@link InvalidConfigurationException} the configuration in force stays and the problem is recorded.
     */
    public void apply(Supplier<T> parse) {
        try {
            state = new Snapshot<>(pid, parse.get(), null);
        } catch (InvalidConfigurationException e) {
            state = new Snapshot<>(pid, state.inForce(), new Problem(e.key(), e.text()));
        }
    }

    public T inForce() {
        return state.inForce();
    }

    public Snapshot<T> snapshot() {
        return state;
    }

    public Optional<Problem> problem() {
        return Optional.ofNullable(state.problem());
    }

    /** DOWN while the last configuration was refused, naming the key; otherwise UP with the given detail. */
    public Health health(LocalizedText whenValid) {
        Problem problem = state.problem();
        if (problem == null) {
            return Health.up(whenValid);
        }
        return Health.down(LocalizedText.of(
                "Configuratie geweigerd (" + problem.key() + "): " + problem.message().nl()
                        + "; de vorige blijft van kracht",
                "Configuration refused (" + problem.key() + "): " + problem.message().en()
                        + "; the previous one stays in force"));
    }
}
