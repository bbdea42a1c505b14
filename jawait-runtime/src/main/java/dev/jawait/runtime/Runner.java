package dev.jawait.runtime;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * Runs the cells of a session that need {@code await}: a synchronous function that takes a
 * {@link Cell}, runs it to completion and returns its result (IPython's {@code loop_runner}).
 *
 * <p>Users may write their own, typically by delegating to a built-in one:
 * <pre>{@code
 * Runner myRunner = cell -> { System.out.println("running asynchronous code"); return Runner.virtual().run(cell); };
 * }</pre>
 *
 * <p>Built-ins: {@link #virtual()} (the default), {@link #sync()} and {@link #loop()}. The
 * engine stops a running cell by interrupting it; the built-ins forward an interrupt of the
 * thread that called {@link #run} to the thread that runs the cell (see each for details).
 *
 * <p>Thread-safety: the built-in {@code virtual} and {@code sync} runners are stateless and
 * thread-safe; a {@code loop} runner runs one cell at a time, while {@link #spawn} may be called
 * from any thread.
 */
@FunctionalInterface
public interface Runner {

    /**
     * Runs {@code cell} to completion and returns what {@link Cell#call()} returned; anything it
     * threw propagates unchanged (the same object).
     */
    Object run(Cell cell) throws Exception;

    /**
     * Starts {@code task} as a background task of this runner and returns its future. The
     * default starts a new virtual thread; the future is a {@link SpawnedTask} ({@code Task-N}), and the task sees this runner
     * as its {@link dev.jawait.runtime.TaskContext#current() current runner}. Cancelling the
     * returned future interrupts the task's thread. The task's failure completes the future
     * exceptionally with the original exception.
     */
    default <T> CompletableFuture<T> spawn(Callable<T> task) {
        return SpawnedTask.start(Thread.ofVirtual(), this, task);
    }

    /**
     * The default runner: each cell runs on a fresh virtual thread named {@code jawait-cell-N}
     * while the caller waits; background tasks keep running between cells. If the waiting
     * caller is interrupted, the interrupt is passed on to the cell's thread and the caller
     * keeps waiting for the cell to finish, then reports the cell's own outcome (normally the
     * {@code InterruptedException} its pending {@code await} threw).
     */
    static Runner virtual() {
        return VirtualRunner.INSTANCE;
    }

    /** Runs each cell on the calling thread; {@code await} then parks that thread. */
    static Runner sync() {
        return SyncRunner.INSTANCE;
    }

    /**
     * A new single-carrier event loop (asyncio-like). Each cell, and each task it or anyone
     * else {@linkplain #spawn spawns} on this runner, is a virtual thread scheduled on the
     * loop's own queue, which is drained only by the thread inside {@link #run} and only until
     * that cell has finished. So at most one of them runs at a time, and background tasks
     * advance only while some cell is being run (and awaiting), never between cells.
     * Virtual threads that code on the loop starts with {@code Thread.ofVirtual()} join the
     * loop too (the JDK gives them their parent's scheduler).
     *
     * <p>{@code run} is not re-entrant: a cell cannot run another cell on the same loop. When
     * called from a virtual thread, a platform thread is borrowed to drain the loop for the
     * duration of the call. To stop a cell, interrupt the cell's own thread; an interrupt of the
     * thread that called {@code run} is forwarded to the cell only while the loop waits for
     * work (a running continuation masks its carrier's interrupt status).
     *
     * @throws UnsupportedOperationException when the JVM does not allow custom virtual-thread
     *     schedulers; it needs {@code --add-opens java.base/java.lang=ALL-UNNAMED}
     */
    static Runner loop() {
        return new LoopRunner();
    }
}
