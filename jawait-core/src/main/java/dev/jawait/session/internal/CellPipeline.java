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
import dev.jawait.analysis.LastValueReferences;
import dev.jawait.engine.internal.CellRun;
import dev.jawait.engine.internal.Engine;
import dev.jawait.engine.internal.OutputRouter;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicInterruptedException;
import dev.jawait.magic.MagicRegistry;
import dev.jawait.magic.MagicResult;
import dev.jawait.magic.SessionControl;
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
    private final CellHost host = new CellHost();

    public CellPipeline(EngineSlot engines, MagicRegistry magics, RunnerSettings runners, HistoryRecorder history) {
        this.engines = engines;
        this.magics = magics;
        this.runners = runners;
        this.control = new MagicControl(engines, runners, history, magics);
        this.commands = new Commands(engines);
        this.help = new HelpDesk(engines, magics);
    }

    /** Lets the thread the cells run on end (the session closes). */
    public void close() {
        host.close();
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
     * Runs {@code input} with what it and its tasks print going to {@code listener} with
     * {@code tag}; with a null listener, where the calling thread's output goes.
     */
    public CellResult run(CellInput input, Scope scope, OutputListener listener, Object tag) {
        OutputRouter.Target output = listener == null ? null : new OutputRouter.Target(listener, tag);
        OutputRouter.Target previous = output == null ? null : OutputRouter.enter(output);
        try {
            return run(input, scope);
        } finally {
            if (output != null) {
                OutputRouter.restore(previous);
            }
        }
    }

    /** Runs {@code input}; user errors become results, never exceptions. */
    public CellResult run(CellInput input, Scope scope) {
        try {
            return switch (input) {
                case CellInput.Blank blank -> new CellResult.NoValue(scope.count(), List.of(), List.of());
                case CellInput.Command command -> commands.run(command, scope.count());
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
            public CellResult runModule(String code, String label) {
                return CellPipeline.this.run(CellInput.parse(code),
                        new Scope(ExecutionMode.MODULE, label, scope.count(), scope.run()));
            }
        };
    }

    private CellResult runJava(String userCode, Scope scope) {
        Engine engine = engines.get();
        String code = LastValueReferences.replace(userCode, engine.lastDisplayedName());
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
        return new RunnerCall(engine, runners.choice(), scope, host).run(analysis, code);
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
