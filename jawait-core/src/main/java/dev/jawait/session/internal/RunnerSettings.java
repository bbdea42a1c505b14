package dev.jawait.session.internal;

import dev.jawait.runtime.Runner;
import java.util.Locale;
import java.util.Objects;
import java.util.Optional;
import java.util.function.Function;

/**
 * A session's autoawait settings: whether cells that await may run, and the runner (with the name
 * {@code %autoawait} shows) that runs them. {@code %autoawait NAME}, {@code --runner} and the
 * builder all choose runners here, by the rules of {@link RunnerResolver}.
 *
 * <p>Thread-safe: each setting is read and written atomically; a cell reads them once as it starts.
 */
public final class RunnerSettings {
    /** The runner and its name, as one value (so a cell never sees one without the other). */
    public record Choice(String name, Runner runner) {
        public Choice {
            Objects.requireNonNull(name);
            Objects.requireNonNull(runner);
        }
    }

    private volatile Choice choice;
    private volatile boolean autoawait;

    private RunnerSettings(Choice choice, boolean autoawait) {
        this.choice = choice;
        this.autoawait = autoawait;
    }

    /**
     * Settings for a new session: the built-in or provided runner {@code name} (no session
     * variables exist yet), autoawait on unless it is {@code sync} or {@code autoawait} says otherwise.
     *
     * @throws dev.jawait.JawaitException.UnknownNameException if no such runner exists
     */
    public static RunnerSettings named(String name, Boolean autoawait, ClassLoader loader) {
        Runner runner = RunnerResolver.resolve(name, variable -> Optional.empty(), loader);
        return new RunnerSettings(new Choice(displayName(name), runner), autoawait != null ? autoawait : !isSync(name));
    }

    /** Settings for a new session with a runner object shown under {@code name}. */
    public static RunnerSettings of(String name, Runner runner, Boolean autoawait) {
        return new RunnerSettings(new Choice(name, runner), autoawait != null ? autoawait : true);
    }

    public Choice choice() {
        return choice;
    }

    public boolean autoawait() {
        return autoawait;
    }

    public void setAutoawait(boolean on) {
        this.autoawait = on;
    }

    /**
     * Chooses the runner {@code name} stands for, also among the session's variables, and turns
     * autoawait on ({@code sync}: off), as {@code %autoawait NAME} does.
     */
    public void use(String name, Function<String, Optional<Object>> sessionVariable, ClassLoader loader) {
        Runner runner = RunnerResolver.resolve(name, sessionVariable, loader);
        this.choice = new Choice(displayName(name), runner);
        this.autoawait = !isSync(name);
    }

    /** Chooses a runner object under a display name and turns autoawait on. */
    public void use(String name, Runner runner) {
        this.choice = new Choice(name, runner);
        this.autoawait = true;
    }

    private static boolean isSync(String name) {
        return name.equalsIgnoreCase("sync");
    }

    /** Built-in names are shown in lower case ({@code %autoawait VIRTUAL} shows {@code virtual}). */
    private static String displayName(String name) {
        return RunnerResolver.builtIn(name).isPresent() ? name.toLowerCase(Locale.ROOT) : name;
    }
}
