package dev.jawait;

import dev.jawait.runtime.Runner;

import dev.jawait.analysis.CellAnalyzer;
import dev.jawait.analysis.Completeness;
import dev.jawait.engine.internal.CellExecutor;
import dev.jawait.engine.internal.CellSegments;
import dev.jawait.engine.internal.Engine;
import dev.jawait.engine.internal.RunnerResolver;
import dev.jawait.engine.internal.OutputRouter;
import dev.jawait.history.HistoryStore;
import dev.jawait.history.InMemoryHistory;
import dev.jawait.magic.MagicRegistry;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.locks.ReentrantLock;

/**
 * A jawait session: a live Java environment in which cells may {@code await} at top level. This is
 * the library API every front end (terminal, Jupyter kernel, {@code embed()}) and any embedding
 * host uses — the Java counterpart of the "async exec" of the IPython proposal:
 * <ul>
 *   <li>{@link #needsAsync(String)} tells whether a source string needs async;</li>
 *   <li>{@link #execute(String, ExecutionMode)} runs a cell synchronously, through the current
 *       runner when it awaits, in {@link ExecutionMode#INTERACTIVE interactive} or
 *       {@link ExecutionMode#MODULE module} mode;</li>
 *   <li>{@link #submit(String, ExecutionMode)} runs it on the session's own thread and returns a
 *       future, for hosts whose own loop is already running;</li>
 *   <li>{@link #interrupt()} stops the running cell and cancels what it awaits.</li>
 * </ul>
 *
 * <p>Thread-safe: cells run one at a time, in call order; {@link #interrupt()}, the autoawait
 * settings and {@link #close()} may be called from any thread.
 */
public final class Session implements AutoCloseable {
    private final Engine engine;
    private final MagicRegistry magics;
    private final HistoryRecorder history;
    private final OutputListener outputListener;
    private final ReentrantLock cellLock = new ReentrantLock(true);
    private volatile boolean autoawait;
    private volatile Runner runner;
    private volatile String runnerName;
    private final CellExecutor executor;
    private volatile int executionCount;
    private volatile String nextInput;
    private ExecutorService submitter;

    private Session(Builder builder) {
        this.engine = new Engine(builder.parent, builder.classPath);
        this.magics = builder.magics;
        this.history = new HistoryRecorder(builder.history != null ? builder.history : new InMemoryHistory());
        this.outputListener = builder.outputListener;
        if (outputListener != null) {
            OutputRouter.install();
        }
        this.executor = new CellExecutor(this, engine, magics);
        this.autoawait = builder.autoawait != null ? builder.autoawait : !"sync".equals(builder.runnerName);
        this.runnerName = builder.runnerName;
        this.runner = builder.runner != null ? builder.runner
                : RunnerResolver.resolve(builder.runnerName, name -> java.util.Optional.empty(), engine.classLoader());
    }

    public static Builder builder() {
        return new Builder();
    }

    /** Whether {@code source} awaits in its top-level code (so it would run through the runner). */
    public static boolean needsAsync(String source) {
        return CellAnalyzer.needsAsync(source);
    }

    /**
     * A value as text, as a cell's displayed value is shown ({@link CellResult#valueText()}):
     * strings quoted, arrays spelled out, futures not awaited. For front ends that show values
     * themselves (the Jupyter kernel's {@code display()}).
     */
    public static String valueText(Object value) {
        return dev.jawait.engine.internal.ValueText.of(value);
    }

    /** Whether {@code input} is a whole cell yet, as a prompt decides whether to ask for more. */
    public static Completeness completeness(String input) {
        if (input.stripLeading().startsWith("%%")) {
            // a cell magic takes the lines that follow, up to a blank line (as in IPython); the
            // input is the cell as typed so far, without the newline of the line being entered
            String[] lines = input.stripLeading().split("\n", -1);
            return lines.length >= 2 && lines[lines.length - 1].isBlank() ? Completeness.COMPLETE : Completeness.INCOMPLETE;
        }
        if (!input.isBlank() && input.lines().allMatch(line -> line.isBlank() || CellSegments.isMagicLine(line))) {
            return Completeness.COMPLETE;
        }
        StringBuilder code = new StringBuilder();
        for (String line : input.split("\n", -1)) {
            code.append(CellSegments.isMagicLine(line) ? "" : line).append('\n');
        }
        return CellAnalyzer.analyze(code.toString()).completeness();
    }

    /** Runs an interactive cell. */
    public CellResult execute(String source) {
        return execute(source, CellOptions.interactive());
    }

    /** Runs a cell in the given mode and waits for its result. */
    public CellResult execute(String source, ExecutionMode mode) {
        return execute(source, mode == ExecutionMode.MODULE ? CellOptions.module(null) : CellOptions.interactive());
    }

    /** Runs a {@code .jsh} file in module mode; frames and errors name the file. */
    public CellResult runScript(Path file) throws IOException {
        return execute(Files.readString(file), CellOptions.module(file.getFileName().toString()));
    }

    /** Runs a cell on the session's own thread; the future completes with its result. */
    public CompletableFuture<CellResult> submit(String source, ExecutionMode mode) {
        return CompletableFuture.supplyAsync(() -> execute(source, mode), submitter());
    }

    /** Runs a cell with options on the session's own thread; the future completes with its result. */
    public CompletableFuture<CellResult> submit(String source, CellOptions options) {
        return CompletableFuture.supplyAsync(() -> execute(source, options), submitter());
    }

    private synchronized ExecutorService submitter() {
        if (submitter == null) {
            submitter = Executors.newSingleThreadExecutor(task -> {
                Thread thread = new Thread(task, "jawait-session");
                thread.setDaemon(true);
                return thread;
            });
        }
        return submitter;
    }

    /**
     * Stops the running cell, whatever it is doing (a loop, recursion, a sleep, {@code get()},
     * {@code join()}, a pending {@code await}); the awaited operation is cancelled and the rest
     * of the cell never runs. Background tasks keep running. Does nothing when no cell runs.
     */
    public void interrupt() {
        executor.interrupt();
    }

    /** Whether a cell is running right now. */
    public boolean isRunning() {
        return executor.isRunning();
    }

    /**
     * Runs a cell and waits for its result. Cells run one at a time, in call order.
     */
    public CellResult execute(String source, CellOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        cellLock.lock();
        try {
            int count = options.storeHistory() ? ++executionCount : executionCount;
            String label = options.label() != null ? options.label() : "In[" + count + "]";
            OutputRouter.Target previous = outputListener == null ? null
                    : OutputRouter.enter(new OutputRouter.Target(outputListener, options.outputTag()));
            CellResult result;
            try {
                result = executor.run(source, new CellExecutor.Scope(options.mode(), label, count));
            } finally {
                if (outputListener != null) {
                    OutputRouter.restore(previous);
                }
            }
            if (options.storeHistory() && options.mode() == ExecutionMode.INTERACTIVE) {
                history.record(count, source, result.hasValue() ? result.valueText() : null);
            }
            return result;
        } finally {
            cellLock.unlock();
        }
    }

    /**
     * Completion candidates at {@code cursor} in {@code cell}: Java (members, types, variables —
     * also after {@code await x.}) or, on a magic line, magic names.
     */
    public Completion complete(String cell, int cursor) {
        int lineStart = cell.lastIndexOf('\n', Math.max(0, cursor - 1)) + 1;
        String line = cell.substring(lineStart, Math.min(cursor, cell.length()));
        if (line.stripLeading().startsWith("%") && line.strip().contains(" ")) {
            java.util.Optional<Completion> arguments = dev.jawait.magic.MagicArguments.complete(this, cell, lineStart, cursor);
            if (arguments.isPresent()) {
                return arguments.get();
            }
        }
        if (line.stripLeading().startsWith("%") && !line.contains(" ")) {
            boolean cellMagic = line.stripLeading().startsWith("%%");
            String prefix = line.stripLeading().substring(cellMagic ? 2 : 1);
            List<String> names = (cellMagic ? magics.cellNames() : magics.names()).stream()
                    .filter(n -> n.startsWith(prefix)).toList();
            return new Completion(cursor - prefix.length(), names);
        }
        cellLock.lock();
        try {
            return engine.complete(cell, cursor);
        } finally {
            cellLock.unlock();
        }
    }

    /** The signature and documentation of the symbol at {@code cursor} (IPython's {@code obj?}). */
    public java.util.Optional<String> documentation(String cell, int cursor) {
        cellLock.lock();
        try {
            return engine.documentation(cell, cursor);
        } finally {
            cellLock.unlock();
        }
    }

    /**
     * Offers text for the next prompt (a magic such as {@code %load} sets it; the terminal
     * prefills it). For jawait's own use.
     */
    public void offerNextInput(String text) {
        this.nextInput = text;
    }

    /**
     * Text a magic offered as the next input ({@code %load FILE}), once: the front end prefills
     * its next prompt with it (Jupyter: {@code set_next_input}). Empty when there is none.
     */
    public java.util.Optional<String> takeNextInput() {
        String text = nextInput;
        nextInput = null;
        return java.util.Optional.ofNullable(text);
    }

    /** Adds a jar or directory to the class path of this session's snippets (JShell's {@code /env --class-path}). */
    public void addToClasspath(String path) {
        cellLock.lock();
        try {
            engine.addToClasspath(path);
        } finally {
            cellLock.unlock();
        }
    }

    /** The variables the user declared, with types and current values, in declaration order. */
    public List<SessionVariable> variables() {
        cellLock.lock();
        try {
            return engine.variables();
        } finally {
            cellLock.unlock();
        }
    }

    /** Active methods as {@code int twice(int)}, for {@code /methods}. */
    public List<String> methods() {
        return listing(engine::methods);
    }

    /** Active types as {@code class Foo}, for {@code /types}. */
    public List<String> types() {
        return listing(engine::types);
    }

    /** Active imports as {@code import java.util.*}, for {@code /imports}. */
    public List<String> imports() {
        return listing(engine::imports);
    }

    private List<String> listing(java.util.function.Supplier<List<String>> listing) {
        cellLock.lock();
        try {
            return listing.get();
        } finally {
            cellLock.unlock();
        }
    }

    /** Whether cells that await may run. */
    public boolean autoawait() {
        return autoawait;
    }

    /** Turns autoawait on or off without changing the runner. */
    public void setAutoawait(boolean on) {
        this.autoawait = on;
    }

    /** The current runner's name ({@code virtual}, a variable name, a class name). */
    public String runnerName() {
        return runnerName;
    }

    public Runner runner() {
        return runner;
    }

    /**
     * Chooses the runner {@code name} stands for (see {@link RunnerResolver}) and turns autoawait
     * on, or off for {@code sync}.
     *
     * @throws JawaitException if the name is unknown or not a runner
     */
    public void useRunner(String name) {
        Runner resolved = RunnerResolver.resolve(name, engine::variable, engine.classLoader());
        boolean sync = RunnerResolver.builtIn(name).isPresent() && name.equalsIgnoreCase("sync");
        useRunner(RunnerResolver.builtIn(name).isPresent() ? name.toLowerCase(java.util.Locale.ROOT) : name, resolved);
        autoawait = !sync;
    }

    /** Chooses a runner object under a display name and turns autoawait on. */
    public void useRunner(String name, Runner newRunner) {
        this.runner = Objects.requireNonNull(newRunner);
        this.runnerName = Objects.requireNonNull(name);
        this.autoawait = true;
    }

    /** How many cells have run (the number of the last {@code In [N]}). */
    public int executionCount() {
        return executionCount;
    }

    public MagicRegistry magics() {
        return magics;
    }

    /**
     * Where this session remembers its cells, once every cell run so far is in it (cells are
     * recorded in the background, in order, so that no result waits for a database).
     */
    public HistoryStore history() {
        history.flush();
        return history.store();
    }

    /**
     * This session's number in its {@link #history()}, given when it is first needed (the first
     * recorded cell or {@code %history}), so that a store still opening does not hold up the start.
     */
    public long historySession() {
        return history.session();
    }

    /** Ends the session; a running cell is interrupted first. */
    @Override
    public void close() {
        interrupt();
        synchronized (this) {
            if (submitter != null) {
                submitter.shutdownNow();
            }
        }
        engine.close();
        history.flush(); // the last cells reach the store before the process may exit
    }

    /**
     * Builds a {@link Session}; settings are checked at {@link #build()}.
     *
     * <p>Not thread-safe.
     */
    public static final class Builder {
        private String runnerName = "virtual";
        private Runner runner;
        private Boolean autoawait;
        private ClassLoader parent = Session.class.getClassLoader();
        private List<String> classPath = defaultClassPath();
        private MagicRegistry magics = MagicRegistry.standard();
        private HistoryStore history;
        private OutputListener outputListener;

        private Builder() {}

        /** Where cells are remembered (default: in memory, for this process). */
        public Builder history(HistoryStore store) {
            this.history = Objects.requireNonNull(store);
            return this;
        }

        /**
         * Receives what cells and their tasks print, tagged with the originating cell (see
         * {@link CellOptions#outputTag()}); without one, output goes to the process's streams.
         */
        public Builder outputListener(OutputListener listener) {
            this.outputListener = Objects.requireNonNull(listener);
            return this;
        }

        /** The runner by name: {@code virtual} (default), {@code sync}, {@code loop} or a class name. */
        public Builder runner(String name) {
            this.runnerName = Objects.requireNonNull(name);
            this.runner = null;
            return this;
        }

        /** A runner object, shown under {@code name}. */
        public Builder runner(String name, Runner runnerObject) {
            this.runnerName = Objects.requireNonNull(name);
            this.runner = Objects.requireNonNull(runnerObject);
            return this;
        }

        /** Whether cells that await may run (default: on, except with the {@code sync} runner). */
        public Builder autoawait(boolean on) {
            this.autoawait = on;
            return this;
        }

        /** The class loader snippet code sees through (default: jawait's own). */
        public Builder parentClassLoader(ClassLoader loader) {
            this.parent = Objects.requireNonNull(loader);
            return this;
        }

        /** The class path snippets compile against (default: this JVM's class path). */
        public Builder classPath(List<String> entries) {
            this.classPath = List.copyOf(entries);
            return this;
        }

        public Builder magics(MagicRegistry registry) {
            this.magics = Objects.requireNonNull(registry);
            return this;
        }

        /**
         * @throws JawaitException if the runner name is unknown
         */
        public Session build() {
            return new Session(this);
        }

        /** One class of each jar snippet code needs from jawait: the runtime and the adapters. */
        private static final List<String> SNIPPET_RUNTIME_CLASSES = List.of(
                "dev.jawait.runtime.Await", "dev.jawait.adapters.ReactorAwaits");

        private static List<String> defaultClassPath() {
            String path = System.getProperty("java.class.path", "");
            return Arrays.stream(path.split(File.pathSeparator)).filter(p -> !p.isBlank()).toList();
        }

        /**
         * What snippet code needs from jawait itself: the runtime ({@code Await}, {@code Runner},
         * the session helpers) and, when present, the library adapters. Front ends that run from
         * jawait's own jar compile snippets against this plus the user's class path, rather than
         * against every jar jawait uses (javac would open them all for each on-demand import).
         * The jars are found through one class of each, not by scanning resources: that would
         * open every jar of the process (≈ 50 ms of a start served from the AOT cache).
         */
        public static List<String> snippetRuntimeClassPath() {
            java.util.Set<String> entries = new java.util.LinkedHashSet<>();
            ClassLoader loader = Session.class.getClassLoader();
            for (String anchor : SNIPPET_RUNTIME_CLASSES) {
                try {
                    java.security.CodeSource source = Class.forName(anchor, false, loader)
                            .getProtectionDomain().getCodeSource();
                    if (source != null) {
                        entries.add(Path.of(source.getLocation().toURI()).toString());
                    }
                } catch (ClassNotFoundException e) {
                    // the adapters are optional: a session without them awaits JDK types only
                } catch (java.net.URISyntaxException | RuntimeException e) {
                    return defaultClassPath();
                }
            }
            return entries.isEmpty() ? defaultClassPath() : List.copyOf(entries);
        }
    }
}
