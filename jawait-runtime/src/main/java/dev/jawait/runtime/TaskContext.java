package dev.jawait.runtime;

import java.util.Objects;
import java.util.concurrent.Callable;

/**
 * The current runner of the running code: where {@link SessionHelpers#spawn} starts tasks.
 * The engine sets it around the code it runs with {@link #runWith}; threads started inside
 * (cells, spawned tasks, any thread created there) inherit it, because it is held in an
 * {@link InheritableThreadLocal}. When none is set the current runner is
 * {@link Runner#virtual()}. Thread-safe: each thread sees its own value.
 */
public final class TaskContext {

    private static final InheritableThreadLocal<Runner> CURRENT = new InheritableThreadLocal<>();

    private TaskContext() {}

    /** The runner set for the current thread, or {@link Runner#virtual()} when none is. */
    public static Runner current() {
        Runner runner = CURRENT.get();
        return runner != null ? runner : Runner.virtual();
    }

    /**
     * Calls {@code body} with {@code runner} as the current runner of this thread (and of the
     * threads it starts), then restores the previous one. Whatever {@code body} throws
     * propagates unchanged.
     */
    public static <T> T runWith(Runner runner, Callable<T> body) throws Exception {
        Objects.requireNonNull(runner, "runner");
        Runner previous = CURRENT.get();
        if (previous == runner) {
            return body.call(); // usual for a spawned task, which inherited it: nothing to set or restore
        }
        CURRENT.set(runner);
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
