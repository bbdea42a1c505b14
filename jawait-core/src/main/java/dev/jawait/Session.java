package dev.jawait;

import dev.jawait.analysis.CellAnalysis;
import dev.jawait.analysis.CellAnalyzer;
import dev.jawait.analysis.Completeness;
import dev.jawait.engine.internal.CellOutcome;
import dev.jawait.engine.internal.CellRun;
import dev.jawait.engine.internal.Engine;
import dev.jawait.engine.internal.RunnerResolver;
import dev.jawait.engine.internal.OutputRouter;
import dev.jawait.history.HistoryStore;
import dev.jawait.history.InMemoryHistory;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicRegistry;
import dev.jawait.magic.MagicResult;
import dev.jawait.runtime.TaskContext;
import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.OptionalInt;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicReference;
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
    private final HistoryStore history;
    private final long historySession;
    private final OutputListener outputListener;
    private final ReentrantLock cellLock = new ReentrantLock(true);
    private volatile boolean autoawait;
    private volatile Runner runner;
    private volatile String runnerName;
    private volatile CellRun currentRun;
    private volatile int executionCount;
    private ExecutorService submitter;

    private Session(Builder builder) {
        this.engine = new Engine(builder.parent, builder.classPath);
        this.magics = builder.magics;
        this.history = builder.history != null ? builder.history : new InMemoryHistory();
        this.historySession = history.startSession();
        this.outputListener = builder.outputListener;
        if (outputListener != null) {
            OutputRouter.install();
        }
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
        CellRun run = currentRun;
        if (run != null) {
            run.stop();
        }
    }

    /** Whether a cell is running right now. */
    public boolean isRunning() {
        return currentRun != null;
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
            Scope scope = new Scope(options.mode(), label, count);
            OutputRouter.Target previous = outputListener == null ? null
                    : OutputRouter.enter(new OutputRouter.Target(outputListener, options.outputTag()));
            CellResult result;
            try {
                result = result(count, runBody(source, scope));
            } finally {
                if (outputListener != null) {
                    OutputRouter.restore(previous);
                }
            }
            if (options.storeHistory() && options.mode() == ExecutionMode.INTERACTIVE) {
                history.record(historySession, count, source, result.hasValue() ? result.valueText() : null);
            }
            return result;
        } finally {
            cellLock.unlock();
        }
    }

    /** A cell being run: its mode, label and number, for magics that run code inside it. */
    private record Scope(ExecutionMode mode, String label, int count) {}

    private CellOutcome runBody(String source, Scope scope) {
        String firstLine = source.strip().lines().findFirst().orElse("");
        if (firstLine.startsWith("%%")) {
            return runCellMagic(source, scope);
        }
        List<String> notices = new ArrayList<>();
        CellOutcome outcome = null;
        for (CellSegments.Segment segment : CellSegments.split(source)) {
            if (segment.magic()) {
                try {
                    MagicResult magic = magics.find(segment.magicName())
                            .orElseThrow(() -> magics.unknown(segment.magicName()))
                            .run(context(scope), segment.magicArgs());
                    notices.addAll(magic.lines());
                    outcome = magic.ran().map(Session::outcomeOf).orElse(null);
                } catch (JawaitException e) {
                    return magicFailure(e, notices);
                }
                if (outcome != null && outcome.status() != CellStatus.OK) {
                    break;
                }
                continue;
            }
            if (outcome != null) {
                notices.addAll(outcome.notices());
            }
            outcome = runCode(segment.text(), scope.mode(), scope.label());
            if (outcome.status() != CellStatus.OK) {
                break;
            }
        }
        if (outcome == null) {
            return new CellOutcome(CellStatus.OK, false, null, "", List.of(), null, "", null, notices);
        }
        List<String> allNotices = new ArrayList<>(notices);
        allNotices.addAll(outcome.notices());
        if (outcome.status() == CellStatus.EXIT_REQUESTED && scope.mode() == ExecutionMode.INTERACTIVE) {
            allNotices.add("System.exit(" + outcome.exitStatus() + ") was called; jawait keeps the session."
                    + " To leave, type /exit or exit, or press Ctrl-D.");
        }
        return new CellOutcome(outcome.status(), outcome.hasValue(), outcome.value(), outcome.valueText(),
                outcome.errors(), outcome.exception(), outcome.traceback(), outcome.exitStatus(), allNotices);
    }

    private CellOutcome runCellMagic(String source, Scope scope) {
        String stripped = source.stripLeading();
        int newline = stripped.indexOf('\n');
        String header = (newline < 0 ? stripped : stripped.substring(0, newline)).strip().substring(2);
        String body = newline < 0 ? "" : stripped.substring(newline + 1);
        int space = header.indexOf(' ');
        String name = space < 0 ? header : header.substring(0, space);
        String args = space < 0 ? "" : header.substring(space + 1).strip();
        try {
            MagicResult magic = magics.findCell(name).orElseThrow(() -> magics.unknownCell(name))
                    .run(context(scope), args, body);
            CellOutcome ran = magic.ran().map(Session::outcomeOf).orElse(null);
            List<String> notices = new ArrayList<>(magic.lines());
            if (ran == null) {
                return new CellOutcome(CellStatus.OK, false, null, "", List.of(), null, "", null, notices);
            }
            notices.addAll(ran.notices());
            return new CellOutcome(ran.status(), ran.hasValue(), ran.value(), ran.valueText(), ran.errors(),
                    ran.exception(), ran.traceback(), ran.exitStatus(), notices);
        } catch (JawaitException e) {
            return magicFailure(e, List.of());
        }
    }

    private MagicContext context(Scope scope) {
        return new MagicContext() {
            @Override
            public Session session() {
                return Session.this;
            }

            @Override
            public ExecutionMode mode() {
                return scope.mode();
            }

            @Override
            public CellResult run(String code) {
                return result(scope.count(), runBody(code, scope));
            }
        };
    }

    private static CellOutcome outcomeOf(CellResult result) {
        return new CellOutcome(result.status(), result.hasValue(), result.value(), result.valueText(),
                result.errors(), result.exception(), result.traceback(),
                result.exitStatus().isPresent() ? result.exitStatus().getAsInt() : null, result.notices());
    }

    private static CellOutcome magicFailure(JawaitException e, List<String> notices) {
        return new CellOutcome(CellStatus.FAILED, false, null, "", List.of(), e, e.getMessage(), null, notices);
    }

    private CellOutcome runCode(String code, ExecutionMode mode, String cellLabel) {
        CellAnalysis analysis = CellAnalyzer.analyze(code);
        if (analysis.problem().isPresent()) {
            var problem = analysis.problem().get();
            return CellOutcome.compileErrors(List.of(new CompileError(problem.line(), problem.column(), 1,
                    problem.message(), lineText(code, problem.line()))), List.of());
        }
        if (analysis.completeness() == Completeness.EMPTY) {
            return new CellOutcome(CellStatus.OK, false, null, "", List.of(), null, "", null, List.of());
        }
        if (analysis.completeness() == Completeness.INCOMPLETE) {
            return compileError(code, code.stripTrailing().length(),
                    "the cell ends before its code does (an unclosed bracket, string, comment or statement)");
        }
        if (analysis.needsAsync() && !autoawait) {
            int at = Math.max(0, code.indexOf("await"));
            return compileError(code, at, "this cell uses `await`, but autoawait is off. Turn it on with"
                    + " `%autoawait on`, or choose a runner with `%autoawait virtual`.");
        }
        List<CompileError> syntaxErrors = engine.syntaxErrors(analysis, code);
        if (!syntaxErrors.isEmpty()) {
            return CellOutcome.compileErrors(syntaxErrors, List.of());
        }
        return runThroughRunner(analysis, code, mode, cellLabel);
    }

    private CellOutcome runThroughRunner(CellAnalysis analysis, String code, ExecutionMode mode, String cellLabel) {
        CellRun run = new CellRun();
        AtomicReference<CellOutcome> outcome = new AtomicReference<>();
        Cell cell = new Cell() {
            @Override
            public Object call() {
                CellOutcome result = engine.run(analysis, cellLabel, code, run, mode == ExecutionMode.INTERACTIVE);
                outcome.set(result);
                return result;
            }

            @Override
            public String source() {
                return code;
            }
        };
        Runner current = runner;
        currentRun = run;
        engine.currentRun(run);
        try {
            if (analysis.needsAsync()) {
                TaskContext.runWith(current, () -> current.run(cell));
            } else {
                TaskContext.runWith(current, cell::call);
            }
        } catch (Exception | Error e) {
            if (outcome.get() == null) {
                JawaitException failure = new JawaitException("The runner `" + runnerName + "` failed: " + e, e);
                return new CellOutcome(CellStatus.FAILED, false, null, "", List.of(), failure,
                        failure.getMessage(), null, List.of());
            }
        } finally {
            currentRun = null;
            if (Thread.interrupted() && !run.stopRequested()) {
                Thread.currentThread().interrupt();
            }
        }
        CellOutcome result = outcome.get();
        if (result == null) {
            return run.stopRequested() ? new CellOutcome(CellStatus.INTERRUPTED, false, null, "", List.of(), null, "",
                    null, List.of())
                    : compileError(code, 0, "the runner `" + runnerName + "` returned without running the cell");
        }
        return result;
    }

    private static CellOutcome compileError(String code, int offset, String message) {
        int start = Math.min(offset, Math.max(0, code.length() - 1));
        int line = (int) code.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
        int lineStart = code.lastIndexOf('\n', start - 1) + 1;
        return CellOutcome.compileErrors(List.of(new CompileError(line, start - lineStart + 1, 1, message,
                lineText(code, line))), List.of());
    }

    private static String lineText(String code, int line) {
        List<String> lines = code.lines().toList();
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).stripTrailing() : "";
    }

    private CellResult result(int count, CellOutcome outcome) {
        return new CellResult(count, outcome.status(), outcome.hasValue(), outcome.value(), outcome.valueText(),
                outcome.errors(), outcome.exception(), outcome.traceback(),
                outcome.exitStatus() == null ? OptionalInt.empty() : OptionalInt.of(outcome.exitStatus()),
                outcome.notices());
    }

    /**
     * Completion candidates at {@code cursor} in {@code cell}: Java (members, types, variables —
     * also after {@code await x.}) or, on a magic line, magic names.
     */
    public Completion complete(String cell, int cursor) {
        int lineStart = cell.lastIndexOf('\n', Math.max(0, cursor - 1)) + 1;
        String line = cell.substring(lineStart, Math.min(cursor, cell.length()));
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

    /** Where this session remembers its cells. */
    public HistoryStore history() {
        return history;
    }

    /** This session's number in its {@link #history()}. */
    public long historySession() {
        return historySession;
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

        private static List<String> defaultClassPath() {
            String path = System.getProperty("java.class.path", "");
            return Arrays.stream(path.split(File.pathSeparator)).filter(p -> !p.isBlank()).toList();
        }
    }
}
