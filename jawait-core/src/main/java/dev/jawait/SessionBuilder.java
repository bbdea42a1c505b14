package dev.jawait;

import dev.jawait.config.SessionOptions;
import dev.jawait.engine.internal.Engine;
import dev.jawait.engine.internal.OutputRouter;
import dev.jawait.history.HistoryStore;
import dev.jawait.history.InMemoryHistory;
import dev.jawait.magic.MagicRegistry;
import dev.jawait.magic.internal.StandardMagics;
import dev.jawait.runtime.Runner;
import dev.jawait.session.internal.EngineSlot;
import dev.jawait.session.internal.Extensions;
import dev.jawait.session.internal.RunnerSettings;
import java.io.File;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/**
 * Builds a {@link Session} ({@link Session#builder()}); settings are checked at {@link #build()}.
 *
 * <p>{@link #standard()} makes the session every front end uses, the one place that decides what
 * a session has: jawait's magics plus those of the modules on the class path, the history they
 * keep (SQLite, shared by every jawait), and snippets compiled against jawait's runtime, the
 * modules' await adapters and the user's class path. Without it a session has jawait's magics,
 * history in memory, and this JVM's class path.
 *
 * <p>Not thread-safe.
 */
public final class SessionBuilder {
    private String runnerName = "virtual";
    private Runner runner;
    private Boolean autoawait;
    private ClassLoader parent = Session.class.getClassLoader();
    private List<String> classPath;
    private HistoryStore history;
    private OutputListener outputListener;
    private boolean standard;
    private List<String> dependencies = List.of();

    SessionBuilder() {}

    /** The session front ends use: the magics, history and await adapters of the jawait modules present. */
    public SessionBuilder standard() {
        this.standard = true;
        return this;
    }

    /**
     * Applies what a user configured ({@link SessionOptions}: runner, autoawait, class path,
     * Maven dependencies resolved at {@link #build()}).
     */
    public SessionBuilder options(SessionOptions options) {
        if (options.runner() != null) {
            runner(options.runner());
        }
        if (options.autoawait() != null) {
            autoawait(options.autoawait());
        }
        List<String> path = new ArrayList<>(classPath == null ? List.of() : classPath);
        path.addAll(options.classPath());
        this.classPath = path;
        this.dependencies = options.dependencies();
        return this;
    }

    /** Where cells are remembered (default: in memory; for {@link #standard()}, the modules' store). */
    public SessionBuilder history(HistoryStore store) {
        this.history = Objects.requireNonNull(store);
        return this;
    }

    /**
     * Receives what cells and their tasks print, tagged with the originating cell (see
     * {@link CellOptions#outputTag()}); without one, output goes to the process's streams.
     */
    public SessionBuilder outputListener(OutputListener listener) {
        this.outputListener = Objects.requireNonNull(listener);
        return this;
    }

    /** The runner by name: {@code virtual} (default), {@code sync}, {@code loop}, a provided runner or a class name. */
    public SessionBuilder runner(String name) {
        this.runnerName = Objects.requireNonNull(name);
        this.runner = null;
        return this;
    }

    /** A runner object, shown under {@code name}. */
    public SessionBuilder runner(String name, Runner runnerObject) {
        this.runnerName = Objects.requireNonNull(name);
        this.runner = Objects.requireNonNull(runnerObject);
        return this;
    }

    /** Whether cells that await may run (default: on, except with the {@code sync} runner). */
    public SessionBuilder autoawait(boolean on) {
        this.autoawait = on;
        return this;
    }

    /** The class loader snippet code sees through (default: jawait's own). */
    public SessionBuilder parentClassLoader(ClassLoader loader) {
        this.parent = Objects.requireNonNull(loader);
        return this;
    }

    /**
     * The class path snippets compile against (default: this JVM's class path; for
     * {@link #standard()}, jawait's runtime and adapters): entries are added after it.
     */
    public SessionBuilder classPath(List<String> entries) {
        this.classPath = List.copyOf(entries);
        return this;
    }

    /**
     * Builds the session, and adds the configured Maven dependencies to it (progress on standard
     * error).
     *
     * @throws JawaitException.UnknownNameException if the runner name is unknown
     * @throws JawaitException.DependencyException if a dependency cannot be added
     */
    public Session build() {
        if (outputListener != null || standard) {
            // before javac starts: it keeps the System.err it finds, and prints its crash reports
            // there; through the routing streams they are muted (a front end's session without a
            // listener, piped input, still prints to the process's streams as before)
            OutputRouter.install();
        }
        List<String> path = snippetClassPath();
        EngineSlot engines = new EngineSlot(() -> new Engine(parent, path));
        try {
            RunnerSettings runners = runner != null ? RunnerSettings.of(runnerName, runner, autoawait)
                    : RunnerSettings.named(runnerName, autoawait, engines.get().classLoader());
            MagicRegistry registry = new MagicRegistry();
            StandardMagics.registerAll(registry);
            if (standard) {
                Extensions.registerMagics(registry);
            }
            HistoryStore store = history != null ? history : standard ? Extensions.history(false) : new InMemoryHistory();
            Session session = new Session(engines, registry, runners, store, history == null, outputListener);
            if (!dependencies.isEmpty()) {
                try {
                    session.addDependencies(dependencies, message -> System.err.println(message));
                } catch (RuntimeException e) {
                    session.close();
                    throw e;
                }
            }
            return session;
        } catch (RuntimeException | Error e) {
            engines.close();
            throw e;
        }
    }

    /** What snippets compile against: the given path, after jawait's runtime and adapters for a standard session. */
    private List<String> snippetClassPath() {
        if (!standard) {
            return classPath != null ? classPath : processClassPath();
        }
        Set<String> entries = new LinkedHashSet<>();
        entries.add(jarOf(Runner.class));
        Extensions.snippetClassPath().forEach(entry -> entries.add(entry.toString()));
        if (classPath != null) {
            entries.addAll(classPath);
        }
        return List.copyOf(entries);
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).toString();
        } catch (java.net.URISyntaxException | RuntimeException e) {
            throw new IllegalStateException("cannot find the jar of " + type.getName(), e);
        }
    }

    private static List<String> processClassPath() {
        String path = System.getProperty("java.class.path", "");
        return Arrays.stream(path.split(File.pathSeparator)).filter(p -> !p.isBlank()).toList();
    }
}
