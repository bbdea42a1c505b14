package dev.jawait.session.internal;

import dev.jawait.CellResult;
import dev.jawait.CompileError;
import dev.jawait.ExecutionMode;
import dev.jawait.JawaitException;
import dev.jawait.OutputListener;
import dev.jawait.analysis.CellAnalysis;
import dev.jawait.analysis.CellAnalyzer;
import dev.jawait.analysis.CellInput;
import dev.jawait.analysis.Completeness;
import dev.jawait.analysis.Rewritten;
import dev.jawait.config.Settings;
import dev.jawait.engine.internal.CellRun;
import dev.jawait.engine.internal.Engine;
import dev.jawait.engine.internal.OutputRouter;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicInterruptedException;
import dev.jawait.magic.MagicRegistry;
import dev.jawait.magic.MagicResult;
import dev.jawait.magic.SessionControl;
import dev.jawait.magic.TimedRun;
import dev.jawait.runtime.SessionEnvironment;
import java.util.ArrayList;
import java.util.List;

/**
 * Runs one parsed input of a session, between analysis and the engine: commands and help
 * requests, cell magics, and code with its line magics, each stretch of Java checked (syntax,
 * completeness, autoawait) and then evaluated through the runner when it awaits, or directly.
 * It sees the session's parts (engine, magics, runner settings, history), never the session.
 *
 * <p>Not thread-safe: the session runs one input at a time (under its cell lock).
 */
public final class CellPipeline {
    private final EngineSlot engines;
    private final MagicRegistry magics;
    private final RunnerSettings runners;
    private final SessionControl control;
    private final Commands commands;
    private final HelpDesk help;
    private final InputLog log = new InputLog();
    private final Feedback feedback;
    private final HistoryRecorder history;
    private final HistoryVariables historyVariables;
    private final SessionEnvironment environment = new SessionEnvironment();
    private final CellHost host = new CellHost();
    private final TaskRegistry tasks;
    private volatile CellRun running; // the cell runCell runs, for a module-mode task's System.exit

    private final SessionCommands sessionCommands;
    private List<String> startNotices;
    private boolean startedUp;

    /**
     * What runs at the start of the session, before its first input: JShell's start-up scripts
     * ({@code --startup}; empty for the default imports) and the user's start-up files.
     */
    public record Startup(List<String> scripts, List<java.nio.file.Path> files) {
        public static final Startup NONE = new Startup(List.of(), List.of());

        public Startup {
            scripts = List.copyOf(scripts);
            files = List.copyOf(files);
        }
    }

    /**
     * @param editor       how {@code /edit} lets the user edit, or null where there is no editor
     * @param startNotices what to tell the user with the session's first result (configuration warnings)
     * @param startup      what runs before the first input (its output goes with that input's)
     */
    public CellPipeline(EngineSlot engines, MagicRegistry magics, RunnerSettings runners, HistoryRecorder history,
                        Settings settings, dev.jawait.Editor editor, List<String> startNotices, Startup startup) {
        this.startNotices = List.copyOf(startNotices);
        this.engines = engines;
        this.magics = magics;
        this.runners = runners;
        this.history = history;
        this.historyVariables = new HistoryVariables(settings);
        this.tasks = new TaskRegistry(engines, status -> {
            CellRun cell = running;
            if (cell != null) {
                cell.exit(status);
            }
        });
        this.control = new MagicControl(engines, runners, history, magics, settings, environment, tasks);
        this.feedback = new Feedback(settings);
        this.sessionCommands = new SessionCommands(engines, log, feedback, this::run, startup.scripts(), startup.files());
        this.commands = new Commands(new SnippetCommands(engines, log, editor, this::run), sessionCommands);
        this.help = new HelpDesk(engines, magics);
        engines.onReset(historyVariables::forgetOutputs);
    }

    /**
     * Runs one input of the session ({@code byUser}: false for a front end's own cells, a warm-up,
     * which leave no trace), with what it and its tasks print going to {@code listener} with
     * {@code tag} (a null listener: where the calling thread's output goes). A numbered interactive cell is {@code In[N]} while it runs,
     * and afterwards its value (if it displayed one) is {@code Out[N]} and it joins the history.
     */
    public CellResult runCell(CellInput input, String source, Scope scope, boolean numbered, boolean byUser,
                              OutputListener listener, Object tag) {
        boolean recorded = numbered && scope.mode() == ExecutionMode.INTERACTIVE;
        if (recorded) {
            historyVariables.input(scope.count(), source);
        }
        SessionEnvironment outer = SessionEnvironment.enter(environment); // cwd(), env() and process() in snippets
        OutputRouter.Target output = listener == null ? null : new OutputRouter.Target(listener, tag);
        OutputRouter.Target previous = output == null ? null : OutputRouter.enter(output);
        CellResult result;
        running = scope.run();
        tasks.cellStarted();
        try {
            if (!startedUp) { // in the first input's cell, where its output and errors are shown
                startedUp = true;
                startNotices = concat(startNotices, sessionCommands.startUp(scope));
            }
            result = runTyped(source, input, scope, byUser);
        } finally {
            running = null;
            tasks.cellEnded(scope.run().lastFailure()); // the failures of tasks nobody observed meanwhile
            if (output != null) {
                OutputRouter.restore(previous);
            }
            SessionEnvironment.restore(outer);
        }
        if (!startNotices.isEmpty() && (numbered || !(input instanceof CellInput.Code))) { // not a silent warm-up
            result = result.withEarlier(startNotices, List.of());
            startNotices = List.of();
        }
        if (recorded) {
            if (result instanceof CellResult.Value value) {
                historyVariables.output(scope.count(), value.value(), engines.get().displayed(value.value())
                        .map(Engine.Displayed::typeName).orElse(null), engines.get());
            }
            history.record(scope.count(), source, result instanceof CellResult.Value value ? value.text() : null);
        }
        return result;
    }

    private static List<String> concat(List<String> first, List<String> second) {
        List<String> all = new ArrayList<>(first);
        all.addAll(second);
        return all;
    }

    /** The commands' names ({@code list}, {@code vars} …), for completion. */
    public List<String> commandNames() {
        return commands.names();
    }

    /** Lets the thread the cells run on end (the session closes). */
    public void close() {
        host.close();
    }

    /** The tasks the session's code spawned. */
    public dev.jawait.SessionTasks tasks() {
        return tasks;
    }

    /** What magics see of the session. */
    public SessionControl control() {
        return control;
    }

    /**
     * A cell being run: its mode, how frames name it, its number, and its stop token.
     *
     * @param label how frames and errors name the cell ({@code In[3]}, a file name)
     */
    public record Scope(ExecutionMode mode, String label, int count, CellRun run) {}

    /**
     * Runs what the user typed: {@link #run}, with the session's record of inputs kept
     * ({@code /history}, {@code /reload}) and the feedback mode applied to code.
     *
     * @param byUser false for a front end's own cells (a warm-up), which leave no trace
     */
    private CellResult runTyped(String source, CellInput input, Scope scope, boolean byUser) {
        Engine engine = engines.get();
        int mark = engine.snippets().size();
        if (byUser && !(input instanceof CellInput.Blank)) {
            log.typed(source);
        }
        CellResult result = run(input, scope);
        boolean code = input instanceof CellInput.Code || input instanceof CellInput.CellMagic;
        if (!byUser) {
            engine.snippets().forgetSince(mark);
        } else if (result.succeeded() && (code || commands.isReplayed(input))) {
            log.valid(source);
        }
        return code && engine == engines.get() ? feedback.apply(result, engine.snippets().since(mark), engine) : result;
    }

    /** Runs {@code input}; user errors become results, never exceptions. */
    public CellResult run(CellInput input, Scope scope) {
        try {
            return switch (input) {
                case CellInput.Blank blank -> new CellResult.NoValue(scope.count(), List.of(), List.of());
                case CellInput.Command command -> commands.run(command, scope);
                case CellInput.HelpRequest request -> help.answer(request, scope.count());
                case CellInput.CellMagic magic -> runCellMagic(magic, scope);
                case CellInput.Code code -> withExitNotice(runCode(code, scope), scope);
            };
        } catch (JawaitException e) {
            return failure(e, scope.count(), List.of());
        }
    }

    private CellResult runCellMagic(CellInput.CellMagic cell, Scope scope) {
        if (scope.run().stopRequested()) {
            return new CellResult.Interrupted(scope.count(), List.of(), List.of());
        }
        var magic = magics.findCell(cell.name()).orElseThrow(() -> magics.unknownCell(cell.name()));
        try {
            MagicResult result = scope.run().interruptibly(() -> magic.run(context(scope), cell.arguments(), cell.body()));
            return outcomeOf(result, scope.count());
        } catch (MagicInterruptedException e) {
            return new CellResult.Interrupted(scope.count(), List.of(e.getMessage()), List.of());
        }
    }

    /** The code's stretches and magic lines in order; the result is the last one's, with every notice before it. */
    private CellResult runCode(CellInput.Code code, Scope scope) {
        List<String> notices = new ArrayList<>();
        List<CellResult.Payload> payloads = new ArrayList<>();
        CellResult last = null;
        for (CellInput.Segment segment : code.segments()) {
            if (last != null) { // a stretch that is not the cell's last shows its notices, not its value
                notices.addAll(last.notices());
                payloads.addAll(last.payloads());
            }
            last = switch (segment) {
                case CellInput.MagicLine line -> runLineMagic(line, scope);
                case CellInput.JavaText java -> runJava(java.text(), scope);
            };
            if (!last.succeeded() || last instanceof CellResult.ExitRequested) {
                break;
            }
        }
        if (last == null) {
            return new CellResult.NoValue(scope.count(), List.of(), List.of());
        }
        return last.withEarlier(notices, payloads);
    }

    private CellResult runLineMagic(CellInput.MagicLine line, Scope scope) {
        if (scope.run().stopRequested()) {
            return new CellResult.Interrupted(scope.count(), List.of(), List.of());
        }
        try {
            var magic = magics.find(line.name()).orElseThrow(() -> magics.unknown(line.name()));
            MagicResult result = scope.run().interruptibly(() -> magic.run(context(scope), line.arguments()));
            return outcomeOf(result, scope.count());
        } catch (MagicInterruptedException e) {
            return new CellResult.Interrupted(scope.count(), List.of(e.getMessage()), List.of());
        } catch (JawaitException e) {
            return failure(e, scope.count(), List.of());
        }
    }

    /** A magic's lines and next input, then what the code it ran produced (or nothing). */
    private static CellResult outcomeOf(MagicResult magic, int count) {
        List<CellResult.Payload> payloads = magic.nextInput()
                .<List<CellResult.Payload>>map(text -> List.of(new CellResult.Payload.NextInput(text))).orElse(List.of());
        CellResult ran = magic.ran().orElse(new CellResult.NoValue(count, List.of(), List.of()));
        return ran.withEarlier(magic.lines(), payloads);
    }

    private MagicContext context(Scope scope) {
        return new MagicContext() {
            @Override
            public SessionControl control() {
                return control;
            }

            @Override
            public ExecutionMode mode() {
                return scope.mode();
            }

            @Override
            public CellResult run(String code) {
                return CellPipeline.this.run(CellInput.parse(code), scope);
            }

            @Override
            public TimedRun runTimed(String code) {
                dev.jawait.engine.internal.ExecutionClock clock = scope.run().clock();
                clock.watch();
                try {
                    var before = clock.reading();
                    long start = System.nanoTime();
                    CellResult result = run(code);
                    long elapsed = System.nanoTime() - start;
                    var spent = clock.reading().minus(before);
                    return new TimedRun(result, spent.wallNanos(), spent.userNanos(), spent.systemNanos(),
                            Math.max(0, elapsed - spent.wallNanos()));
                } finally {
                    clock.unwatch();
                }
            }

            @Override
            public CellResult runModule(String code, String label) {
                return CellPipeline.this.run(CellInput.parse(code),
                        new Scope(ExecutionMode.MODULE, label, scope.count(), scope.run()));
            }
        };
    }

    private CellResult runJava(String userCode, Scope scope) {
        Rewritten rewritten = historyVariables.rewrite(userCode, engines.get(), scope.count());
        Engine engine = engines.get();
        int mark = engine.snippets().size();
        CellResult result = runJava(rewritten.code(), scope, engine);
        if (!rewritten.code().equals(userCode)) {
            engine.snippets().retextSince(mark, inUserText(rewritten, userCode)); // /list shows what was typed
        }
        if (result instanceof CellResult.CompileErrors errors && !rewritten.code().equals(userCode)) {
            return new CellResult.CompileErrors(errors.executionCount(), errors.errors().stream()
                    .map(error -> inUserTerms(error, rewritten, userCode)).toList(), errors.notices(), errors.payloads());
        }
        return result;
    }

    /**
     * Maps the text of each snippet of rewritten code, in order, back to the user's text: found
     * in the rewritten code after the previous one, its bounds mapped to the user's code.
     */
    private static java.util.function.UnaryOperator<String> inUserText(Rewritten rewritten, String userCode) {
        int[] from = {0};
        return text -> {
            int start = rewritten.code().indexOf(text, from[0]);
            if (start < 0) {
                return text;
            }
            from[0] = start + text.length();
            return userCode.substring(rewritten.map().toOriginal(start), rewritten.map().toOriginal(start + text.length()));
        };
    }

    /** An error in code whose history names were rewritten, placed in the code as the user wrote it. */
    private static CompileError inUserTerms(CompileError error, Rewritten rewritten, String userCode) {
        String code = rewritten.code();
        int lineStart = 0;
        for (int line = 1; line < error.line() && lineStart >= 0; line++) {
            lineStart = code.indexOf('\n', lineStart) + 1;
        }
        int start = rewritten.map().toOriginal(lineStart + error.column() - 1);
        int end = rewritten.map().toOriginal(lineStart + error.column() - 1 + error.length());
        int userLineStart = userCode.lastIndexOf('\n', start - 1) + 1;
        return new CompileError(error.line(), start - userLineStart + 1, Math.max(1, end - start), error.message(),
                lineText(userCode, error.line()));
    }

    private CellResult runJava(String code, Scope scope, Engine engine) {
        CellAnalysis analysis = CellAnalyzer.analyze(code);
        int count = scope.count();
        if (analysis.problem().isPresent()) {
            var problem = analysis.problem().get();
            return compileErrors(count, List.of(new CompileError(problem.line(), problem.column(), 1,
                    problem.message(), lineText(code, problem.line()))));
        }
        if (analysis.completeness() == Completeness.EMPTY) {
            return new CellResult.NoValue(count, List.of(), List.of());
        }
        if (analysis.completeness() == Completeness.INCOMPLETE) {
            return compileError(count, code, code.stripTrailing().length(),
                    "the cell ends before its code does (an unclosed bracket, string, comment or statement)");
        }
        if (analysis.needsAsync() && !runners.autoawait()) {
            return compileError(count, code, Math.max(0, code.indexOf("await")), "this cell uses `await`, but autoawait"
                    + " is off. Turn it on with `%autoawait on`, or choose a runner with `%autoawait virtual`.");
        }
        List<CompileError> syntaxErrors = engine.syntaxErrors(analysis, code);
        if (!syntaxErrors.isEmpty()) {
            return compileErrors(count, syntaxErrors);
        }
        if (scope.run().stopRequested()) {
            return new CellResult.Interrupted(count, List.of(), List.of());
        }
        return new RunnerCall(engine, runners.choice(), scope, host, tasks).run(analysis, code);
    }

    /** In interactive mode {@code System.exit} is reported and the session goes on; in module mode it ends it. */
    private static CellResult withExitNotice(CellResult result, Scope scope) {
        if (!(result instanceof CellResult.ExitRequested exit)) {
            return result;
        }
        if (scope.mode() == ExecutionMode.MODULE) {
            return new CellResult.ExitRequested(exit.executionCount(), exit.exitStatus(), true, exit.notices(), exit.payloads());
        }
        List<String> notices = new ArrayList<>(exit.notices());
        notices.add("System.exit(" + exit.exitStatus() + ") was called; jawait keeps the session."
                + " To leave, type /exit or exit, or press Ctrl-D.");
        return new CellResult.ExitRequested(exit.executionCount(), exit.exitStatus(), false, notices, exit.payloads());
    }

    static CellResult failure(JawaitException e, int count, List<String> notices) {
        return new CellResult.Failed(count, e, e.getMessage(), notices, List.of());
    }

    private static CellResult compileErrors(int count, List<CompileError> errors) {
        return new CellResult.CompileErrors(count, errors, List.of(), List.of());
    }

    static CellResult compileError(int count, String code, int offset, String message) {
        int start = Math.min(offset, Math.max(0, code.length() - 1));
        int line = (int) code.substring(0, start).chars().filter(c -> c == '\n').count() + 1;
        int lineStart = code.lastIndexOf('\n', start - 1) + 1;
        return compileErrors(count, List.of(new CompileError(line, start - lineStart + 1, 1, message, lineText(code, line))));
    }

    private static String lineText(String code, int line) {
        List<String> lines = code.lines().toList();
        return line >= 1 && line <= lines.size() ? lines.get(line - 1).stripTrailing() : "";
    }
}
