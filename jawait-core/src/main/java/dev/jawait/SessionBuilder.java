package dev.jawait;

import dev.jawait.config.SessionOptions;
import dev.jawait.config.Settings;
import dev.jawait.engine.internal.Engine;
import dev.jawait.engine.internal.EngineOptions;
import dev.jawait.engine.internal.OutputRouter;
import dev.jawait.engine.internal.ValueText;
import dev.jawait.history.HistoryStore;
import dev.jawait.history.InMemoryHistory;
import dev.jawait.magic.MagicRegistry;
import dev.jawait.magic.internal.StandardMagics;
import dev.jawait.runtime.Runner;
import dev.jawait.session.internal.CellPipeline;
import dev.jawait.session.internal.EngineSlot;
import dev.jawait.session.internal.Extensions;
import dev.jawait.session.internal.PreviewFeatures;
import dev.jawait.session.internal.RunnerSettings;
import java.io.File;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
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
    private Editor editor;
    private List<String> compilerOptions = List.of();
    private List<String> startup = List.of();
    private java.util.Map<String, String> settings = java.util.Map.of();
    private List<String> warnings = List.of();
    private String runnerOrigin;

    SessionBuilder() {}

    /** The session front ends use: the magics, history and await adapters of the jawait modules present. */
    public SessionBuilder standard() {
        this.standard = true;
        return this;
    }

    /**
     * Applies what a user configured ({@link SessionOptions}: runner, autoawait, class path,
     * Maven dependencies resolved at {@link #build()}, settings); the warnings about the
     * configuration file are shown with the session's first result.
     */
    public SessionBuilder options(SessionOptions options) {
        if (options.runner() != null) {
            runner(options.runner());
            this.runnerOrigin = options.runnerOrigin();
        }
        if (options.autoawait() != null) {
            autoawait(options.autoawait());
        }
        List<String> path = new ArrayList<>(classPath == null ? List.of() : classPath);
        path.addAll(options.classPath());
        this.classPath = path;
        this.dependencies = options.dependencies();
        Map<String, String> configured = new java.util.LinkedHashMap<>(options.settings());
        configured.remove(Settings.STARTUP); // read here, once: startupScripts()
        this.settings = configured;
        this.warnings = options.warnings();
        this.compilerOptions = options.compilerOptions();
        this.startup = options.startupScripts();
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

    /** How {@code /edit} lets the user edit (a terminal's editor); without one, {@code /edit} says where it works. */
    public SessionBuilder editor(Editor textEditor) {
        this.editor = Objects.requireNonNull(textEditor);
        return this;
    }

    /** The runner by name: {@code virtual} (default), {@code sync}, {@code loop}, a provided runner or a class name. */
    public SessionBuilder runner(String name) {
        this.runnerName = Objects.requireNonNull(name);
        this.runner = null;
        this.runnerOrigin = null;
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
        if (PreviewFeatures.asked(compilerOptions)) {
            PreviewFeatures.requireJvm();
        }
        List<String> path = snippetClassPath();
        Settings settings = new Settings();
        this.settings.forEach(settings::set);
        List<String> notices = new ArrayList<>(warnings);
        EngineSlot engines = new EngineSlot(options -> new Engine(parent, options,
                () -> new ValueText.Limits(settings.maxValueLength(), settings.maxSeqLength())),
                new EngineOptions(path, compilerOptions, startup.isEmpty() || startup.contains("DEFAULT"), ownEntries(path)));
        try {
            RunnerSettings runners = runner != null ? RunnerSettings.of(runnerName, runner, autoawait)
                    : namedRunner(engines.get().classLoader(), notices);
            MagicRegistry registry = new MagicRegistry();
            StandardMagics.registerAll(registry);
            if (standard) {
                Extensions.registerMagics(registry);
            }
            HistoryStore store = history != null ? history : standard ? Extensions.history(false) : new InMemoryHistory();
            CellPipeline.Startup start = new CellPipeline.Startup(startup, standard ? userStartupFiles(notices) : List.of());
            Session session = new Session(engines, registry, runners, settings, store, history == null, outputListener,
                    editor, notices, start);
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

    /** The runner named; one named by the configuration file that does not exist is a warning, and the default is used. */
    private RunnerSettings namedRunner(ClassLoader loader, List<String> notices) {
        try {
            return RunnerSettings.named(runnerName, autoawait, loader);
        } catch (JawaitException.UnknownNameException e) {
            if (runnerOrigin == null) {
                throw e;
            }
            notices.add(runnerOrigin + ": " + e.getMessage() + " The line is ignored.");
            return RunnerSettings.named("virtual", autoawait, loader);
        }
    }

    /** What snippets compile against: the given path, after jawait's runtime and adapters for a standard session. */
    /** The {@code *.jsh} files of {@code ~/.jawait/startup}, by name; an unreadable folder is a notice. */
    private static List<Path> userStartupFiles(List<String> notices) {
        Path folder = SessionOptions.userStartupFolder();
        if (!Files.isDirectory(folder)) {
            return List.of();
        }
        try (var files = Files.list(folder)) {
            return files.filter(f -> f.getFileName().toString().endsWith(".jsh") && Files.isRegularFile(f))
                    .sorted().toList();
        } catch (IOException | UncheckedIOException e) {
            notices.add("Cannot read the start-up folder " + folder + ": " + e.getMessage());
            return List.of();
        }
    }

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

    /** How many leading entries of the snippets' class path {@code path} are jawait's own. */
    private int ownEntries(List<String> path) {
        return standard ? path.size() - (classPath == null ? 0 : (int) classPath.stream().distinct().count()) : 0;
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
