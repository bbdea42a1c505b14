package dev.jawait.runtime;

import java.util.concurrent.Callable;
import java.util.concurrent.CompletableFuture;

/**
 * The future of a spawned task: completed with the task's result or original exception;
 * {@code cancel(true)} also interrupts the task's thread. Thread-safe.
 */
final class SpawnedTask<T> extends CompletableFuture<T> {

    private volatile Thread thread; // set before the thread starts, never changed

    private SpawnedTask() {}

    static <T> SpawnedTask<T> start(Thread.Builder builder, Runner runner, Callable<T> task) {
        SpawnedTask<T> future = new SpawnedTask<>();
        future.thread = builder.name(Names.task()).unstarted(() -> future.runTask(runner, task));
        future.thread.start();
        return future;
    }

    private void runTask(Runner runner, Callable<T> task) {
        try {
            complete(TaskContext.runWith(runner, task));
        } catch (Throwable t) {
            completeExceptionally(t);
        }
    }

    @Override
    public boolean cancel(boolean mayInterruptIfRunning) {
        boolean cancelled = super.cancel(mayInterruptIfRunning);
        if (cancelled && mayInterruptIfRunning) {
            thread.interrupt();
        }
        return cancelled;
    }
}
