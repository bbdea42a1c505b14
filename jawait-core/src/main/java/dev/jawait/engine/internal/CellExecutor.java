package dev.jawait.engine.internal;

import dev.jawait.runtime.Cell;
import dev.jawait.CellResult;
import dev.jawait.CellStatus;
import dev.jawait.CompileError;
import dev.jawait.ExecutionMode;
import dev.jawait.JawaitException;
import dev.jawait.runtime.Runner;
import dev.jawait.Session;
import dev.jawait.analysis.CellAnalysis;
import dev.jawait.analysis.CellAnalyzer;
import dev.jawait.analysis.Completeness;
import dev.jawait.magic.MagicContext;
import dev.jawait.magic.MagicInterruptedException;
import dev.jawait.magic.MagicRegistry;
import dev.jawait.magic.MagicResult;
import dev.jawait.runtime.TaskContext;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;
import java.util.function.Supplier;

/**
 * Runs one cell for a {@link Session}: splits it into magics and code, checks the code (syntax,
 * completeness, autoawait), and evaluates it through the session's runner when it awaits, or
 * directly otherwise.
 *
 * <p>Thread-safe for the session's use: cells run one at a time (the session holds its cell lock);
 * {@link #interrupt()} may be called from any thread.
 */
public final class CellExecutor {
    private final Session session;
    private final Engine engine;
    private final MagicRegistry magics;
    private final Object magicLock = new Object();
    private Thread magicThread; // the thread running a magic, guarded by magicLock
    private volatile CellRun currentRun;

    public CellExecutor(Session session, Engine engine, MagicRegistry magics) {
        this.session = session;
        this.engine = engine;
        this.magics = magics;
    }

    /** Runs a cell and numbers its result. */
    public CellResult run(String source, Scope scope) {
        return runBody(source, scope).toResult(scope.count());
    }

    /**
     * Stops the running cell, if any: its code, or a magic waiting on something (a download), whose
     * thread is interrupted.
     */
    public void interrupt() {
        CellRun run = currentRun;
        if (run != null) {
            run.stop();
            return;
        }
        synchronized (magicLock) {
            if (magicThread != null) {
                magicThread.interrupt();
            }
        }
    }

    public boolean isRunning() {
        if (currentRun != null) {
            return true;
        }
        synchronized (magicLock) {
            return magicThread != null;
        }
    }

    /** Runs a magic on this thread, interruptible by {@link #interrupt()} while it runs. */
    private MagicResult interruptible(Supplier<MagicResult> magic) {
        Thread outer;
        synchronized (magicLock) {
            outer = magicThread; // a magic whose code runs a magic (%time %maven …)
            magicThread = Thread.currentThread();
        }
        try {
            return magic.get();
        } finally {
            synchronized (magicLock) {
                magicThread = outer;
                if (outer == null) {
                    Thread.interrupted(); // an interrupt that came as the magic ended must not reach the next cell
                }
            }
        }
    }

    /** A cell being run: its mode, label and number, for magics that run code inside it. */
    public record Scope(ExecutionMode mode, String label, int count) {}

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
                    var line = magics.find(segment.magicName()).orElseThrow(() -> magics.unknown(segment.magicName()));
                    MagicResult magic = interruptible(() -> line.run(context(scope), segment.magicArgs()));
                    notices.addAll(magic.lines());
                    magic.nextInput().ifPresent(session::offerNextInput);
                    outcome = magic.ran().map(CellExecutor::outcomeOf).orElse(null);
                } catch (MagicInterruptedException e) {
                    notices.add(e.getMessage());
                    return CellOutcome.interrupted(notices);
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
            return CellOutcome.ok(notices);
        }
        List<String> allNotices = new ArrayList<>(notices);
        allNotices.addAll(outcome.notices());
        if (outcome.status() == CellStatus.EXIT_REQUESTED && scope.mode() == ExecutionMode.INTERACTIVE) {
            allNotices.add("System.exit(" + outcome.exitStatus() + ") was called; jawait keeps the session."
                    + " To leave, type /exit or exit, or press Ctrl-D.");
        }
        return outcome.withNotices(allNotices);
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
            var cellMagic = magics.findCell(name).orElseThrow(() -> magics.unknownCell(name));
            MagicResult magic = interruptible(() -> cellMagic.run(context(scope), args, body));
            magic.nextInput().ifPresent(session::offerNextInput);
            CellOutcome ran = magic.ran().map(CellExecutor::outcomeOf).orElse(null);
            List<String> notices = new ArrayList<>(magic.lines());
            if (ran == null) {
                return CellOutcome.ok(notices);
            }
            notices.addAll(ran.notices());
            return ran.withNotices(notices);
        } catch (MagicInterruptedException e) {
            return CellOutcome.interrupted(List.of(e.getMessage()));
        } catch (JawaitException e) {
            return magicFailure(e, List.of());
        }
    }

    private MagicContext context(Scope scope) {
        return new MagicContext() {
            @Override
            public Session session() {
                return session;
            }

            @Override
            public ExecutionMode mode() {
                return scope.mode();
            }

            @Override
            public CellResult run(String code) {
                return runBody(code, scope).toResult(scope.count());
            }

            @Override
            public CellResult runModule(String code, String label) {
                return runBody(code, new Scope(ExecutionMode.MODULE, label, scope.count())).toResult(scope.count());
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

    private CellOutcome runCode(String userCode, ExecutionMode mode, String cellLabel) {
        String code = LastValueRewriter.rewrite(userCode, engine.lastDisplayedName());
        CellAnalysis analysis = CellAnalyzer.analyze(code);
        if (analysis.problem().isPresent()) {
            var problem = analysis.problem().get();
            return CellOutcome.compileErrors(List.of(new CompileError(problem.line(), problem.column(), 1,
                    problem.message(), lineText(code, problem.line()))), List.of());
        }
        if (analysis.completeness() == Completeness.EMPTY) {
            return CellOutcome.ok(List.of());
        }
        if (analysis.completeness() == Completeness.INCOMPLETE) {
            return compileError(code, code.stripTrailing().length(),
                    "the cell ends before its code does (an unclosed bracket, string, comment or statement)");
        }
        if (analysis.needsAsync() && !session.autoawait()) {
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
        Runner current = session.runner();
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
                JawaitException failure = new JawaitException("The runner `" + session.runnerName() + "` failed: " + e, e);
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
            return run.stopRequested() ? CellOutcome.interrupted(List.of())
                    : compileError(code, 0, "the runner `" + session.runnerName() + "` returned without running the cell");
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
}
