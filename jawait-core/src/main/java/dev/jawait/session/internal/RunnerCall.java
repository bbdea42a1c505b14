package dev.jawait.session.internal;

import dev.jawait.CellResult;
import dev.jawait.ExecutionMode;
import dev.jawait.JawaitException;
import dev.jawait.analysis.CellAnalysis;
import dev.jawait.engine.internal.CellRun;
import dev.jawait.engine.internal.Engine;
import dev.jawait.runtime.Cell;
import dev.jawait.runtime.TaskContext;
import java.util.List;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Evaluates one checked stretch of Java: through the chosen runner when it awaits (the runner
 * decides the thread), directly on the calling thread otherwise, as IPython does. Either way the
 * code sees the runner as its current one, so {@code spawn} starts tasks on it.
 *
 * <p>Not thread-safe: one use per stretch, on the cell's thread.
 */
final class RunnerCall {
    private final Engine engine;
    private final RunnerSettings.Choice runner;
    private final CellPipeline.Scope scope;

    RunnerCall(Engine engine, RunnerSettings.Choice runner, CellPipeline.Scope scope) {
        this.engine = engine;
        this.runner = runner;
        this.scope = scope;
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
        engine.currentRun(run);
        try {
            if (analysis.needsAsync()) {
                TaskContext.runWith(runner.runner(), () -> runner.runner().run(cell));
            } else {
                TaskContext.runWith(runner.runner(), cell::call);
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
