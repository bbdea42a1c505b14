package dev.jawait.engine.internal;

import dev.jawait.CellResult;
import dev.jawait.CompileError;
import dev.jawait.JawaitException.UnknownNameException;
import dev.jawait.ThreadActivity;
import dev.jawait.analysis.CellAnalysis;
import dev.jawait.analysis.SnippetSource;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.atomic.AtomicReference;
import jdk.jshell.DeclarationSnippet;
import jdk.jshell.JShell;
import jdk.jshell.JShellException;
import jdk.jshell.Snippet;
import jdk.jshell.SnippetEvent;
import jdk.jshell.UnresolvedReferenceException;
import jdk.jshell.VarSnippet;

/**
 * JShell as jawait's compiler and snippet manager: evaluates a cell's snippets one after another
 * on the calling thread (the runner chose it), turning JShell's events into a
 * {@link CellResult} in the user's terms. It knows nothing of sessions, magics or front ends.
 *
 * <p>Not thread-safe: one cell at a time (the session serialises cells).
 */
public final class Engine implements AutoCloseable {
    /** JShell's default imports (its start-up script {@code DEFAULT} before Java 25's module imports). */
    public static final List<String> DEFAULT_IMPORTS = StartupImportList.DEFAULT_IMPORTS;

    private final JawaitExecutionControl control;
    private final JShell shell;
    private final SnippetOrigins origins = new SnippetOrigins();
    private final TracebackFormatter tracebacks = new TracebackFormatter(origins);
    private final ThreadActivities activities;
    private final LiveFrames liveFrames;
    private final SyntaxChecker syntaxChecker = new SyntaxChecker();
    private final CodeAssist assist;
    private final AwaitImports awaitImports = new AwaitImports();
    private final VariableSlots slots;
    private final Bindings bindings;
    private final SnippetEvaluator evaluator;
    private final Temporaries temporaries;
    private final DeclarationNotices declarationNotices;
    private final java.util.function.Supplier<ValueText.Limits> limits;
    private volatile Displayed lastDisplayed;
    private final UserSnippets userSnippets;
    private final boolean defaultImports;
    private volatile String lastDisplayedName;
    private CellAnalysis checkedAnalysis;
    private List<SnippetForm> checkedForms;
    /** The snippet whose value the stretch being run displayed, if any (for {@link Temporaries}). */
    private Snippet displayed;

    /** A value a cell displayed, with the static type JShell gave it (as source, e.g. {@code List<String>}). */
    public record Displayed(Object value, String typeName) {}

    /**
     * An engine with the class path, compiler options and start-up imports of {@code options}, whose
     * values are shown within {@code limits} (read each time a value is shown).
     */
    public Engine(ClassLoader parent, EngineOptions options, java.util.function.Supplier<ValueText.Limits> limits) {
        this.limits = limits;
        this.defaultImports = options.defaultImports();
        this.control = JawaitExecutionControl.create(ModulePathLayer.parentFor(parent, options.compilerOptions()));
        AtomicReference<ResettableFileManager> fileManager = new AtomicReference<>();
        this.shell = ShellFactory.build(JShell.builder().executionEngine(control.provider(), Map.of())
                .fileManager(standard -> {
                    fileManager.set(new ResettableFileManager(standard));
                    return fileManager.get();
                }).compilerOptions(options.compilerOptions().toArray(String[]::new)), options.classPath());
        requireValid(shell.eval(StartupImportList.snippet(defaultImports)));
        this.slots = new VariableSlots(shell, control);
        this.bindings = new Bindings(shell, control, slots);
        RetiredWrappers retired = new RetiredWrappers(shell);
        this.evaluator = new SnippetEvaluator(shell, control, fileManager.get(), slots, bindings, retired);
        this.temporaries = new Temporaries(shell, slots, retired);
        this.assist = new CodeAssist(shell.sourceCodeAnalysis());
        this.declarationNotices = new DeclarationNotices(shell, this::variable);
        this.userSnippets = new UserSnippets(shell);
        this.activities = new ThreadActivities(origins, shell);
        this.liveFrames = new LiveFrames(tracebacks, activities);
        activateAwaitAdapters();
    }

    /** Imports the await adapters whose libraries are now on the class path (see {@link AwaitImports}). */
    private List<String> activateAwaitAdapters() {
        if (!(control.classLoader() instanceof SnippetClassLoader loader)) {
            return List.of();
        }
        return awaitImports.activate(loader, code -> shell.eval(code).stream()
                .noneMatch(e -> e.status() == Snippet.Status.REJECTED));
    }

    /** Completion candidates at {@code cursor} in {@code cell}. */
    public dev.jawait.Completion complete(String cell, int cursor) {
        return assist.complete(cell, cursor);
    }

    /** The signature and javadoc of what is at {@code cursor}, if anything is. */
    public Optional<String> documentation(String cell, int cursor) {
        return assist.documentation(cell, cursor);
    }


    private void requireValid(List<SnippetEvent> events) {
        for (SnippetEvent event : events) {
            if (event.status() == Snippet.Status.REJECTED) {
                throw new IllegalStateException("jawait could not start a session: " + event.snippet().source()
                        + " was rejected: " + shell.diagnostics(event.snippet()).map(d -> d.getMessage(null)).toList());
            }
        }
    }

    public ClassLoader classLoader() {
        return control.classLoader();
    }

    public void currentRun(CellRun run) {
        control.currentRun(run);
    }

    /** What {@code thread}, running the snippet code of {@code run}, is doing now, in the user's terms. */
    public ThreadActivity activity(CellRun run, Thread thread) {
        return activities.of(run, thread);
    }

    /** Spawned tasks' threads and failures in the user's terms. */
    public LiveFrames liveFrames() {
        return liveFrames;
    }

    /**
     * Where a frame of snippet code ({@code REPL.$JShell$12}, a line of its wrapper) is in the
     * user's terms, {@code In[3], line 2}; empty for other code or a snippet JShell no longer maps.
     */
    public Optional<String> whereInCell(StackTraceElement frame) {
        return activities.whereInCell(frame);
    }

    /**
     * The syntax errors of a multi-snippet cell, found before any of it runs (whole-cell
     * rejection). Single-snippet cells need no pre-check: JShell rejects them before running.
     */
    public List<CompileError> syntaxErrors(CellAnalysis analysis, String cellSource) {
        if (analysis.snippets().size() < 2) {
            return List.of();
        }
        SyntaxChecker.Checked checked = syntaxChecker.parse(analysis.snippets(), cellSource);
        checkedAnalysis = analysis; // the forms let run() join its statements (StatementRuns)
        checkedForms = checked.forms();
        return checked.errors();
    }

    /** The syntax errors javac's parser finds in the snippets of {@code analysis}, however many there are. */
    public List<CompileError> parseErrors(CellAnalysis analysis, String code) {
        return syntaxChecker.check(analysis.snippets(), code);
    }

    /**
     * Runs the cell's snippets in order on this thread, stopping at the first error.
     *
     * @param count   the cell's number, for its result
     * @param display whether the last snippet's value is displayed (interactive mode)
     */
    public CellResult run(CellAnalysis analysis, String cellLabel, String cellSource, CellRun run, boolean display,
                          int count) {
        displayed = null;
        declarationNotices.cellStarted();
        try {
            CellResult result = runSnippets(analysis, cellLabel, cellSource, run, display, count);
            List<String> declarations = declarationNotices.cellEnded();
            return declarations.isEmpty() ? result : result.withEarlier(declarations, List.of());
        } finally {
            temporaries.stretchEnded(displayed);
        }
    }

    private CellResult runSnippets(CellAnalysis analysis, String cellLabel, String cellSource, CellRun run,
                                   boolean display, int count) {
        List<String> notices = new ArrayList<>();
        Deque<StatementRuns.Unit> units = new ArrayDeque<>(StatementRuns.plan(analysis.snippets(),
                analysis == checkedAnalysis ? checkedForms : null, display, cellSource));
        while (!units.isEmpty()) {
            if (run.stopRequested()) {
                return new CellResult.Interrupted(count, notices, List.of());
            }
            StatementRuns.Unit unit = units.poll();
            SnippetSource snippet = unit.source();
            int firstLine = StatementRuns.lineOf(cellSource, snippet.startOffset());
            run.beginSnippet(new SnippetOrigins.Origin(cellLabel, firstLine));
            SnippetEvaluator.Outcome outcome = evaluator.eval(snippet.code());
            if (unit.joined() && !(outcome instanceof SnippetEvaluator.Outcome.Evaluated joined
                    && joined.own().stream().noneMatch(e -> e.status() == Snippet.Status.REJECTED))) {
                unit.parts().reversed().forEach(part -> units.push(StatementRuns.Unit.single(part))); // nothing ran
                continue;
            }
            if (!(outcome instanceof SnippetEvaluator.Outcome.Evaluated evaluated)) {
                return Rejections.result(outcome, snippet, cellSource, count, notices);
            }
            List<SnippetEvent> own = evaluated.own();
            temporaries.evaluated(own);
            StackTraceElement[] trace = own.stream().map(SnippetEvent::exception).filter(Objects::nonNull)
                    .findFirst().map(Throwable::getStackTrace).orElse(new StackTraceElement[0]);
            StatementRuns.ran(unit, trace, own.isEmpty() ? "" : "#" + own.getFirst().snippet().id(), cellSource)
                    .forEach(part -> userSnippets.record(part.originalText(), evaluated.events()));
            for (SnippetEvent event : own) {
                origins.record(event.snippet().id(), cellLabel, firstLine);
            }
            if (run.exitStatus() != null) {
                return new CellResult.ExitRequested(count, run.exitStatus(), !display, notices, List.of());
            }
            if (run.stopRequested() || run.lastFailure() instanceof CellStopped) {
                return new CellResult.Interrupted(count, notices, List.of());
            }
            List<CompileError> errors = diagnostics(own, snippet, cellSource);
            if (own.stream().anyMatch(e -> e.status() == Snippet.Status.REJECTED)) {
                return new CellResult.CompileErrors(count, errors, notices, List.of());
            }
            declarationNotices.evaluated(evaluated.events());
            Optional<SnippetEvent> failed = own.stream().filter(e -> e.exception() != null).findFirst();
            if (failed.isPresent()) {
                JShellException thrown = failed.get().exception();
                if (thrown instanceof UnresolvedReferenceException unresolved) {
                    String why = declarationNotices.unusable(unresolved.getSnippet());
                    return new CellResult.Failed(count, new UnknownNameException(why), why, notices, List.of());
                }
                String where = cellLabel + ", line " + firstLine;
                return new CellResult.Failed(count, run.lastFailure() != null ? run.lastFailure() : thrown,
                        tracebacks.format(thrown, run.lastFailure(), where), notices, List.of());
            }
            boolean last = units.isEmpty();
            if (last && display && !own.isEmpty() && isDisplayed(own.getLast().snippet())) {
                if (own.getLast().value() == null) { // JShell did not run it: there is no value to show
                    return Rejections.notComputed(count, run.lastFailure(), notices);
                }
                if (dev.jawait.runtime.Display.isReturnedId(run.lastValue()) && own.getLast().snippet().source().contains("display(")) {
                    return new CellResult.NoValue(count, notices, List.of()); // a last line display(x): the display is its output, not its id
                }
                displayed = own.getLast().snippet();
                String typeName = "Object";
                switch (own.getLast().snippet()) {
                    case VarSnippet variable -> {
                        lastDisplayedName = variable.name();
                        typeName = variable.typeName();
                    }
                    case jdk.jshell.ExpressionSnippet expression -> {
                        if (expression.subKind() == Snippet.SubKind.VAR_VALUE_SUBKIND) {
                            lastDisplayedName = expression.name();
                        }
                        typeName = expression.typeName();
                    }
                    default -> { }
                }
                Object value = run.lastValue();
                lastDisplayed = new Displayed(value, typeName);
                return new CellResult.Value(count, value, ValueText.of(value, limits.get()), notices, List.of());
            }
        }
        return new CellResult.NoValue(count, notices, List.of());
    }

    private static boolean isDisplayed(Snippet snippet) {
        if (snippet instanceof VarSnippet variable
                && (variable.typeName().equals("Void") || variable.typeName().equals("java.lang.Void"))) {
            return false; // `await sleep(100)`: nothing to show, as IPython shows nothing for None
        }
        return switch (snippet.subKind()) {
            case TEMP_VAR_EXPRESSION_SUBKIND, VAR_VALUE_SUBKIND, OTHER_EXPRESSION_SUBKIND -> true;
            default -> false;
        };
    }

    private List<CompileError> diagnostics(List<SnippetEvent> events, SnippetSource snippet, String cellSource) {
        return events.stream()
                .filter(e -> e.status() == Snippet.Status.REJECTED || e.status() == Snippet.Status.RECOVERABLE_NOT_DEFINED)
                .flatMap(e -> shell.diagnostics(e.snippet()))
                .filter(jdk.jshell.Diag::isError)
                .map(d -> DiagnosticTranslator.translate(d, snippet, cellSource))
                .distinct()
                .toList();
    }

    /**
     * The name of the variable holding the last displayed value: JShell's {@code $N} temporary of
     * an expression cell, or the variable a cell showed; null before anything was displayed.
     */
    public String lastDisplayedName() {
        return lastDisplayedName;
    }

    /** Adds a jar or directory to the class path of snippets, for this session from now on. */
    public void addToClasspath(String path) {
        shell.addToClasspath(path);
        activateAwaitAdapters();
    }

    /**
     * The value the last displaying snippet showed, with its static type, if it is {@code value}
     * (the same object): how the session learns the type of a cell's {@code Out[N]}.
     */
    public Optional<Displayed> displayed(Object value) {
        Displayed last = lastDisplayed;
        return last != null && last.value() == value ? Optional.of(last) : Optional.empty();
    }

    /** The user's variables with their types and current values, in declaration order. */
    public List<dev.jawait.SessionVariable> variables() {
        return Listings.variables(shell).stream().map(v -> new dev.jawait.SessionVariable(v.name(), v.typeName(),
                Listings.valueText(() -> variable(v.name()).orElse(null), limits.get()))).toList();
    }

    /** Active methods as {@code int twice(int)}. */
    public List<String> methods() {
        return Listings.methods(shell);
    }

    /** Active types as {@code class Foo}, {@code record Point}. */
    public List<String> types() {
        return Listings.types(shell);
    }

    /** Active imports as {@code import java.util.*}, the start-up ones one by one. */
    public List<String> imports() {
        return Listings.imports(shell).stream()
                .flatMap(i -> i.equals(StartupImportList.KEY) ? StartupImportList.of(defaultImports).stream() : java.util.stream.Stream.of(i))
                .toList();
    }

    /** The snippets the user typed, numbered as JShell's {@code /list} shows them. */
    public UserSnippets snippets() {
        return userSnippets;
    }

    /** The start-up snippets as JShell's {@code /list -start} shows them ({@code import java.io.*;}). */
    public List<String> startSnippets() {
        return StartupImportList.of(defaultImports).stream().map(i -> i + ";").toList();
    }

    /** Drops what the user's snippet declared (JShell's {@code /drop}); a statement or expression is only unlisted. */
    public void drop(UserSnippets.Entry entry) {
        if (entry.snippet() instanceof DeclarationSnippet && shell.status(entry.snippet()).isActive()) {
            slots.follow(shell.drop(entry.snippet()), List.of());
        }
        userSnippets.dropped(entry);
    }

    /**
     * Declares {@code typeSource name;} and sets it to {@code value}: a variable with that static
     * type whose value never passes through source text ({@code embed()}'s bindings).
     *
     * @throws IllegalArgumentException when the declaration does not compile or the value is not
     *     of that type; the message says why, and nothing is left declared
     */
    public void bind(String name, Object value, String typeSource) {
        bindings.bind(name, value, typeSource);
    }

    /** The source of every active declaration (method, type, variable) named {@code name}, in order. */
    public List<String> declarationSources(String name) {
        return shell.snippets()
                .filter(s -> s instanceof DeclarationSnippet declaration && declaration.name().equals(name)
                        && shell.status(s).isActive())
                .map(Snippet::source).toList();
    }

    /** The current value of a session variable, if one of that name exists. */
    public Optional<Object> variable(String name) {
        Optional<VarSnippet> variable = shell.variables()
                .filter(v -> v.name().equals(name) && shell.status(v).isActive())
                .reduce((a, b) -> b);
        if (variable.isEmpty()) {
            return Optional.empty();
        }
        CellRun probe = new CellRun();
        CellRun running = control.currentRun();
        control.currentRun(probe);
        try {
            shell.varValue(variable.get());
        } finally {
            control.currentRun(running); // read at the end of a cell (a notice), the cell's run stays the one stopped
        }
        return Optional.ofNullable(probe.lastValue());
    }

    @Override
    public void close() {
        syntaxChecker.close();
        shell.close();
    }
}
