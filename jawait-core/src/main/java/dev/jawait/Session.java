package dev.jawait;

import dev.jawait.analysis.CellAnalyzer;
import dev.jawait.analysis.CellInput;
import dev.jawait.analysis.Completeness;
import dev.jawait.analysis.ScriptDirectives;
import dev.jawait.config.Settings;
import dev.jawait.engine.internal.CellRun;
import dev.jawait.engine.internal.OutputRouter;
import dev.jawait.engine.internal.ValueText;
import dev.jawait.history.HistoryStore;
import dev.jawait.magic.MagicRegistry;
import dev.jawait.runtime.Runner;
import dev.jawait.session.internal.BindingTypes;
import dev.jawait.session.internal.CellPipeline;
import dev.jawait.session.internal.EngineSlot;
import dev.jawait.session.internal.Extensions;
import dev.jawait.session.internal.HistoryRecorder;
import dev.jawait.session.internal.InputCompletion;
import dev.jawait.session.internal.InputCompleteness;
import dev.jawait.session.internal.InterruptReport;
import dev.jawait.session.internal.PreviewFeatures;
import dev.jawait.session.internal.RunnerSettings;
import dev.jawait.session.internal.ScriptFiles;
import dev.jawait.session.internal.SubmittedCells;
import java.io.IOException;
import java.lang.reflect.Type;
import java.nio.file.Path;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.locks.ReentrantLock;
import java.util.function.Supplier;

/**
 * A jawait session: a live Java environment in which cells may {@code await} at top level. This is
 * the library API, and every front end (terminal, piped input, {@code jawait run}, the Jupyter
 * kernel, {@code embed()}) only translates its protocol to it — the Java counterpart of the
 * "async exec" of the IPython proposal:
 * <ul>
 *   <li>{@link #needsAsync(String)} tells whether a source string needs async;</li>
 *   <li>{@link #execute(String, CellOptions)} runs any input synchronously: code (through the
 *       current runner when it awaits), magics, JShell's commands ({@code /vars}), help requests
 *       ({@code String.valueOf?}); {@link #submit} runs it on the session's own thread;</li>
 *   <li>{@link #interrupt()} stops the running cell and cancels what it awaits;
 *       {@link #cellThreads()} says what the running cell's threads are doing;</li>
 *   <li>{@link #complete}, {@link #documentation}, {@link #completeness} serve editors;
 *       {@link #bind} gives a host's object a name and a static type; {@link #reset()} starts
 *       afresh.</li>
 * </ul>
 *
 * <p>Thread-safe: inputs run one at a time, in call order; {@link #interrupt()}, the autoawait
 * settings and {@link #close()} may be called from any thread.
 */
public final class Session implements AutoCloseable {
    private final EngineSlot engines;
    private final MagicRegistry magics;
    private final RunnerSettings runners;
    private final HistoryRecorder history;
    private final boolean ownsHistory;
    private final CellPipeline pipeline;
    private final InputCompletion completion;
    private final OutputListener outputListener;
    private final SubmittedCells cells = new SubmittedCells();
    private final ReentrantLock cellLock = new ReentrantLock(true);
    private volatile int executionCount;
    private final Settings settings;

    Session(EngineSlot engines, MagicRegistry magics, RunnerSettings runners, Settings settings, HistoryStore store,
            boolean ownsHistory, OutputListener outputListener, Editor editor, List<String> startNotices,
            CellPipeline.Startup startup) {
        this.engines = engines;
        this.magics = magics;
        this.runners = runners;
        this.history = new HistoryRecorder(store);
        this.settings = settings;
        this.ownsHistory = ownsHistory;
        this.pipeline = new CellPipeline(engines, magics, runners, history, settings, editor, startNotices, startup);
        this.completion = new InputCompletion(engines, magics, pipeline);
        this.outputListener = outputListener;
        if (outputListener != null) {
            OutputRouter.install();
        }
    }

    /**
     * A builder for a plain session (jawait's magics, history in memory, nothing from other
     * modules); {@link SessionBuilder#standard()} makes the session every front end uses.
     */
    public static SessionBuilder builder() {
        return new SessionBuilder();
    }

    /** Whether {@code source} awaits in its top-level code (so it would run through the runner). */
    public static boolean needsAsync(String source) {
        return CellAnalyzer.needsAsync(source);
    }

    /**
     * Whether {@code input} is a whole cell yet, as a prompt decides whether to ask for more: from
     * the analysis alone, fast enough for every line typed. Code with a syntax error the analysis
     * does not see ({@code int x = ;}) reads complete here; {@link #checkedCompleteness} says it is
     * invalid.
     */
    public static Completeness completeness(String input) {
        return CellInput.completeness(input);
    }

    /**
     * Whether {@code input} is a whole cell, its Java checked by javac's parser too: the same
     * verdict as {@link #completeness(String)}, except {@link Completeness#INVALID} for code that
     * does not parse ({@code int x = ;}), as Jupyter's {@code is_complete} wants. A prompt that
     * only asks whether to read another line gets the same answer from either (both accept the
     * line, and running it shows the error).
     */
    public Completeness checkedCompleteness(String input) {
        return InputCompleteness.checked(input, engines.get());
    }

    /**
     * Whether running {@code input} gives it the next number ({@code In [N]}): code and cell
     * magics do; commands, help requests and blank input do not.
     */
    public static boolean takesANumber(String input) {
        CellInput parsed = CellInput.parse(input);
        return parsed instanceof CellInput.Code || parsed instanceof CellInput.CellMagic;
    }

    /**
     * A value as text, as a cell's displayed value is shown: strings quoted, arrays spelled out,
     * futures not awaited. For front ends that show values themselves ({@code display()}).
     */
    public static String valueText(Object value) {
        return ValueText.of(value);
    }

    /**
     * The history standard sessions keep (SQLite, shared by every jawait on the machine, when
     * jawait-history is on the class path; else in memory), starting to open in the background
     * now: for front ends that read it before their session is built (up-arrow, Jupyter's
     * {@code history_request}). Give it to {@link SessionBuilder#history}; the caller closes it.
     */
    public static HistoryStore openStandardHistory() {
        return Extensions.history(true);
    }

    /** Runs an interactive cell. */
    public CellResult execute(String source) {
        return execute(source, CellOptions.interactive());
    }

    /** Runs a cell in the given mode and waits for its result. */
    public CellResult execute(String source, ExecutionMode mode) {
        return execute(source, mode == ExecutionMode.MODULE ? CellOptions.module(null) : CellOptions.interactive());
    }

    /**
     * Runs any input and waits for its result; inputs run one at a time, in call order. Code and
     * cell magics take the next number and are recorded in history; commands ({@code /vars}),
     * help requests ({@code NAME?}) and blank input take none.
     */
    public CellResult execute(String source, CellOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        return run(cells.submit(), source, options); // from here an interrupt stops this cell, even before it runs
    }

    private CellResult run(CellRun run, String source, CellOptions options) {
        cellLock.lock();
        try {
            cells.start(run);
            CellInput input = CellInput.parse(source);
            boolean numbered = options.storeHistory()
                    && (input instanceof CellInput.Code || input instanceof CellInput.CellMagic);
            int count = numbered ? ++executionCount : executionCount;
            String label = options.label() != null ? options.label() : "In[" + count + "]";
            CellPipeline.Scope scope = new CellPipeline.Scope(options.mode(), label, count, run);
            return pipeline.runCell(input, source, scope, numbered, options.storeHistory(), outputListener,
                    options.outputTag());
        } finally {
            cells.finish(run);
            cellLock.unlock();
        }
    }

    /**
     * Runs a {@code .jsh} file in module mode: its {@code //PREVIEW} and {@code //DEPS} lines
     * first (progress on standard error), then the script; frames and errors name the file.
     *
     * @throws IOException when the file cannot be read as text (the message says why)
     * @throws JawaitException when its dependencies cannot be added (nothing of it ran)
     */
    public CellResult runScript(Path file) throws IOException {
        String script = ScriptFiles.read(file);
        if (ScriptDirectives.preview(script)) {
            locked(() -> PreviewFeatures.enable(engines));
        }
        List<String> dependencies = ScriptDirectives.dependencies(script);
        if (!dependencies.isEmpty()) {
            addDependencies(dependencies, message -> System.err.println(message));
        }
        return execute(script, CellOptions.module(file.getFileName().toString()));
    }

    /**
     * Resolves Maven coordinates ({@code G:A:V}, several separated by blanks or commas) with their
     * dependencies and adds them to this session's class path, as {@code --deps} and
     * {@code //DEPS} do, reporting progress; what the session defined keeps working.
     *
     * @throws JawaitException.UnavailableException when jawait-deps is not on the class path
     * @throws JawaitException.DependencyException when they cannot be added (the session is unchanged)
     */
    public void addDependencies(List<String> coordinates, java.util.function.Consumer<String> progress) {
        locked(() -> Extensions.addDependencies(pipeline.control(), coordinates, progress));
    }

    /** Runs an input on the session's own thread; the future completes with its result. */
    public CompletableFuture<CellResult> submit(String source, ExecutionMode mode) {
        return submit(source, mode == ExecutionMode.MODULE ? CellOptions.module(null) : CellOptions.interactive());
    }

    /**
     * Runs an input with options on the session's own thread; the future completes with its
     * result. The cell counts as submitted when this returns: an {@link #interrupt()} from then on
     * stops it, even before it starts.
     */
    public CompletableFuture<CellResult> submit(String source, CellOptions options) {
        Objects.requireNonNull(source, "source");
        Objects.requireNonNull(options, "options");
        CellRun run = cells.submit();
        return cells.runLater(run, () -> run(run, source, options));
    }

    /**
     * Stops the running cell whatever it does, or a submitted one before it starts: what it awaits
     * is cancelled, the rest never runs, background tasks go on. Called again on a cell that has
     * not stopped, it says what the cell waits for, then abandons it (see {@link Interruption}).
     *
     * @return what the interrupt did, with a message for the user when there is one to show
     */
    public Interruption interrupt() {
        return InterruptReport.interrupt(cells, engines);
    }

    /**
     * What the threads running the current cell's code do now (where, in which call, waiting or
     * not), empty when none runs: for views of running work, and code that acts once a cell blocks.
     */
    public List<ThreadActivity> cellThreads() {
        return InterruptReport.cellThreads(cells, engines);
    }

    /** The tasks the session's code spawned: pending ones, the last ones that ended; cancel them. */
    public SessionTasks tasks() {
        return pipeline.tasks();
    }

    /** Whether a cell is running or waiting to run right now. */
    public boolean isRunning() {
        return cells.isBusy();
    }

    /**
     * Completion candidates at {@code cursor} in {@code cell}: Java (members, types, variables —
     * also after {@code await x.}), magic names, a magic's arguments.
     */
    public Completion complete(String cell, int cursor) {
        return locked(() -> completion.complete(cell, cursor));
    }

    /** The signatures and javadoc of what is at {@code cursor} in {@code cell} (Jupyter's inspect). */
    public Optional<String> documentation(String cell, int cursor) {
        return locked(() -> engines.get().documentation(cell, cursor));
    }

    /**
     * Declares variable {@code name} of static type {@code type} holding {@code value}, as if the
     * user had declared it ({@code embed()}'s bindings): {@code bind("orders", orders,
     * new TypeToken<List<Order>>(){}.getType())}, or a {@code Class}.
     *
     * @throws JawaitException.BadArgumentsException when the name is not a Java identifier, the
     *     type cannot be written in source, or the value is not of that type
     */
    public void bind(String name, Object value, Type type) {
        String typeSource = BindingTypes.source(type);
        locked(() -> BindingTypes.declare(engines.get(), name, value, typeSource));
    }

    /** Declares {@code name} holding {@code value}, typed as the value's most specific public class or interface. */
    public void bind(String name, Object value) {
        String typeSource = BindingTypes.of(value);
        locked(() -> BindingTypes.declare(engines.get(), name, value, typeSource));
    }

    /** Forgets everything declared (JShell's {@code /reset}); the class path, runner and history stay. */
    public void reset() {
        locked(() -> engines.reset());
    }

    /** Adds a jar or directory to the class path of this session's snippets (JShell's {@code /env --class-path}). */
    public void addToClasspath(String path) {
        locked(() -> engines.addToClasspath(path));
    }

    /** The variables the user declared, with types and current values, in declaration order. */
    public List<SessionVariable> variables() {
        return locked(() -> engines.get().variables());
    }

    /** Active methods as {@code int twice(int)}, for {@code /methods}. */
    public List<String> methods() {
        return locked(() -> engines.get().methods());
    }

    /** Active types as {@code class Foo}, for {@code /types}. */
    public List<String> types() {
        return locked(() -> engines.get().types());
    }

    /** Active imports as {@code import java.util.*}, for {@code /imports}. */
    public List<String> imports() {
        return locked(() -> engines.get().imports());
    }

    private void locked(Runnable action) {
        locked(() -> { action.run(); return null; });
    }

    private <T> T locked(Supplier<T> action) {
        cellLock.lock();
        try {
            return action.get();
        } finally {
            cellLock.unlock();
        }
    }

    /** Whether cells that await may run. */
    public boolean autoawait() {
        return runners.autoawait();
    }

    /** Turns autoawait on or off without changing the runner. */
    public void setAutoawait(boolean on) {
        runners.setAutoawait(on);
    }

    /** The current runner's name ({@code virtual}, a variable name, a class name). */
    public String runnerName() {
        return runners.choice().name();
    }

    /** The current runner. */
    public Runner runner() {
        return runners.choice().runner();
    }

    /**
     * Chooses the runner {@code name} stands for, as {@code %autoawait NAME} does, and turns
     * autoawait on, or off for {@code sync}.
     *
     * @throws JawaitException.UnknownNameException if the name is unknown or not a runner
     */
    public void useRunner(String name) {
        locked(() -> runners.use(name, engines.get()::variable, engines.get().classLoader()));
    }

    /** Chooses a runner object under a display name and turns autoawait on. */
    public void useRunner(String name, Runner runner) {
        runners.use(Objects.requireNonNull(name), Objects.requireNonNull(runner));
    }

    /** The session's settings besides the runner ({@code %config}: value limits, colours), to read or change. */
    public Settings settings() {
        return settings;
    }

    /** How many cells have run (the number of the last {@code In [N]}). */
    public int executionCount() {
        return executionCount;
    }

    /** The magics of this session. */
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

    /** Ends the session; a running cell is interrupted first, and the last cells reach the history. */
    @Override
    public void close() {
        interrupt();
        cells.close();
        pipeline.close();
        engines.close();
        history.flush();
        if (ownsHistory) {
            history.store().close();
        }
    }
}
