package dev.jawait.runtime;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The current runner of the running code: where {@link SessionHelpers#spawn} starts tasks, and the
 * {@link TaskObserver} the session told about them. The engine sets both around the code it runs
 * with {@link #runWith}; threads started inside (cells, spawned tasks, any thread created there)
 * inherit them, because they are held in an {@link InheritableThreadLocal}. When none is set the
 * current runner is {@link Runner#virtual()} and there is no observer. Thread-safe: each thread
 * sees its own value.
 */
public final class TaskContext {
    /**
     * What one thread sees: a runner, the observer of the tasks it spawns (or null), and the
     * spawned task whose thread set it (or null; threads started inside a task inherit it too).
     */
    private record Context(Runner runner, TaskObserver observer, SpawnedTask<?> task) {}

    private static final InheritableThreadLocal<Context> CURRENT = new InheritableThreadLocal<>();

    private TaskContext() {}

    /** The runner set for the current thread, or {@link Runner#virtual()} when none is. */
    public static Runner current() {
        Context context = CURRENT.get();
        return context != null ? context.runner() : Runner.virtual();
    }

    /** The observer of the tasks the current thread spawns, or null. */
    static TaskObserver observer() {
        Context context = CURRENT.get();
        return context != null ? context.observer() : null;
    }

    /**
     * Calls {@code body} with {@code runner} as the current runner of this thread (and of the
     * threads it starts), keeping the current observer, then restores the previous one. Whatever
     * {@code body} throws propagates unchanged.
     */
    public static <T> T runWith(Runner runner, Callable<T> body) throws Exception {
        Objects.requireNonNull(runner, "runner");
        Context previous = CURRENT.get();
        if (previous != null && previous.runner() == runner) {
            return body.call(); // usual for a spawned task, which inherited it: nothing to set or restore
        }
        return runWith(new Context(runner, previous == null ? null : previous.observer(), previous == null ? null : previous.task()),
                previous, body);
    }

    /**
     * Runs the body of {@code task} on its own (new) thread, with {@code runner} current and the
     * inherited observer kept. Nothing is restored afterwards: the thread ends with the task.
     */
    static <T> T runTask(SpawnedTask<?> task, Runner runner, Callable<T> body) throws Exception {
        Context inherited = CURRENT.get();
        CURRENT.set(new Context(runner, inherited == null ? null : inherited.observer(), task));
        return body.call();
    }

    /** The spawned task that the current thread runs, or null (also for a thread a task started). */
    static SpawnedTask<?> task() {
        Context context = CURRENT.get();
        SpawnedTask<?> task = context == null ? null : context.task();
        return task != null && task.thread() == Thread.currentThread() ? task : null;
    }

    /** {@link #runWith(Runner, Callable)} with {@code observer} told about the tasks {@code body} spawns. */
    public static <T> T runWith(Runner runner, TaskObserver observer, Callable<T> body) throws Exception {
        Objects.requireNonNull(runner, "runner");
        Context previous = CURRENT.get();
        return runWith(new Context(runner, observer, previous == null ? null : previous.task()), previous, body);
    }

    private static <T> T runWith(Context context, Context previous, Callable<T> body) throws Exception {
        CURRENT.set(context);
        try {
            return body.call();
        } finally {
            if (previous == null) {
                CURRENT.remove();
            } else {
                CURRENT.set(previous);
            }
        }
    }
}
