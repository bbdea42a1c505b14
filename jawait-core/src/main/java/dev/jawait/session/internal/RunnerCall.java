package dev.jawait.session.internal;

import dev.jawait.CellResult;
import dev.jawait.ExecutionMode;
import dev.jawait.JawaitException;
import dev.jawait.analysis.CellAnalysis;
import dev.jawait.engine.internal.CellRun;
import dev.jawait.engine.internal.Engine;
import dev.jawait.runtime.Cell;
import dev.jawait.runtime.Runner;
import dev.jawait.runtime.TaskContext;
import dev.jawait.runtime.TaskObserver;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Evaluates one checked stretch of Java. Under the {@code sync} runner it runs on the calling
 * thread, awaiting or not (an embedding program's own thread, with its thread-locals). Under any
 * other runner it runs on the session's cell thread, a virtual thread ({@link CellHost}), where
 * blocking socket operations answer an interrupt and from which a cell that does not stop can be
 * abandoned: a stretch that awaits is handed to the runner from there (the runner decides the
 * thread), one that does not runs on it directly, as IPython runs it outside its loop. Either way
 * the code sees the runner as its current one, so {@code spawn} starts tasks on it, and the
 * session's {@link TaskRegistry} learns of them as this cell's.
 *
 * <p>Not thread-safe: one use per stretch, on the cell's thread.
 */
final class RunnerCall {
    private final Engine engine;
    private final RunnerSettings.Choice runner;
    private final CellPipeline.Scope scope;
    private final CellHost host;
    private final TaskRegistry tasks;

    RunnerCall(Engine engine, RunnerSettings.Choice runner, CellPipeline.Scope scope, CellHost host, TaskRegistry tasks) {
        this.tasks = tasks;
        this.engine = engine;
        this.runner = runner;
        this.scope = scope;
        this.host = host;
    }

    CellResult run(CellAnalysis analysis, String code) {
        CellRun run = scope.run();
        AtomicReference<CellResult> result = new AtomicReference<>();
        Cell cell = new Cell() {
            @Override
            public Object call() {
                CellResult evaluated = engine.run(analysis, scope.label(), code, run,
                        scope.mode() == ExecutionMode.INTERACTIVE, scope.count());
                result.set(evaluated);
                return evaluated;
            }

            @Override
            public String source() {
                return code;
            }
        };
        Runner chosen = runner.runner();
        TaskObserver observer = tasks.scope(scope.label(), scope.mode()); // the tasks it spawns are this cell's
        Callable<Object> body = analysis.needsAsync()
                ? () -> TaskContext.runWith(chosen, observer, () -> chosen.run(cell))
                : () -> TaskContext.runWith(chosen, observer, cell::call);
        engine.currentRun(run);
        try {
            if (chosen == Runner.sync()) {
                body.call();
            } else if (!host.run(run, body)) {
                String notice = InterruptReport.abandoned(InterruptReport.threads(run, engine));
                return new CellResult.Interrupted(scope.count(), List.of(notice), List.of());
            }
        } catch (Exception | Error e) {
            if (result.get() == null) {
                JawaitException failure = new JawaitException("The runner `" + runner.name() + "` failed: " + e, e);
                return CellPipeline.failure(failure, scope.count(), List.of());
            }
        } finally {
            if (Thread.interrupted() && !run.stopRequested()) {
                Thread.currentThread().interrupt();
            }
        }
        CellResult evaluated = result.get();
        if (evaluated == null) {
            return run.stopRequested() ? new CellResult.Interrupted(scope.count(), List.of(), List.of())
                    : CellPipeline.compileError(scope.count(), code, 0,
                            "the runner `" + runner.name() + "` returned without running the cell");
        }
        return evaluated;
    }
}
